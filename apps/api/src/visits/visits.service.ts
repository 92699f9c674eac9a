import { versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessPartnership,
  awaitsRedZoneApproval,
  calendarDateAt,
  hostPartyId,
  initiatorId,
  visitingPartyId,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type PersonRef,
  type TravelAdvisory,
  type TravelAdvisoryLevel,
  type Visit,
  type VisitDirection,
  type Warning,
} from '@passerelle/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { PeopleResolver, personOf } from '../lifecycle/people';
import { UserEntity } from '../users/user.entity';
import type {
  ApproveRedZoneVisitDto,
  CancelVisitDto,
  CompleteFollowUpDto,
  PartyPeopleView,
  PlanVisitDto,
  RecordVisitReportDto,
  ReplanVisitDto,
  TravelAdvisoryDto,
  VisitsView,
  VisitView,
  VisitWarningView,
} from './dto/visit.dto';

/** Step 4: reciprocal delegation visits, planned, approved when the destination is a red zone, reported. */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly people: PeopleResolver,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<VisitsView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return this.toView(this.dataSource.manager, snapshot, versions);
  }

  plan(actor: Actor, partnershipId: string, input: PlanVisitDto): Promise<VisitsView> {
    return this.run(actor, partnershipId, async (snapshot, manager) => {
      const direction = input.direction as VisitDirection;
      return {
        type: 'RecordVisit',
        visitId: randomUUID(),
        direction,
        partnerPartyId: input.partnerPartyId,
        ...(await this.planFields(manager, snapshot, input)),
        redZoneApproval: null,
      };
    });
  }

  replan(actor: Actor, partnershipId: string, visitId: string, input: ReplanVisitDto): Promise<VisitsView> {
    return this.run(
      actor,
      partnershipId,
      async (snapshot, manager) => ({
        type: 'ReplanVisit',
        visitId,
        ...(await this.planFields(manager, snapshot, input)),
      }),
      input.version,
    );
  }

  approveRedZone(
    actor: Actor,
    partnershipId: string,
    visitId: string,
    input: ApproveRedZoneVisitDto,
  ): Promise<VisitsView> {
    return this.run(
      actor,
      partnershipId,
      () => ({
        type: 'ApproveRedZoneVisit',
        visitId,
        approvedBy: personOf(actor),
        decisionRef: input.decisionRef?.trim() || null,
      }),
      input.version,
    );
  }

  report(
    actor: Actor,
    partnershipId: string,
    visitId: string,
    input: RecordVisitReportDto,
  ): Promise<VisitsView> {
    return this.run(
      actor,
      partnershipId,
      async (snapshot, manager) => {
        const owners = await this.people.resolve(
          manager,
          snapshot,
          input.followUps.map((followUp) => followUp.owner),
          (index) => `followUps.${index}.owner`,
        );
        return {
          type: 'RecordVisitReport',
          visitId,
          summary: input.summary.trim(),
          outcomes: nonEmptyLines(input.outcomes),
          peopleMet: nonEmptyLines(input.peopleMet),
          followUps: input.followUps.map((followUp, index) => ({
            followUpId: followUp.id ?? randomUUID(),
            title: followUp.title.trim(),
            owner: owners[index] as PersonRef,
            dueOn: followUp.dueOn,
          })),
        };
      },
      input.version,
    );
  }

  completeFollowUp(
    actor: Actor,
    partnershipId: string,
    visitId: string,
    followUpId: string,
    input: CompleteFollowUpDto,
  ): Promise<VisitsView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'CompleteVisitFollowUp', visitId, followUpId, doneOn: input.doneOn }),
      input.version,
    );
  }

  cancel(actor: Actor, partnershipId: string, visitId: string, input: CancelVisitDto): Promise<VisitsView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'CancelVisit', visitId, reason: input.reason.trim() }),
      input.version,
    );
  }

  private async planFields(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    input: PlanVisitDto | ReplanVisitDto,
  ) {
    return {
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      purpose: input.purpose.trim(),
      agenda: nonEmptyLines(input.agenda),
      delegation: await this.people.resolve(
        manager,
        snapshot,
        input.delegation,
        (index) => `delegation.${index}`,
      ),
      hosts: await this.people.resolve(manager, snapshot, input.hosts, (index) => `hosts.${index}`),
      travelAdvisory: toAdvisory(input.travelAdvisory),
    };
  }

  private async run(
    actor: Actor,
    partnershipId: string,
    build: Parameters<LifecycleCommands['run']>[2],
    expectedVersion?: number,
  ): Promise<VisitsView> {
    const outcome = await this.lifecycle.run(actor, partnershipId, build, { expectedVersion });
    return this.toView(this.dataSource.manager, outcome.snapshot, outcome.versions, outcome.assessment);
  }

  /** `assessment`: the snapshot's as of now, when the caller has it (a write assessed what it stored). */
  private async toView(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    versions: PartVersions,
    assessment?: PartnershipAssessment,
  ): Promise<VisitsView> {
    const now = new Date();
    const warnings = (assessment ?? assessPartnership(snapshot, now)).warnings.filter(
      (warning) => warning.step === 'INITIATION',
    );
    const initiator = initiatorId(snapshot);
    const zone = snapshot.organisations.find((organisation) => organisation.id === initiator)?.timeZone;
    const today = calendarDateAt(now, zone ?? 'UTC');
    const visits = [...snapshot.visits]
      .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
      .map((visit) => ({
        ...toVisitView(visit, initiator, today, warnings),
        version: versionOfRecord(versions, 'visits', visit.id),
      }));
    return {
      visits,
      warnings: warnings.filter((warning) => !('visitId' in warning.details)).map(toWarningView),
      parties: await peopleByParty(manager, snapshot),
    };
  }
}

