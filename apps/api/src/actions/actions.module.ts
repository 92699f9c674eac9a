import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { OdaCodeListsModule } from '../oda-code-lists/oda-code-lists.module';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';
import { AddBudgetLine } from './use-cases/add-budget-line.use-case';
import { AddIndicator } from './use-cases/add-indicator.use-case';
import { AddLogEntry } from './use-cases/add-log-entry.use-case';
import { ChangeActionStatus } from './use-cases/change-action-status.use-case';
import { CreateAction } from './use-cases/create-action.use-case';
import { DescribeAction } from './use-cases/describe-action.use-case';
import { RecordJointEvaluation } from './use-cases/record-joint-evaluation.use-case';
import { RecordMeasurement } from './use-cases/record-measurement.use-case';
import { ReviseBudgetLine } from './use-cases/revise-budget-line.use-case';
import { SetActionPriority } from './use-cases/set-action-priority.use-case';
import { ConfirmActionProposer } from './use-cases/confirm-action-proposer.use-case';
import { CorrectActionProposer } from './use-cases/correct-action-proposer.use-case';
import { ValidateIndicator } from './use-cases/validate-indicator.use-case';
import { PlanIndicator } from './use-cases/plan-indicator.use-case';

/** Step 6: actions with funding, indicators set together, joint evaluations and a shared log. */
@Module({
  imports: [FilesModule, OdaCodeListsModule],
  controllers: [ActionsController],
  // One use case per write (`use-cases/`); the service builds the views they answer with.
  providers: [
    ActionsService,
    CreateAction,
    SetActionPriority,
    ConfirmActionProposer,
    CorrectActionProposer,
    ChangeActionStatus,
    AddBudgetLine,
    ReviseBudgetLine,
    DescribeAction,
    AddIndicator,
    ValidateIndicator,
    PlanIndicator,
    RecordMeasurement,
    RecordJointEvaluation,
    AddLogEntry,
  ],
})
export class ActionsModule {}
