import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';

@Module({ imports: [AuditModule], controllers: [DirectoryController], providers: [DirectoryService] })
export class DirectoryModule {}
