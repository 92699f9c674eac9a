import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { personOf } from '../../lifecycle/people';
import type { ApproveOrangeZoneVisitDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';

/**
 * Approves a delegation's travel into an orange zone with its imperative reason: the approver is the actor,
 * whom the domain requires to be an elected official of the travelling side. Under the visit's version.
 */
@Injectable()
export class ApproveOrangeZoneVisit {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: VisitsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; visitId: string },
    input: ApproveOrangeZoneVisitDto,
  ): Promise<VisitsView> {
    const outcome = await this.lifecycle.apply(
      actor,
      target.partnershipId,
      {
        type: 'ApproveOrangeZoneVisit',
        visitId: target.visitId,
        approvedBy: personOf(actor),
        reason: input.reason,
        decisionRef: input.decisionRef?.trim() || null,
      },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
