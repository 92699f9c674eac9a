import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PersonRef } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { PeopleResolver } from '../../lifecycle/people';
import type { RecordVisitReportDto, VisitsView } from '../dto/visit.dto';
import { VisitsService } from '../visits.service';
import { nonEmptyLines } from '../visit-fields';

/**
 * Writes (or rewrites) the report of a visit that has ended, with follow-ups owned on either side, under the
 * visit's version. The owners are resolved against the partnership as locked.
 */
@Injectable()
export class RecordVisitReport {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly people: PeopleResolver,
    private readonly views: VisitsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; visitId: string },
    input: RecordVisitReportDto,
  ): Promise<VisitsView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, target.partnershipId);
      const owners = await this.people.resolve(
        manager,
        locked.snapshot,
        input.followUps.map((followUp) => followUp.owner),
        (index) => `followUps.${index}.owner`,
      );
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'RecordVisitReport',
          visitId: target.visitId,
          summary: input.summary.trim(),
          outcomes: nonEmptyLines(input.outcomes),
          peopleMet: nonEmptyLines(input.peopleMet),
          followUps: input.followUps.map((followUp, index) => ({
            followUpId: followUp.id ?? randomUUID(),
            title: followUp.title.trim(),
            owner: owners[index] as PersonRef,
            dueOn: followUp.dueOn,
          })),
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
