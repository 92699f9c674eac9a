import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { MailModule } from '../mail/mail.module';
import { QueuesModule } from '../queues/queues.module';
import { ReminderSchedulingModule } from '../reminders/reminder-scheduling.module';
import { EndDueNotices } from './jobs/end-due-notices';
import { PartnershipUpkeepWorker } from './jobs/partnership-upkeep-worker';
import { StatusNoticesService } from './status-notices.service';

/** Loaded by the worker only: ends the partnerships whose rupture notice is over, and tells the parties. */
@Module({
  imports: [QueuesModule, MailModule, AuditModule, ReminderSchedulingModule],
  providers: [PartnershipRepository, StatusNoticesService, EndDueNotices, PartnershipUpkeepWorker],
  exports: [EndDueNotices],
})
export class PartnershipUpkeepModule {}
