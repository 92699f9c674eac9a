import { Module } from '@nestjs/common';
import { OdaCodeListsModule } from '../oda-code-lists/oda-code-lists.module';
import { OdaDeclarationController } from './oda-declaration.controller';
import { OdaDeclarationRepository } from './oda-declaration.repository';
import { OdaDeclarationService } from './oda-declaration.service';

/** The annual declaration of official development assistance (docs/oda-declaration.md). */
@Module({
  imports: [OdaCodeListsModule],
  controllers: [OdaDeclarationController],
  providers: [OdaDeclarationRepository, OdaDeclarationService],
})
export class OdaDeclarationModule {}
