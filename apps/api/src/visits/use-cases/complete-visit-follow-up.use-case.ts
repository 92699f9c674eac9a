import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { CompleteFollowUpDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';

/** Marks a follow-up of a visit's report done, under the visit's version. */
@Injectable()
export class CompleteVisitFollowUp {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: VisitsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; visitId: string; followUpId: string },
    input: CompleteFollowUpDto,
  ): Promise<VisitsView> {
    const { partnershipId, visitId, followUpId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'CompleteVisitFollowUp', visitId, followUpId, doneOn: input.doneOn },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
