import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FileStore } from './file-store';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';

/** Partnership documents: uploads checked by content, bytes on disk, served to the parties only. */
@Module({
  imports: [AuditModule],
  controllers: [FilesController],
  providers: [FilesService, FileStore],
  exports: [FilesService],
})
export class FilesModule {}
