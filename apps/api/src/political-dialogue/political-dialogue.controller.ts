import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { VersionedDto } from '../commitment/dto/commitment.dto';
import {
  PoliticalDialogueView,
  ProposePriorityDto,
  RecordCompatibilityReviewDto,
} from './dto/political-dialogue.dto';
import { PoliticalDialogueService } from './political-dialogue.service';
import { AgreePriority } from './use-cases/agree-priority.use-case';
import { ProposePriority } from './use-cases/propose-priority.use-case';
import { RecordCompatibilityReview } from './use-cases/record-compatibility-review.use-case';

@ApiTags('step 5 · political dialogue')
@Controller('partnerships/:partnershipId/political-dialogue')
export class PoliticalDialogueController {
  constructor(
    private readonly dialogue: PoliticalDialogueService,
    private readonly recordReview: RecordCompatibilityReview,
    private readonly proposePriorityOf: ProposePriority,
    private readonly agreePriorityOf: AgreePriority,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getPoliticalDialogue',
    summary: 'Shared motivations side by side, compatibility reviews, priorities, what approval still needs',
  })
  @ApiOkResponse({ type: PoliticalDialogueView })
  view(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<PoliticalDialogueView> {
    return this.dialogue.view(actor, partnershipId);
  }

  @Post('compatibility-reviews')
  @RequireCapability('review.give')
  @ApiOperation({
    operationId: 'recordCompatibilityReview',
    summary: 'An elected official judges the motivations on the table compatible with their side’s, or not',
  })
  @ApiCreatedResponse({ type: PoliticalDialogueView })
  review(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RecordCompatibilityReviewDto,
  ): Promise<PoliticalDialogueView> {
    return this.recordReview.execute(actor, partnershipId, body);
  }

  @Post('priorities')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'proposePriority',
    summary: 'Propose a priority, agreed by your party; the others agree in turn',
  })
  @ApiCreatedResponse({ type: PoliticalDialogueView })
  proposePriority(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ProposePriorityDto,
  ): Promise<PoliticalDialogueView> {
    return this.proposePriorityOf.execute(actor, partnershipId, body);
  }

  @Post('priorities/:priorityId/agreement')
  @HttpCode(200)
  @RequireCapability('review.give')
  @ApiOperation({
    operationId: 'agreePriority',
    summary: 'An elected official agrees to a priority on behalf of their party',
  })
  @ApiOkResponse({ type: PoliticalDialogueView })
  agreePriority(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('priorityId') priorityId: string,
    @Body() body: VersionedDto,
  ): Promise<PoliticalDialogueView> {
    return this.agreePriorityOf.execute(actor, { partnershipId, priorityId }, body.version);
  }
}
