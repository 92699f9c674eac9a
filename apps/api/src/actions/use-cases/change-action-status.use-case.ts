import { Injectable } from '@nestjs/common';
import type { ActionStatus } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, ChangeActionStatusDto } from '../dto/action.dto';

/**
 * Starts, holds, completes or cancels an action, under the action's version, for the party that initiated
 * it (the domain says which moves its status allows, and refuses the other parties).
 */
@Injectable()
export class ChangeActionStatus {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: ChangeActionStatusDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ChangeActionStatus', actionId, to: input.to as ActionStatus, byParty: actor.organisationId },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
