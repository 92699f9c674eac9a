import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { ActionsService } from './actions.service';
import {
  ActionDetailView,
  ActionsView,
  AddBudgetLineDto,
  AddIndicatorDto,
  AddLogEntryDto,
  ChangeActionStatusDto,
  CreateActionDto,
  RecordJointEvaluationDto,
  RecordMeasurementDto,
  SetActionPriorityDto,
  ValidateIndicatorDto,
} from './dto/action.dto';

@ApiTags('step 6 · actions')
@Controller('partnerships/:partnershipId/actions')
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'listActions',
    summary: 'Actions by priority, with leverage, asymmetry figures and step 6 warnings',
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
    return this.actions.create(actor, partnershipId, body);
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
    return this.actions.setPriority(actor, partnershipId, actionId, body);
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
    return this.actions.changeStatus(actor, partnershipId, actionId, body);
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
    return this.actions.addBudgetLine(actor, partnershipId, actionId, body);
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
    return this.actions.addIndicator(actor, partnershipId, actionId, body);
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
    return this.actions.validateIndicator(actor, partnershipId, actionId, indicatorId, body);
  }

  @Post(':actionId/indicators/:indicatorId/measurements')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'recordActionMeasurement',
    summary: 'Record a measurement of a co-validated indicator, in its unit',
  })
  @ApiCreatedResponse({ type: ActionDetailView })
  recordMeasurement(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Param('indicatorId') indicatorId: string,
    @Body() body: RecordMeasurementDto,
  ): Promise<ActionDetailView> {
    return this.actions.recordMeasurement(actor, partnershipId, actionId, indicatorId, body);
  }

  @Post(':actionId/evaluations')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'recordActionEvaluation',
    summary: 'Record a joint evaluation (two parties or more)',
  })
  @ApiCreatedResponse({ type: ActionDetailView })
  recordEvaluation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: RecordJointEvaluationDto,
  ): Promise<ActionDetailView> {
    return this.actions.recordEvaluation(actor, partnershipId, actionId, body);
  }

  @Post(':actionId/log')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'addActionLogEntry',
    summary: 'Log what your party did (meeting, training, mission, delivery), with attached files',
  })
  @ApiCreatedResponse({ type: ActionDetailView })
  addLogEntry(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: AddLogEntryDto,
  ): Promise<ActionDetailView> {
    return this.actions.addLogEntry(actor, partnershipId, actionId, body);
  }
}
