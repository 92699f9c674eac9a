import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PresentationController, SharedPresentationController } from './presentation.controller';
import { PresentationService } from './presentation.service';
import { UpdatePresentation } from './use-cases/update-presentation.use-case';

@Module({
  imports: [AuditModule],
  controllers: [PresentationController, SharedPresentationController],
  providers: [PresentationService, UpdatePresentation],
})
export class PresentationModule {}
