import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { CancelVisitDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';

/** Cancels a visit still to come, with a reason, under the visit's version. */
@Injectable()
export class CancelVisit {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: VisitsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; visitId: string },
    input: CancelVisitDto,
  ): Promise<VisitsView> {
    const outcome = await this.lifecycle.apply(
      actor,
      target.partnershipId,
      { type: 'CancelVisit', visitId: target.visitId, reason: input.reason.trim() },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
