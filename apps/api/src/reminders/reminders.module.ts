import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationRemindersController } from './organisation-reminders.controller';
import { OrganisationRemindersService } from './organisation-reminders.service';
import { ReminderSchedulingModule } from './reminder-scheduling.module';

/** The API side of reminders beyond scheduling: the organisation admins' view and retry. */
@Module({
  imports: [AuditModule, ReminderSchedulingModule],
  controllers: [OrganisationRemindersController],
  providers: [OrganisationRemindersService],
})
export class RemindersModule {}
