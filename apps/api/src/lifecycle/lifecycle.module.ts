import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReminderSchedulingModule } from '../reminders/reminder-scheduling.module';
import { AssessmentController } from './assessment.controller';
import { AssessmentReader } from './assessment-reader';
import { LifecycleCommands } from './lifecycle-commands';
import { PartnershipRepository } from './partnership.repository';
import { PeopleResolver } from './people';
import { SummaryRebuilds } from './summary-rebuilds';

/** The bridge between the API and the lifecycle model: loading, assessing and changing partnerships. */
@Global()
@Module({
  imports: [AuditModule, ReminderSchedulingModule],
  controllers: [AssessmentController],
  providers: [PartnershipRepository, LifecycleCommands, PeopleResolver, AssessmentReader, SummaryRebuilds],
  exports: [PartnershipRepository, LifecycleCommands, PeopleResolver, SummaryRebuilds],
})
export class LifecycleModule {}
