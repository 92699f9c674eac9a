import { Injectable } from '@nestjs/common';
import type { OdaChannel } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ReviseBudgetLineDto } from '../dto/action-oda.dto';
import type { ActionDetailView } from '../dto/action.dto';

/**
 * States what a budget line became — the year or period it funds, its channel, its rate to the euro, what
 * was committed and paid and when — under the line's own version, so that it never conflicts with an edit
 * of the action or of its other lines.
 */
@Injectable()
export class ReviseBudgetLine {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string; lineId: string },
    input: ReviseBudgetLineDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId, lineId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'ReviseBudgetLine',
        actionId,
        lineId,
        periodStartsOn: input.periodStartsOn ?? null,
        periodEndsOn: input.periodEndsOn ?? null,
        channel: (input.channel ?? null) as OdaChannel | null,
        eurRate: input.eurRate ?? null,
        committedAmount: input.committedAmount ?? null,
        committedOn: input.committedOn ?? null,
        paidAmount: input.paidAmount ?? null,
        paidOn: input.paidOn ?? null,
      },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
