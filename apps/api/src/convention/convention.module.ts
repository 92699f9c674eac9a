import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { PartnershipStatusModule } from '../partnership-status/partnership-status.module';
import { ConventionController } from './convention.controller';
import { ConventionService } from './convention.service';
import { ApproveConvention } from './use-cases/approve-convention.use-case';
import { BringConventionIntoForce } from './use-cases/bring-convention-into-force.use-case';
import { DraftConvention } from './use-cases/draft-convention.use-case';
import { ExpireConvention } from './use-cases/expire-convention.use-case';
import { ObjectToTacitRenewal } from './use-cases/object-to-tacit-renewal.use-case';
import { OpenConventionNegotiation } from './use-cases/open-convention-negotiation.use-case';
import { RenewConvention } from './use-cases/renew-convention.use-case';
import { ResumeConvention } from './use-cases/resume-convention.use-case';
import { ReviseConvention } from './use-cases/revise-convention.use-case';
import { SignConvention } from './use-cases/sign-convention.use-case';
import { SuspendConvention } from './use-cases/suspend-convention.use-case';
import { TerminateConvention } from './use-cases/terminate-convention.use-case';

/** Step 5's convention, from the first draft to its end; decision and signed files come from FilesModule. */
@Module({
  imports: [FilesModule, PartnershipStatusModule],
  controllers: [ConventionController],
  // One use case per write (`use-cases/`); the service reads.
  providers: [
    ConventionService,
    DraftConvention,
    ReviseConvention,
    OpenConventionNegotiation,
    ApproveConvention,
    SignConvention,
    BringConventionIntoForce,
    ObjectToTacitRenewal,
    RenewConvention,
    ExpireConvention,
    SuspendConvention,
    ResumeConvention,
    TerminateConvention,
  ],
})
export class ConventionModule {}
