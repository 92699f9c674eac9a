import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { DialogueService } from '../dialogue.service';
import type { ApproveDialoguePlanDto, DialogueView } from '../dto/dialogue.dto';

/** Approves the dialogue plan for the actor's party, under the plan's version. */
@Injectable()
export class ApproveDialoguePlan {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: DialogueService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: ApproveDialoguePlanDto): Promise<DialogueView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ApproveDialoguePlan', partyId: actor.organisationId },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
