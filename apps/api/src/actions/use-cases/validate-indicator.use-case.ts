import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, ValidateIndicatorDto } from '../dto/action.dto';

/**
 * Validates an indicator of an action for the actor's party, under the indicator's own version: the
 * action's other changes never refuse it.
 */
@Injectable()
export class ValidateIndicator {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string; indicatorId: string },
    input: ValidateIndicatorDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ValidateIndicator', actionId, indicatorId: target.indicatorId, partyId: actor.organisationId },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
