import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView } from '../dto/commitment.dto';
import { ownMotivation } from '../own-records';

/** Shares an approved motivation of the actor's party with the other parties, under its version. */
@Injectable()
export class ShareMotivation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; motivationId: string },
    version: number,
  ): Promise<CommitmentView> {
    const { partnershipId, motivationId } = target;
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      ownMotivation(locked.snapshot, motivationId, actor);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        { type: 'ShareMotivation', motivationId },
        { expectedVersion: version },
      );
    });
    return this.views.viewAfter(outcome, actor);
  }
}
