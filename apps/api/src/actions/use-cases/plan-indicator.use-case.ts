import { Injectable } from '@nestjs/common';
import type { IndicatorKind, IndicatorPlan, ReportingFrequency } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView } from '../dto/action.dto';
import type { IndicatorPlanDto, PlanIndicatorDto } from '../dto/indicator-plan.dto';

/**
 * Plans how an indicator is reported over time — its kind, its periods with their targets, its dimensions —
 * for the actor's party, under the indicator's own version. A changed plan is set in common again: the
 * other parties validate it before the next measurement.
 */
@Injectable()
export class PlanIndicator {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string; indicatorId: string },
    input: PlanIndicatorDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId, indicatorId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'PlanIndicator',
        actionId,
        indicatorId,
        partyId: actor.organisationId,
        ...indicatorPlanOf(input),
      },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}

/** The plan a request states, as the domain takes it (the DTO checked kind and frequency). */
export function indicatorPlanOf(input: IndicatorPlanDto): IndicatorPlan {
  return {
    kind: input.kind as IndicatorKind,
    frequency: (input.frequency ?? null) as ReportingFrequency | null,
    periods: input.periods.map((period) => ({
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      target: period.target,
      baseline: period.baseline ?? null,
    })),
    disaggregations: input.disaggregations.map((disaggregation) => ({
      dimension: disaggregation.dimension,
      categories: disaggregation.categories.map((category) => category.trim()),
    })),
  };
}
