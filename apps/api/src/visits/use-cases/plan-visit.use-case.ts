import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { VisitDirection } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { PeopleResolver } from '../../lifecycle/people';
import type { PlanVisitDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';
import { visitPlanFields } from '../visit-fields';

/**
 * Plans a visit in either direction: a new record, which names no version. Its delegation and hosts are
 * resolved against the partnership as locked.
 */
@Injectable()
export class PlanVisit {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly people: PeopleResolver,
    private readonly views: VisitsService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: PlanVisitDto): Promise<VisitsView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      return this.lifecycle.execute(manager, actor, locked, {
        type: 'RecordVisit',
        visitId: randomUUID(),
        direction: input.direction as VisitDirection,
        partnerPartyId: input.partnerPartyId,
        ...(await visitPlanFields(this.people, manager, locked.snapshot, input)),
        travelApproval: null,
      });
    });
    return this.views.viewAfter(outcome);
  }
}
