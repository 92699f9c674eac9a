import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, AddIndicatorDto } from '../dto/action.dto';
import { indicatorPlanOf } from './plan-indicator.use-case';

/**
 * Proposes an indicator of an action for the actor's party; the other parties validate it before it is
 * measured. A record of its own: it names no version and never conflicts with an edit of the action.
 */
@Injectable()
export class AddIndicator {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: AddIndicatorDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(actor, partnershipId, {
      type: 'AddIndicator',
      actionId,
      indicatorId: randomUUID(),
      name: input.name.trim(),
      unit: input.unit.trim(),
      baseline: input.baseline,
      target: input.target,
      proposedBy: actor.organisationId,
      ...(input.plan ? { plan: indicatorPlanOf(input.plan) } : {}),
    });
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
