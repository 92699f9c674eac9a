import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReminderSchedulingModule } from '../reminders/reminder-scheduling.module';
import { FundingApplicationsController } from './funding-applications.controller';
import { FundingCallsController } from './funding-calls.controller';
import { ApplicationMoves } from './application-moves';
import { FunderReportDocuments } from './funder-report-documents';
import { FunderReportService } from './funder-report.service';
import { FunderReportsController } from './funder-reports.controller';
import { FundingReader } from './funding-reader';
import { FundingWrites } from './funding-writes';
import { CreateFundingCall } from './use-cases/create-funding-call.use-case';
import { DecideFundingApplication } from './use-cases/decide-funding-application.use-case';
import { DraftFundingApplication } from './use-cases/draft-funding-application.use-case';
import { PlanFunderReport } from './use-cases/plan-funder-report.use-case';
import { PlanPaymentTranche } from './use-cases/plan-payment-tranche.use-case';
import { ReceivePaymentTranche } from './use-cases/receive-payment-tranche.use-case';
import { ReviseFundingApplication } from './use-cases/revise-funding-application.use-case';
import { ReviseFundingCall } from './use-cases/revise-funding-call.use-case';
import { SubmitFunderReport } from './use-cases/submit-funder-report.use-case';
import { SubmitFundingApplication } from './use-cases/submit-funding-application.use-case';
import { WithdrawFundingApplication } from './use-cases/withdraw-funding-application.use-case';

/**
 * Funding as it happens (docs/funding.md): calls for projects per authority, an action's applications to
 * them with tranches and reports, reminders of calls closing and reports due, money planned, committed and
 * spent.
 */
@Module({
  imports: [AuditModule, ReminderSchedulingModule],
  controllers: [FundingCallsController, FundingApplicationsController, FunderReportsController],
  // One use case per write (`use-cases/`); the reader builds the views.
  providers: [
    FundingReader,
    FunderReportService,
    FunderReportDocuments,
    FundingWrites,
    ApplicationMoves,
    CreateFundingCall,
    ReviseFundingCall,
    DraftFundingApplication,
    ReviseFundingApplication,
    SubmitFundingApplication,
    DecideFundingApplication,
    WithdrawFundingApplication,
    PlanPaymentTranche,
    ReceivePaymentTranche,
    PlanFunderReport,
    SubmitFunderReport,
  ],
})
export class FundingModule {}