function toAdvisory(input: TravelAdvisoryDto | null | undefined): TravelAdvisory | null {
  if (!input) return null;
  return {
    level: input.level as TravelAdvisoryLevel,
    source: input.source.trim(),
    checkedOn: input.checkedOn,
  };
}

function nonEmptyLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

function visitState(visit: Visit, today: string): VisitView['state'] {
  if (visit.cancelled) return 'cancelled';
  if (visit.endsOn <= today) return 'taken_place';
  return visit.startsOn <= today ? 'ongoing' : 'planned';
}

function toWarningView(warning: Warning): VisitWarningView {
  return { id: warning.id, explanationKey: warning.explanationKey, details: { ...warning.details } };
}

function toVisitView(
  visit: Visit,
  initiator: string,
  today: string,
  warnings: readonly Warning[],
): VisitView {
  const plain = JSON.parse(JSON.stringify(visit)) as Omit<VisitView, 'warnings' | 'state'>;
  return {
    ...plain,
    visitingPartyId: visitingPartyId(visit, initiator),
    hostPartyId: hostPartyId(visit, initiator),
    awaitsRedZoneApproval: awaitsRedZoneApproval(visit),
    state: visitState(visit, today),
    warnings: warnings.filter((warning) => warning.details.visitId === visit.id).map(toWarningView),
  };
}

/** Users of each party who take part in partnerships, then people already named in the records. */
async function peopleByParty(
  manager: EntityManager,
  snapshot: PartnershipSnapshot,
): Promise<PartyPeopleView[]> {
  const partyIds = snapshot.partnership.parties.map((party) => party.organisationId);
  const users = await manager.find(UserEntity, {
    where: { organisationId: In(partyIds), disabledAt: IsNull(), role: In(['admin', 'officer', 'elected']) },
    order: { displayName: 'ASC' },
  });
  const named = new Map<string, PersonRef>();
  for (const visit of snapshot.visits) {
    for (const person of [...visit.delegation, ...visit.hosts]) named.set(person.personId, person);
  }
  return snapshot.partnership.parties.map((party) => {
    const fromUsers: PersonRef[] = users
      .filter((user) => user.organisationId === party.organisationId)
      .map((user) => ({
        personId: user.id,
        name: user.displayName,
        partyId: user.organisationId,
        role: user.role === 'elected' ? 'elected' : 'technician',
      }));
    const others = [...named.values()].filter(
      (person) =>
        person.partyId === party.organisationId &&
        !fromUsers.some((user) => user.personId === person.personId),
    );
    return {
      partyId: party.organisationId,
      name:
        snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.name ?? '',
      role: party.role,
      people: [...fromUsers, ...others],
    };
  });
}
