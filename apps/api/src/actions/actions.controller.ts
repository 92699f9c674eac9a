import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  APPEND_DESCRIPTION,
  IDEMPOTENCY_KEY_DOC,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyOf,
} from '../common/idempotency/idempotency-key';
import { KeysetPageQueryDto } from '../common/pagination/keyset-page-query.dto';
import { ActionsService } from './actions.service';
import { DescribeActionDto, ReviseBudgetLineDto } from './dto/action-oda.dto';
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
import { PlanIndicatorDto } from './dto/indicator-plan.dto';
import {
  ActionDetailView,
  ActionsView,
  AddBudgetLineDto,
  AddIndicatorDto,
  AddLogEntryDto,
  JointEvaluationView,
  LogEntryPageView,
  LogEntryView,
  ChangeActionStatusDto,
  CreateActionDto,
  RecordJointEvaluationDto,
  RecordMeasurementDto,
  RecordedMeasurementView,
  SetActionPriorityDto,
  ConfirmActionProposerDto,
  CorrectActionProposerDto,
  ValidateIndicatorDto,
} from './dto/action.dto';

@ApiTags('step 6 · actions')
@Controller('partnerships/:partnershipId/actions')
export class ActionsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly recordMeasurementOf: RecordMeasurement,
    private readonly recordEvaluationOf: RecordJointEvaluation,
    private readonly addLogEntryOf: AddLogEntry,
    private readonly createAction: CreateAction,
    private readonly setPriorityOf: SetActionPriority,
    private readonly confirmProposerOf: ConfirmActionProposer,
    private readonly correctProposerOf: CorrectActionProposer,
    private readonly changeStatusOf: ChangeActionStatus,
    private readonly addBudgetLineTo: AddBudgetLine,
    private readonly addIndicatorTo: AddIndicator,
    private readonly validateIndicatorOf: ValidateIndicator,
    private readonly planIndicatorOf: PlanIndicator,
    private readonly reviseBudgetLineOf: ReviseBudgetLine,
    private readonly describeActionOf: DescribeAction,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'listActions',
    summary: 'Actions by priority, with funding figures, asymmetry figures and step 6 warnings',
  })
  @ApiOkResponse({ type: ActionsView })
  list(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<ActionsView> {
    return this.actions.list(actor, partnershipId);
  }

  @Get(':actionId')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'getAction', summary: 'One action with its log and attached files' })
  @ApiOkResponse({ type: ActionDetailView })
  get(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
  ): Promise<ActionDetailView> {
    return this.actions.get(actor, partnershipId, actionId);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'createAction', summary: 'Create an action initiated by your party' })
  @ApiCreatedResponse({ type: ActionDetailView })
  create(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: CreateActionDto,
  ): Promise<ActionDetailView> {
    return this.createAction.execute(actor, partnershipId, body);
  }

  @Put(':actionId/priority')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'setActionPriority', summary: 'Rank an action high, medium or low' })
  @ApiOkResponse({ type: ActionDetailView })
  setPriority(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: SetActionPriorityDto,
  ): Promise<ActionDetailView> {
    return this.setPriorityOf.execute(actor, { partnershipId, actionId }, body);
  }

  @Post(':actionId/proposer-confirmation')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'confirmActionProposer',
    summary: 'Confirm who the other side said proposed the action',
  })
  @ApiOkResponse({ type: ActionDetailView })
  confirmProposer(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: ConfirmActionProposerDto,
  ): Promise<ActionDetailView> {
    return this.confirmProposerOf.execute(actor, { partnershipId, actionId }, body);
  }

  @Put(':actionId/proposer')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'correctActionProposer',
    summary: 'Correct who proposed the action: your statement, which the other side confirms again',
  })
  @ApiOkResponse({ type: ActionDetailView })
  correctProposer(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: CorrectActionProposerDto,
  ): Promise<ActionDetailView> {
    return this.correctProposerOf.execute(actor, { partnershipId, actionId }, body);
  }

  @Post(':actionId/status')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'changeActionStatus', summary: 'Start, hold, complete or cancel an action' })
  @ApiOkResponse({ type: ActionDetailView })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: ChangeActionStatusDto,
  ): Promise<ActionDetailView> {
    return this.changeStatusOf.execute(actor, { partnershipId, actionId }, body);
  }

  @Post(':actionId/budget-lines')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'addActionBudgetLine',
    summary: 'Add a funding line (own budget or a funder)',
  })
  @ApiCreatedResponse({ type: ActionDetailView })
  addBudgetLine(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: AddBudgetLineDto,
  ): Promise<ActionDetailView> {
    return this.addBudgetLineTo.execute(actor, { partnershipId, actionId }, body);
  }

  @Put(':actionId/budget-lines/:lineId')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'reviseActionBudgetLine',
    summary: 'State a budget line’s period, channel, rate to the euro, and what was committed and paid',
  })
  @ApiOkResponse({ type: ActionDetailView })
  reviseBudgetLine(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Param('lineId') lineId: string,
    @Body() body: ReviseBudgetLineDto,
  ): Promise<ActionDetailView> {
    return this.reviseBudgetLineOf.execute(actor, { partnershipId, actionId, lineId }, body);
  }

  @Put(':actionId/description')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'describeAction',
    summary: 'Describe an action: description, objectives, DAC sectors and OECD policy markers',
  })
  @ApiOkResponse({ type: ActionDetailView })
  describe(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: DescribeActionDto,
  ): Promise<ActionDetailView> {
    return this.describeActionOf.execute(actor, { partnershipId, actionId }, body);
  }

  @Post(':actionId/indicators')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'addActionIndicator',
    summary: 'Propose an indicator for your party; the other parties validate it',
  })
  @ApiCreatedResponse({ type: ActionDetailView })
  addIndicator(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: AddIndicatorDto,
  ): Promise<ActionDetailView> {
    return this.addIndicatorTo.execute(actor, { partnershipId, actionId }, body);
  }

  @Post(':actionId/indicators/:indicatorId/validation')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'validateActionIndicator', summary: 'Validate an indicator for your party' })
  @ApiOkResponse({ type: ActionDetailView })
  validateIndicator(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: ValidateIndicatorDto,
  ): Promise<ActionDetailView> {
    return this.validateIndicatorOf.execute(actor, { partnershipId, actionId, indicatorId }, body);
  }

  @Put(':actionId/indicators/:indicatorId/plan')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'planActionIndicator',
    summary: 'Plan how an indicator is reported: kind, periods with targets, dimensions',
    description:
      'A plan that changes anything is validated again by the other parties before the next measurement.',
  })
  @ApiOkResponse({ type: ActionDetailView })
  planIndicator(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: PlanIndicatorDto,
  ): Promise<ActionDetailView> {
    return this.planIndicatorOf.execute(actor, { partnershipId, actionId, indicatorId }, body);
  }

  @Post(':actionId/indicators/:indicatorId/measurements')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'recordActionMeasurement',
    summary: 'Record a measurement of a co-validated indicator, in its unit',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: RecordedMeasurementView, description: 'The measurement stored.' })
  async recordMeasurement(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: RecordMeasurementDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<RecordedMeasurementView> {
    const target = { partnershipId, actionId, indicatorId };
    const { record } = await this.recordMeasurementOf.execute(
      actor,
      target,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return this.actions.recordedMeasurementView(actionId, indicatorId, record.measurement);
  }

  @Post(':actionId/evaluations')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'recordActionEvaluation',
    summary: 'Record a joint evaluation (two parties or more)',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: JointEvaluationView, description: 'The evaluation stored.' })
  async recordEvaluation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: RecordJointEvaluationDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<JointEvaluationView> {
    const target = { partnershipId, actionId };
    const { record } = await this.recordEvaluationOf.execute(
      actor,
      target,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return { ...record.evaluation, parties: [...record.evaluation.parties] };
  }

  @Get(':actionId/log')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'listActionLog', summary: 'An action’s log, newest first, a page at a time' })
  @ApiOkResponse({ type: LogEntryPageView })
  logPage(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Query() query: KeysetPageQueryDto,
  ): Promise<LogEntryPageView> {
    return this.actions.logPage(actor, partnershipId, actionId, query);
  }

  @Post(':actionId/log')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'addActionLogEntry',
    summary: 'Log what your party did (meeting, training, mission, delivery), with attached files',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: LogEntryView, description: 'The entry stored, with its attached files.' })
  async addLogEntry(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: AddLogEntryDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<LogEntryView> {
    const target = { partnershipId, actionId };
    const { record } = await this.addLogEntryOf.execute(
      actor,
      target,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return this.actions.logEntryView(record.entry);
  }
}
