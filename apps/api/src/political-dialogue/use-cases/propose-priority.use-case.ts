import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { ProblemException } from '../../common/problem/problem';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PoliticalDialogueView, ProposePriorityDto } from '../dto/political-dialogue.dto';
import { PoliticalDialogueService } from '../political-dialogue.service';

/**
 * Proposes a priority the convention will carry, agreed by the actor's party first, under the political
 * dialogue's version. The stakes it answers are checked against the partnership as locked.
 */
@Injectable()
export class ProposePriority {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PoliticalDialogueService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: ProposePriorityDto,
  ): Promise<PoliticalDialogueView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'RecordPriority',
          priorityId: randomUUID(),
          title: input.title.trim(),
          stakeIds: knownStakeIds(locked.snapshot, input.stakeIds),
          agreedBy: [actor.organisationId],
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}

/** The stakes a priority answers must be stakes of the partnership's parties (step 1). */
function knownStakeIds(snapshot: PartnershipSnapshot, stakeIds: readonly string[]): string[] {
  const known = new Set(snapshot.stakes.map((stake) => stake.id));
  const errors = stakeIds.flatMap((stakeId, index) =>
    known.has(stakeId)
      ? []
      : [{ field: `stakeIds.${index}`, rule: 'knownStake', message: 'not a stake of this partnership' }],
  );
  if (errors.length > 0) {
    throw new ProblemException('REQUEST.VALIDATION_FAILED', 'Some stakes are not in this partnership.', {
      errors,
    });
  }
  return [...new Set(stakeIds)];
}
