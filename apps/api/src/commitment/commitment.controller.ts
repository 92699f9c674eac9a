import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { CommitmentService } from './commitment.service';
import { AssociateTerritoryActor } from './use-cases/associate-territory-actor.use-case';
import { RecordConsultation } from './use-cases/record-consultation.use-case';
import { RecordContribution } from './use-cases/record-contribution.use-case';
import { RecordStake } from './use-cases/record-stake.use-case';
import { ReviewMotivation } from './use-cases/review-motivation.use-case';
import { ReviseMotivation } from './use-cases/revise-motivation.use-case';
import { ShareMotivation } from './use-cases/share-motivation.use-case';
import { StateMotivation } from './use-cases/state-motivation.use-case';
import {
  AssociateTerritoryActorDto,
  CommitmentView,
  MotivationReviewQueueView,
  RecordConsultationDto,
  RecordContributionDto,
  RecordStakeDto,
  ReviewMotivationDto,
  ReviseMotivationDto,
  StateMotivationDto,
  VersionedDto,
} from './dto/commitment.dto';

@ApiTags('step 1 · commitment')
@Controller('partnerships/:partnershipId')
export class CommitmentController {
  constructor(
    private readonly commitment: CommitmentService,
    private readonly stateMotivationOf: StateMotivation,
    private readonly reviseMotivationOf: ReviseMotivation,
    private readonly reviewMotivationOf: ReviewMotivation,
    private readonly shareMotivationOf: ShareMotivation,
    private readonly recordStakeOf: RecordStake,
    private readonly recordContributionOf: RecordContribution,
    private readonly associateActorOf: AssociateTerritoryActor,
    private readonly recordConsultationOf: RecordConsultation,
  ) {}

  @Get('commitment')
  @RequireCapability('partnership.internal.read')
  @ApiOperation({
    operationId: 'getCommitment',
    summary: 'Your commitment file, and what the other parties shared',
  })
  @ApiOkResponse({ type: CommitmentView })
  view(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<CommitmentView> {
    return this.commitment.view(actor, partnershipId);
  }

  @Post('motivations')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'stateMotivation', summary: 'State a motivation (internal until shared)' })
  @ApiCreatedResponse({ type: CommitmentView })
  stateMotivation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: StateMotivationDto,
  ): Promise<CommitmentView> {
    return this.stateMotivationOf.execute(actor, partnershipId, body);
  }

  @Put('motivations/:motivationId')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'reviseMotivation', summary: 'Revise a motivation: it goes back to review' })
  @ApiOkResponse({ type: CommitmentView })
  reviseMotivation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('motivationId') motivationId: string,
    @Body() body: ReviseMotivationDto,
  ): Promise<CommitmentView> {
    return this.reviseMotivationOf.execute(actor, { partnershipId, motivationId }, body);
  }

  @Post('motivations/:motivationId/review')
  @HttpCode(200)
  @RequireCapability('review.give')
  @ApiOperation({
    operationId: 'reviewMotivation',
    summary: 'An elected official approves a motivation or asks for changes',
  })
  @ApiOkResponse({ type: CommitmentView })
  reviewMotivation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('motivationId') motivationId: string,
    @Body() body: ReviewMotivationDto,
  ): Promise<CommitmentView> {
    return this.reviewMotivationOf.execute(actor, { partnershipId, motivationId }, body);
  }

  @Post('motivations/:motivationId/share')
  @HttpCode(200)
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'shareMotivation',
    summary: 'Put an approved motivation on the table for the partners',
  })
  @ApiOkResponse({ type: CommitmentView })
  shareMotivation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('motivationId') motivationId: string,
    @Body() body: VersionedDto,
  ): Promise<CommitmentView> {
    return this.shareMotivationOf.execute(actor, { partnershipId, motivationId }, body.version);
  }

  @Post('stakes')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'recordStake', summary: 'Record a stake of the territory' })
  @ApiCreatedResponse({ type: CommitmentView })
  recordStake(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RecordStakeDto,
  ): Promise<CommitmentView> {
    return this.recordStakeOf.execute(actor, partnershipId, body);
  }

  @Post('contributions')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'recordContribution', summary: 'Record what the territory can bring' })
  @ApiCreatedResponse({ type: CommitmentView })
  recordContribution(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RecordContributionDto,
  ): Promise<CommitmentView> {
    return this.recordContributionOf.execute(actor, partnershipId, body);
  }

  @Post('territory-actors')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'associateTerritoryActor', summary: 'Associate an actor of the territory' })
  @ApiCreatedResponse({ type: CommitmentView })
  associateTerritoryActor(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: AssociateTerritoryActorDto,
  ): Promise<CommitmentView> {
    return this.associateActorOf.execute(actor, partnershipId, body);
  }

  @Post('territory-actors/:actorId/consultations')
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'recordConsultation',
    summary: 'Record a dated consultation of a territory actor',
  })
  @ApiCreatedResponse({ type: CommitmentView })
  recordConsultation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actorId') actorId: string,
    @Body() body: RecordConsultationDto,
  ): Promise<CommitmentView> {
    return this.recordConsultationOf.execute(actor, { partnershipId, actorId }, body);
  }
}

@ApiTags('step 1 · commitment')
@Controller('motivation-reviews')
export class MotivationReviewsController {
  constructor(private readonly commitment: CommitmentService) {}

  @Get()
  @RequireCapability('motivation.review')
  @ApiOperation({
    operationId: 'listMotivationsToReview',
    summary: 'Your authority’s motivations waiting for an elected review',
  })
  @ApiOkResponse({ type: MotivationReviewQueueView })
  list(@CurrentActor() actor: Actor): Promise<MotivationReviewQueueView> {
    return this.commitment.reviewQueue(actor);
  }
}
