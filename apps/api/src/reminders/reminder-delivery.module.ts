import { Module } from '@nestjs/common';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { MailDeliveryModule } from '../mail/mail-delivery.module';
import { QueuesModule } from '../queues/queues.module';
import { DeliverReminder } from './jobs/deliver-reminder';
import { ReconcileReminders } from './jobs/reconcile-reminders';
import { ReminderWorkers } from './jobs/reminder-workers';
import { RescheduleReminders } from './jobs/reschedule-reminders';
import { ReminderSchedulingModule } from './reminder-scheduling.module';

/**
 * Consumer side of reminders, loaded by the worker only: delivery over the worker's SMTP transport,
 * reconciliation with Redis and the rescheduling sweep.
 */
@Module({
  imports: [QueuesModule, MailDeliveryModule, ReminderSchedulingModule],
  providers: [
    PartnershipRepository,
    DeliverReminder,
    ReconcileReminders,
    RescheduleReminders,
    ReminderWorkers,
  ],
  exports: [ReconcileReminders, RescheduleReminders, ReminderWorkers],
})
export class ReminderDeliveryModule {}
