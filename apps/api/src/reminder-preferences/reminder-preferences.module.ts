import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReminderPreferencesController } from './reminder-preferences.controller';
import { ReminderPreferencesService } from './reminder-preferences.service';

/** Each user's reminder opt-outs (account settings). */
@Module({
  imports: [AuditModule],
  controllers: [ReminderPreferencesController],
  providers: [ReminderPreferencesService],
})
export class ReminderPreferencesModule {}
