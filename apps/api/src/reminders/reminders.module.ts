import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationRemindersController } from './organisation-reminders.controller';
import { OrganisationRemindersService } from './organisation-reminders.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';
import { ScheduleRemindersOnEvents } from './schedule-reminders-on-events';

/**
 * The API side of reminders: the schedule following each lifecycle write's events, and the organisation
 * admins' view and retry.
 */
@Module({
  imports: [AuditModule, ReminderSchedulingModule],
  controllers: [OrganisationRemindersController],
  providers: [OrganisationRemindersService, ScheduleRemindersOnEvents],
})
export class RemindersModule {}
