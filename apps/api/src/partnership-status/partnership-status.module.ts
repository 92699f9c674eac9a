import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { PartnershipStatusController } from './partnership-status.controller';
import { PartnershipStatusService } from './partnership-status.service';
import { StatusNoticesService } from './status-notices.service';

/** Suspending, resuming and ending a partnership; the notices the other parties receive. */
@Module({
  imports: [MailModule],
  controllers: [PartnershipStatusController],
  providers: [PartnershipStatusService, StatusNoticesService],
  exports: [StatusNoticesService],
})
export class PartnershipStatusModule {}
