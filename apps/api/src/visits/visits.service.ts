import { versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessPartnership,
  awaitsTravelApproval,
  calendarDateAt,
  hostPartyId,
  initiatorId,
  visitingPartyId,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type PersonRef,
  type Visit,
  type Warning,
} from '@passerelle/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import { UserEntity } from '../users/user.entity';
import type { PartyPeopleView, VisitsView, VisitView, VisitWarningView } from './dto/visit.dto';

/**
 * Step 4 as its page reads it: reciprocal delegation visits, planned, approved when the destination is a red
 * zone, reported (each write a use case of its own, `use-cases/`).
 */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<VisitsView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return this.toView(this.dataSource.manager, snapshot, versions);
  }

  /** The visits as a write left them: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): Promise<VisitsView> {
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
    awaitsTravelApproval: awaitsTravelApproval(visit),
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
