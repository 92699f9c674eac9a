import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { personOf } from '../../lifecycle/people';
import type { PoliticalDialogueView } from '../dto/political-dialogue.dto';
import { PoliticalDialogueService } from '../political-dialogue.service';

/**
 * Agrees to a priority for the actor's party, under the political dialogue's version: one who may review for
 * the party (an elected official, or whoever leads an appointed executive).
 */
@Injectable()
export class AgreePriority {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PoliticalDialogueService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; priorityId: string },
    version: number,
  ): Promise<PoliticalDialogueView> {
    const outcome = await this.lifecycle.apply(
      actor,
      target.partnershipId,
      {
        type: 'AgreePriority',
        priorityId: target.priorityId,
        partyId: actor.organisationId,
        agreedBy: personOf(actor),
      },
      { expectedVersion: version },
    );
    return this.views.viewAfter(outcome);
  }
}
