import { Global, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AssessmentController } from './assessment.controller';
import { AssessmentReader } from './assessment-reader';
import { LifecycleCommands } from './lifecycle-commands';
import { LifecycleEvents } from './lifecycle-events';
import { PartnershipAppends } from './partnership-appends';
import { PartnershipRepository } from './partnership.repository';
import { PeopleResolver } from './people';
import { SummaryRebuilds } from './summary-rebuilds';

/** The bridge between the API and the lifecycle model: loading, assessing and changing partnerships. */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [AssessmentController],
  providers: [
    PartnershipRepository,
    LifecycleCommands,
    LifecycleEvents,
    PartnershipAppends,
    PeopleResolver,
    AssessmentReader,
    SummaryRebuilds,
  ],
  exports: [
    PartnershipRepository,
    LifecycleCommands,
    LifecycleEvents,
    PartnershipAppends,
    PeopleResolver,
    SummaryRebuilds,
  ],
})
export class LifecycleModule {}
