import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, ConfirmActionProposerDto } from '../dto/action.dto';

/**
 * The actor's party confirms who the other side said proposed the action (the domain refuses the side that
 * stated it), under the action's version.
 */
@Injectable()
export class ConfirmActionProposer {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: ConfirmActionProposerDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ConfirmActionProposer', actionId, byParty: actor.organisationId },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
