import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  APPEND_DESCRIPTION,
  IDEMPOTENCY_KEY_DOC,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyOf,
} from '../common/idempotency/idempotency-key';
import {
  RecordRuptureSignalDto,
  RuptureSignalListView,
  RuptureSignalView,
  toRuptureSignalView,
} from './dto/rupture-signal.dto';
import { RuptureSignalsService } from './rupture-signals.service';
import { RecordRuptureSignal } from './use-cases/record-rupture-signal.use-case';

@ApiTags('early warnings of rupture')
@Controller('partnerships/:partnershipId/rupture-signals')
export class RuptureSignalsController {
  constructor(
    private readonly signals: RuptureSignalsService,
    private readonly recordSignal: RecordRuptureSignal,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'listRuptureSignals',
    summary: 'Warning signs of rupture either party recorded, newest date first, with those weighing today',
  })
  @ApiOkResponse({ type: RuptureSignalListView })
  list(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<RuptureSignalListView> {
    return this.signals.list(actor, partnershipId);
  }

  @Post()
  @RequireCapability('rupture-signal.record')
  @ApiOperation({
    operationId: 'recordRuptureSignal',
    summary: 'Record a warning sign of rupture (elections, budget cut, instability…) for your party',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: RuptureSignalView, description: 'The sign stored.' })
  async record(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RecordRuptureSignalDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<RuptureSignalView> {
    const { record } = await this.recordSignal.execute(
      actor,
      partnershipId,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return toRuptureSignalView(record);
  }
}
