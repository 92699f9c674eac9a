import { Injectable } from '@nestjs/common';
import type { AudiencePlan, CadenceUnit, CommunicationChannel, DialogueAudience } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { PeopleResolver } from '../../lifecycle/people';
import { DialogueService } from '../dialogue.service';
import type { DialogueView, ProposeDialoguePlanDto } from '../dto/dialogue.dto';

/**
 * Proposes (or replaces) the dialogue plan for the actor's party, under the plan's version: only that party
 * has approved it then. The people named for each audience are resolved against the partnership as locked.
 */
@Injectable()
export class ProposeDialoguePlan {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly people: PeopleResolver,
    private readonly views: DialogueService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: ProposeDialoguePlanDto): Promise<DialogueView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      const audiences: AudiencePlan[] = [];
      for (const [index, plan] of input.audiences.entries()) {
        audiences.push({
          audience: plan.audience as DialogueAudience,
          cadence: { every: plan.cadence.every, unit: plan.cadence.unit as CadenceUnit },
          channels: [...new Set(plan.channels)] as CommunicationChannel[],
          participants: await this.people.resolve(
            manager,
            locked.snapshot,
            plan.participants,
            (person) => `audiences.${index}.participants.${person}`,
          ),
        });
      }
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'ProposeDialoguePlan',
          proposedBy: actor.organisationId,
          audiences,
          toleranceDays: input.toleranceDays,
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
