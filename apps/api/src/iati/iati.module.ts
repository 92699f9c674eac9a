import { Module } from '@nestjs/common';
import { OdaCodeListsModule } from '../oda-code-lists/oda-code-lists.module';
import { IatiCodeLists } from './iati-code-lists';
import { IatiController } from './iati.controller';
import { IatiRepository } from './iati.repository';
import { IatiService } from './iati.service';

/** The authority's IATI 2.03 activity file (docs/iati.md). */
@Module({
  imports: [OdaCodeListsModule],
  controllers: [IatiController],
  providers: [IatiCodeLists, IatiRepository, IatiService],
})
export class IatiModule {}
