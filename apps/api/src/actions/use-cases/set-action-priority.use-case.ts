import { Injectable } from '@nestjs/common';
import type { ActionPriority } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, SetActionPriorityDto } from '../dto/action.dto';

/**
 * Ranks an action high, medium or low, under the action's version.
 */
@Injectable()
export class SetActionPriority {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: SetActionPriorityDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'SetActionPriority', actionId, priority: input.priority as ActionPriority },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
