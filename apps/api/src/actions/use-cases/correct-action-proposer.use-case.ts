import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, CorrectActionProposerDto } from '../dto/action.dto';

/**
 * The actor's party corrects who proposed the action, under the action's version: the correction is its own
 * statement, unconfirmed until another side confirms it (the domain undoes an earlier confirmation).
 */
@Injectable()
export class CorrectActionProposer {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: CorrectActionProposerDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'CorrectActionProposer',
        actionId,
        proposedBy: input.proposedBy,
        byParty: actor.organisationId,
      },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
