import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { electedReviewOf } from '../../lifecycle/dto/elected-review.dto';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PoliticalDialogueView, RecordCompatibilityReviewDto } from '../dto/political-dialogue.dto';
import { PoliticalDialogueService } from '../political-dialogue.service';

/**
 * Records the actor's side's judgement of the motivations shared: the reviewer is the actor, whom the domain
 * requires to be an elected official. Under the political dialogue's version.
 */
@Injectable()
export class RecordCompatibilityReview {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PoliticalDialogueService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: RecordCompatibilityReviewDto,
  ): Promise<PoliticalDialogueView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'RecordCompatibilityReview', partyId: actor.organisationId, ...electedReviewOf(actor, input) },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
