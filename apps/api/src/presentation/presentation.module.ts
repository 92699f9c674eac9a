import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PresentationController, SharedPresentationController } from './presentation.controller';
import { PresentationService } from './presentation.service';

@Module({
  imports: [AuditModule],
  controllers: [PresentationController, SharedPresentationController],
  providers: [PresentationService],
})
export class PresentationModule {}
