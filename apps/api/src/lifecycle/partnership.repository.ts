import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  applyCommand,
  assessPartnership,
  calendarDateAt,
  EMPTY_POLITICAL_DIALOGUE,
  type DomainEvent,
  type Organisation,
  type PartnershipCommand,
  type PartnershipSnapshot,
} from '@passerelle/domain';
import { In, type EntityManager } from 'typeorm';
import { CLOCK, SystemClock, type Clock } from '../common/clock/clock';
import { ProblemException } from '../common/problem/problem';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipPartyEntity } from '../partnerships/partnership-party.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { PartnershipSummaryRepository, summaryOf } from './partnership-summary.repository';
import { decodeRecords, encodeRecords } from './records-codec';

/** The parts of the snapshot kept in `partnership.records`; the rest comes from relational rows. */
type StoredRecords = Omit<PartnershipSnapshot, 'partnership' | 'organisations'> &
  Pick<PartnershipSnapshot['partnership'], 'suspension' | 'termination'>;

export interface LoadedPartnership {
  snapshot: PartnershipSnapshot;
  version: number;
  /** The version of each party's organisation row, by organisation id (what a summary depends on). */
  organisationVersions: Record<string, number>;
}

export interface CommandOutcome {
  snapshot: PartnershipSnapshot;
  events: readonly DomainEvent[];
  version: number;
}

/**
 * Maps a partnership's rows to the domain's snapshot and back. Parties and organisations are relational
 * (tenancy and directory queries need them); the lifecycle records are one jsonb document per partnership,
 * changed only by domain commands and under the row's version, so two concurrent edits never both land.
 */
@Injectable()
export class PartnershipRepository {
  private readonly summaries = new PartnershipSummaryRepository();

  /**
   * Without a scheduler (the demo loader's `new PartnershipRepository()`), writes leave the reminder schedule
   * alone; the demo schedules every partnership once it is loaded.
   */
  constructor(
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
    @Optional() private readonly reminders?: ReminderScheduler,
  ) {}

