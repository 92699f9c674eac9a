import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { PartnershipStatusController } from './partnership-status.controller';
import { PartnershipStatusService } from './partnership-status.service';
import { StatusNoticesService } from './status-notices.service';
import { ResumePartnership } from './use-cases/resume-partnership.use-case';
import { SuspendPartnership } from './use-cases/suspend-partnership.use-case';
import { DecideRupture } from './use-cases/decide-rupture.use-case';
import { ProposeRupture } from './use-cases/propose-rupture.use-case';
import { RespondToRupture } from './use-cases/respond-to-rupture.use-case';
import { TerminatePartnership } from './use-cases/terminate-partnership.use-case';
import { WithdrawRupture } from './use-cases/withdraw-rupture.use-case';

/** Suspending, resuming and ending a partnership; the notices the other parties receive. */
@Module({
  imports: [MailModule],
  controllers: [PartnershipStatusController],
  providers: [
    PartnershipStatusService,
    StatusNoticesService,
    SuspendPartnership,
    ResumePartnership,
    TerminatePartnership,
    ProposeRupture,
    RespondToRupture,
    WithdrawRupture,
    DecideRupture,
  ],
  exports: [StatusNoticesService],
})
export class PartnershipStatusModule {}
