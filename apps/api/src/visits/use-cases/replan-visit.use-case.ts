import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { PeopleResolver } from '../../lifecycle/people';
import type { ReplanVisitDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';
import { visitPlanFields } from '../visit-fields';

/** Re-plans a visit that has not started, under the visit's version. */
@Injectable()
export class ReplanVisit {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly people: PeopleResolver,
    private readonly views: VisitsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; visitId: string },
    input: ReplanVisitDto,
  ): Promise<VisitsView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, target.partnershipId);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'ReplanVisit',
          visitId: target.visitId,
          ...(await visitPlanFields(this.people, manager, locked.snapshot, input)),
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