  async load(
    manager: EntityManager,
    partnershipId: string,
    { lock = false } = {},
  ): Promise<LoadedPartnership> {
    const row = await manager.findOneOrFail(PartnershipEntity, {
      where: { id: partnershipId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const parties = await this.partiesWithOrganisations(manager, [partnershipId]);
    return loadedFrom(row, parties);
  }

  /** Several partnerships in two queries, for lists that assess each one (the portfolio). */
  async loadMany(manager: EntityManager, partnershipIds: readonly string[]): Promise<LoadedPartnership[]> {
    if (partnershipIds.length === 0) return [];
    const rows = await manager.findBy(PartnershipEntity, { id: In([...partnershipIds]) });
    const parties = await this.partiesWithOrganisations(manager, partnershipIds);
    return rows.map((row) =>
      loadedFrom(
        row,
        parties.filter((party) => party.partnershipId === row.id),
      ),
    );
  }

  /** Parties in joining order, each with its organisation, in one query: every page and write needs them. */
  private partiesWithOrganisations(
    manager: EntityManager,
    partnershipIds: readonly string[],
  ): Promise<PartnershipPartyEntity[]> {
    return manager.find(PartnershipPartyEntity, {
      where: { partnershipId: In([...partnershipIds]) },
      relations: { organisation: true },
      order: { joinedAt: 'ASC' },
    });
  }

  /**
   * Runs one domain command on the partnership, as of `now`, and stores the result if the domain accepts
   * it. `expectedVersion`, when given, must be the version the client read (409 otherwise). The reminder
   * schedule follows the new state in the same transaction (a logged exchange cancels its reminder), and so
   * does the partnership's portfolio summary, assessed as of `now`.
   */
  async execute(
    manager: EntityManager,
    partnershipId: string,
    command: PartnershipCommand,
    {
      now = this.clock.now(),
      expectedVersion,
      locked,
    }: {
      now?: Date;
      expectedVersion?: number;
      /** The partnership as `load(…, { lock: true })` gave it in this same transaction: not read twice. */
      locked?: LoadedPartnership;
    } = {},
  ): Promise<CommandOutcome> {
    const { snapshot, version, organisationVersions } =
      locked ?? (await this.load(manager, partnershipId, { lock: true }));
    if (expectedVersion !== undefined && expectedVersion !== version) {
      throw new ProblemException(
        'RESOURCE.CONFLICT',
        `This partnership was changed by someone else (version ${version}, yours ${expectedVersion}). Reload it and try again.`,
        { currentVersion: version },
      );
    }
    const outcome = applyCommand(snapshot, command, now);
    if (!outcome.ok) {
      throw new ProblemException(outcome.error.code, outcome.error.message, {
        details: outcome.error.details ?? null,
      });
    }
    const state = outcome.value.state;
    const saved = await this.save(manager, partnershipId, state, version);
    await this.summaries.store(manager, [
      summaryOf(state, saved, organisationVersions, assessPartnership(state, now), now),
    ]);
    await this.reminders?.schedule(manager, outcome.value.state);
    return { snapshot: outcome.value.state, events: outcome.value.events, version: saved };
  }

  private async save(
    manager: EntityManager,
    partnershipId: string,
    snapshot: PartnershipSnapshot,
    version: number,
  ): Promise<number> {
    const { partnership: _partnership, organisations: _organisations, ...records } = snapshot;
    const stored: StoredRecords = {
      ...records,
      suspension: snapshot.partnership.suspension,
      termination: snapshot.partnership.termination,
    };
    const result = await manager
      .createQueryBuilder()
      .update(PartnershipEntity)
      .set({
        records: encodeRecords(stored) as Record<string, unknown>,
        status: snapshot.partnership.status,
        version: version + 1,
      })
      .where('id = :id AND version = :version', { id: partnershipId, version })
      .execute();
    // The row is locked for this transaction, so this only fails if the lock was not taken.
    if (result.affected !== 1) throw new Error(`partnership ${partnershipId} changed under a lock`);
    return version + 1;
  }
}

function loadedFrom(row: PartnershipEntity, parties: PartnershipPartyEntity[]): LoadedPartnership {
  const organisations = parties.flatMap((party) => (party.organisation ? [party.organisation] : []));
  return {
    snapshot: toSnapshot(row, parties, organisations),
    version: row.version,
    organisationVersions: versionsOf(organisations),
  };
}

function toSnapshot(
  row: PartnershipEntity,
  parties: PartnershipPartyEntity[],
  organisations: OrganisationEntity[],
): PartnershipSnapshot {
  const stored = decodeRecords<Partial<StoredRecords>>(row.records);
  const domainOrganisations = organisations.map(toDomainOrganisation);
  const zoneOf = (organisationId: string) =>
    domainOrganisations.find((organisation) => organisation.id === organisationId)?.timeZone ?? 'UTC';
  return {
    partnership: {
      id: row.id,
      name: row.title,
      parties: parties.map((party) => ({
        organisationId: party.organisationId,
        role: party.role,
        joinedOn: calendarDateAt(party.joinedAt, zoneOf(party.organisationId)),
      })),
      status: row.status as PartnershipSnapshot['partnership']['status'],
      form: row.form as PartnershipSnapshot['partnership']['form'],
      approach: row.approach as PartnershipSnapshot['partnership']['approach'],
      createdAt: row.createdAt,
      suspension: stored.suspension ?? null,
      termination: stored.termination ?? null,
    },
    organisations: domainOrganisations,
    // Motivations stored before review histories existed get an empty one.
    motivations: (stored.motivations ?? []).map((motivation) => ({
      ...motivation,
      reviewHistory: motivation.reviewHistory ?? [],
    })),
    stakes: stored.stakes ?? [],
    contributions: stored.contributions ?? [],
    territoryActors: stored.territoryActors ?? [],
    candidates: stored.candidates ?? [],
    presentations: stored.presentations ?? [],
    visits: stored.visits ?? [],
    politicalDialogue: stored.politicalDialogue ?? EMPTY_POLITICAL_DIALOGUE,
    convention: stored.convention ?? null,
    conventionHistory: stored.conventionHistory ?? [],
    dialoguePlan: stored.dialoguePlan ?? null,
    dialogueEvents: stored.dialogueEvents ?? [],
    actions: stored.actions ?? [],
  };
}

function versionsOf(organisations: readonly OrganisationEntity[]): Record<string, number> {
  return Object.fromEntries(organisations.map((organisation) => [organisation.id, organisation.version]));
}

export function toDomainOrganisation(row: OrganisationEntity): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Organisation['kind'],
    country: row.countryCode,
    population: row.population ?? 0,
    languages: row.languages,
    timeZone: row.timeZone,
    communication: {
      internet: row.internetReliability as Organisation['communication']['internet'],
      phone: row.phoneReliability as Organisation['communication']['phone'],
      usualChannels: row.usualChannels as Organisation['communication']['usualChannels'],
    },
  };
}
