import { Injectable } from '@nestjs/common';
import type { FrameOfReference, MotivationCategory } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, ReviseMotivationDto } from '../dto/commitment.dto';
import { ownMotivation } from '../own-records';

/**
 * Revises a motivation of the actor's party, under the motivation's version: the domain takes it back to
 * review and, if it was shared, off the table.
 */
@Injectable()
export class ReviseMotivation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; motivationId: string },
    input: ReviseMotivationDto,
  ): Promise<CommitmentView> {
    const { partnershipId, motivationId } = target;
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      ownMotivation(locked.snapshot, motivationId, actor);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'ReviseMotivation',
          motivationId,
          category: input.category as MotivationCategory,
          frameOfReference: input.frameOfReference as FrameOfReference,
          text: input.text.trim(),
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome, actor);
  }
}
