import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { electedReviewOf } from '../../lifecycle/dto/elected-review.dto';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, ReviewMotivationDto } from '../dto/commitment.dto';
import { ownMotivation } from '../own-records';

/**
 * An elected official of the actor's party approves one of its motivations or asks for changes (the domain
 * requires the reviewer, the actor, to be elected), under the motivation's version.
 */
@Injectable()
export class ReviewMotivation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; motivationId: string },
    input: ReviewMotivationDto,
  ): Promise<CommitmentView> {
    const { partnershipId, motivationId } = target;
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      ownMotivation(locked.snapshot, motivationId, actor);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        { type: 'ReviewMotivation', motivationId, ...electedReviewOf(actor, input) },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome, actor);
  }
}
