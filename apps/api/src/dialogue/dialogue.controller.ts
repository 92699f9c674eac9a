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
import { DialogueService, toEventView } from './dialogue.service';
import { ApproveDialoguePlan } from './use-cases/approve-dialogue-plan.use-case';
import { ProposeDialoguePlan } from './use-cases/propose-dialogue-plan.use-case';
import { RecordDialogueExchange } from './use-cases/record-dialogue-exchange.use-case';
import {
  ApproveDialoguePlanDto,
  DialogueEventPageView,
  DialogueEventView,
  DialogueEventQueryDto,
  DialogueView,
  ProposeDialoguePlanDto,
  RecordDialogueEventDto,
} from './dto/dialogue.dto';

@ApiTags('step 5 · dialogue')
@Controller('partnerships/:partnershipId/dialogue')
export class DialogueController {
  constructor(
    private readonly dialogue: DialogueService,
    private readonly recordExchange: RecordDialogueExchange,
    private readonly proposePlanOf: ProposeDialoguePlan,
    private readonly approvePlanOf: ApproveDialoguePlan,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getDialogue',
    summary: 'The dialogue plan, the next exchange due per audience, the latest exchanges',
  })
  @ApiOkResponse({ type: DialogueView })
  view(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<DialogueView> {
    return this.dialogue.view(actor, partnershipId);
  }

  @Get('events')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'listDialogueEvents', summary: 'Exchanges that took place, newest first' })
  @ApiOkResponse({ type: DialogueEventPageView })
  events(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Query() query: DialogueEventQueryDto,
  ): Promise<DialogueEventPageView> {
    return this.dialogue.events(actor, partnershipId, query);
  }

  @Put('plan')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'proposeDialoguePlan',
    summary: 'Propose (or replace) the dialogue plan for your party; the other parties approve it again',
  })
  @ApiOkResponse({ type: DialogueView })
  proposePlan(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ProposeDialoguePlanDto,
  ): Promise<DialogueView> {
    return this.proposePlanOf.execute(actor, partnershipId, body);
  }

  @Post('plan/approval')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'approveDialoguePlan', summary: 'Approve the dialogue plan for your party' })
  @ApiOkResponse({ type: DialogueView })
  approvePlan(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ApproveDialoguePlanDto,
  ): Promise<DialogueView> {
    return this.approvePlanOf.execute(actor, partnershipId, body);
  }

  @Post('events')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'recordDialogueEvent',
    summary: 'Log an exchange that took place (notes, decisions), for your party',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: DialogueEventView, description: 'The exchange stored.' })
  async recordEvent(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RecordDialogueEventDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<DialogueEventView> {
    const { record } = await this.recordExchange.execute(
      actor,
      partnershipId,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return toEventView(record);
  }
}
