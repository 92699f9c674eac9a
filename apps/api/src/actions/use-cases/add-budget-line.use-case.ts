import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type BudgetLineStatus, type FunderKind, type OdaChannel, defaultEuroRate } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, AddBudgetLineDto } from '../dto/action.dto';

/**
 * Adds a funding line to an action (the actor's own budget or a funder): a record of its own, so it names no
 * version and never conflicts with an edit of the action or of its other lines. What the official outputs
 * need of it starts from sensible defaults: the channel `direct` (the authority pays its partner), and the
 * rate of a currency pegged to the euro.
 */
@Injectable()
export class AddBudgetLine {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: AddBudgetLineDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const funder = input.funder as FunderKind;
    const outcome = await this.lifecycle.apply(actor, partnershipId, {
      type: 'AddBudgetLine',
      actionId,
      line: {
        id: randomUUID(),
        funder,
        funderName: input.funderName.trim(),
        // An own budget is someone's: the actor's party unless another party is named.
        partyId: input.partyId ?? (funder === 'own_budget' ? actor.organisationId : null),
        amount: input.amount,
        currency: input.currency,
        status: input.status as BudgetLineStatus,
        periodStartsOn: input.periodStartsOn ?? null,
        periodEndsOn: input.periodEndsOn ?? null,
        channel: (input.channel ?? 'direct') as OdaChannel,
        eurRate: input.eurRate ?? defaultEuroRate(input.currency),
        committedAmount: input.committedAmount ?? null,
        committedOn: input.committedOn ?? null,
        paidAmount: input.paidAmount ?? null,
        paidOn: input.paidOn ?? null,
      },
    });
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
