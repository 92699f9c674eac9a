import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  applyCommand,
  assessPartnership,
  calendarDateAt,
  EMPTY_POLITICAL_DIALOGUE,
  type Action,
  type ActionAppendContext,
  type DialogueEvent,
  type DialoguePlan,
  type DomainEvent,
  type Organisation,
  type Partnership,
  type PartnershipAssessment,
  type PartnershipCommand,
  type PartnershipSnapshot,
  type ReminderSituation,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { auditRowsInsert } from '../audit/audit-statements';
import { auditRowOf, type AuditEntry, type AuditRow } from '../audit/audit-trail';
import { CLOCK, SystemClock, type Clock } from '../common/clock/clock';
import { ProblemException } from '../common/problem/problem';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { PartyRole } from '../partnership-records/partnership-party.entity';
import { partnershipNotFound } from '../tenancy/partnership-access';
import { lifecycleAuditEntries } from './lifecycle-audit';
import {
  storedSummaryRecord,
  summaryOf,
  summaryUpsert,
  SUMMARY_RECORD_COLUMNS,
  type PartnershipSummary,
} from './partnership-summary.repository';
import {
  EVALUATIONS_OF_PARTNERSHIP,
  LOG_ENTRIES_OF_PARTNERSHIP,
  MEASUREMENTS_OF_PARTNERSHIP,
  withAppendedRecords,
  type AppendedActionRows,
} from '../partnership-records/action-records.repository';
import {
  EXCHANGES_OF_PARTNERSHIP,
  LATEST_EXCHANGES_OF_PARTNERSHIP,
} from '../partnership-records/dialogue-exchange.repository';
import { documentRecordsOf, type DocumentAction, type StoredRecords } from './document-records';
import { refusal } from './domain-refusal';
import { LOCK_FOR_APPEND_SQL, PARTIES_OF_PARTNERSHIP } from './partnership-statements';
import { LifecycleEvents } from './lifecycle-events';
import { decodeRecords, encodeRecords } from './records-codec';

export interface LoadedPartnership {
  snapshot: PartnershipSnapshot;
  /** The version of what clients edit under a version check. */
  version: number;
  /** Counts every change, appends included: what a summary is computed from. */
  revision: number;
  /** The version of the dialogue plan, a part with a row of its own (0 before any plan). */
  planVersion: number;
  /** The version of each party's organisation row, by organisation id (what a summary depends on). */
  organisationVersions: Record<string, number>;
}

export interface CommandOutcome {
  snapshot: PartnershipSnapshot;
  events: readonly DomainEvent[];
  version: number;
  revision: number;
  /** The new state's assessment as of the command's instant (what its summary was built from). */
  assessment: PartnershipAssessment;
}

/**
 * Maps a partnership's rows to the domain's snapshot and back. Parties and organisations are relational
 * (tenancy and directory queries need them); the lifecycle records are one jsonb document per partnership,
 * changed only by domain commands and under the row's version, so two concurrent edits never both land.
 */
@Injectable()
export class PartnershipRepository {
  /**
   * Without events (the demo loader's `new PartnershipRepository()`), writes tell no one: the demo schedules
   * every partnership's reminders once it is loaded.
   */
  constructor(
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
    @Optional() private readonly events?: LifecycleEvents,
  ) {}

  /**
   * The partnership with its parties and their organisations, in one statement. `visibleTo` makes it the
   * tenancy check too: a partnership that organisation is not party to is not found (and not locked).
   */
  async load(
    manager: EntityManager,
    partnershipId: string,
    { lock = false, visibleTo }: { lock?: boolean; visibleTo?: string } = {},
  ): Promise<LoadedPartnership> {
    const [row] = await this.storedRows(manager, [partnershipId], { lock, visibleTo });
    if (!row) throw partnershipNotFound(partnershipId);
    return loadedFrom(row);
  }

  /** Several partnerships in one statement, for lists that assess each one (the portfolio). */
  async loadMany(manager: EntityManager, partnershipIds: readonly string[]): Promise<LoadedPartnership[]> {
    if (partnershipIds.length === 0) return [];
    const rows = await this.storedRows(manager, partnershipIds, {});
    return rows.map(loadedFrom);
  }

  /**
   * For a record appended beside the partnership's (an exchange): checks that `visibleTo` is a party, takes
   * the partnership's row lock and counts the change in its revision, in one statement, and gives what the
   * append is checked against (status and parties). The lock orders appends with the other writes of the
   * same partnership for the few milliseconds of their transactions; no version is asked for, so appends
   * never refuse each other or an edit. The caller's transaction must append, or roll back.
   */
  async lockForAppend(
    manager: EntityManager,
    partnershipId: string,
    visibleTo: string,
    { actionId = null }: { actionId?: string | null } = {},
  ): Promise<{ context: ActionAppendContext; revision: number }> {
    const rows: StoredPartnershipRoot[] = await manager.query(LOCK_FOR_APPEND_SQL, [
      partnershipId,
      visibleTo,
      actionId,
    ]);
    // An UPDATE … RETURNING answers [rows, count] through TypeORM's query().
    const [row] = (Array.isArray(rows[0]) ? rows[0] : rows) as StoredPartnershipRoot[];
    if (!row) throw partnershipNotFound(partnershipId);
    const parties = row.parties ?? [];
    const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
    const stored = decodeRecords<Partial<StoredRecords> & { action?: DocumentAction | null }>(row.records);
    return {
      context: {
        partnership: toPartnership(row, parties, organisations, stored),
        actions: stored.action ? [asAppendedTo(stored.action)] : [],
      },
      revision: row.revision,
    };
  }

  /**
   * What the partnership's reminders are computed from (`ReminderSituation`): its status, parties and
   * organisations, the dialogue plan, the visits and the convention from its document, and only the latest
   * exchange of each audience — which is all the schedule reads, so that computing it costs the same
   * however long the partnership's history.
   */
  async loadReminderSituation(
    manager: EntityManager,
    partnershipId: string,
  ): Promise<ReminderSituation & { revision: number }> {
    const [row]: Array<StoredPartnershipRoot & Pick<StoredPartnershipRow, 'exchanges' | 'dialogue_plan'>> =
      await manager.query(REMINDER_SITUATION_SQL, [partnershipId]);
    if (!row) throw partnershipNotFound(partnershipId);
    const parties = row.parties ?? [];
    const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
    const stored = decodeRecords<Partial<StoredRecords>>(row.records);
    return {
      partnership: toPartnership(row, parties, organisations, stored),
      organisations,
      dialoguePlan: planOf(row.dialogue_plan),
      visits: stored.visits ?? [],
      convention: stored.convention ?? null,
      dialogueEvents: exchangesOf(row.exchanges),
      revision: row.revision,
    };
  }

  private async storedRows(
    manager: EntityManager,
    partnershipIds: readonly string[],
    { lock = false, visibleTo }: { lock?: boolean; visibleTo?: string },
  ): Promise<StoredPartnershipRow[]> {
    const visibility = visibleTo === undefined ? '' : VISIBLE_TO_CONDITION;
    const parameters = visibleTo === undefined ? [partnershipIds] : [partnershipIds, visibleTo];
    if (lock) {
      // The lock first, in a statement of its own: the rows of the partnership's records (exchanges, the
      // plan…) are then read after it is held, so that a write that held it just before is seen whole
      // (a statement that waits for a row lock reads its other tables as they were when it began).
      const locked: unknown[] = await manager.query(
        `SELECT partnership.id FROM partnership WHERE partnership.id = ANY($1::uuid[]) ${visibility}
           FOR UPDATE OF partnership`,
        parameters,
      );
      if (locked.length === 0) return [];
    }
    return manager.query(`${STORED_PARTNERSHIPS_SQL} ${visibility}`, parameters);
  }

  /**
   * Runs one domain command on the partnership, as of `now`, and stores the result if the domain accepts
   * it. `expectedVersion`, when given, must be the version the client read (409 otherwise). The new
   * document, the partnership's portfolio summary (assessed as of `now`) and, with `auditedAs`, an audit row
   * per domain event are written by one statement; the events are then published (`LifecycleEvents`) in the
   * same transaction, so that what follows them (the reminder schedule) lands with the write.
   */
  async execute(
    manager: EntityManager,
    partnershipId: string,
    command: PartnershipCommand,
    {
      now = this.clock.now(),
      expectedVersion,
      locked,
      auditedAs,
    }: {
      now?: Date;
      expectedVersion?: number;
      /** The partnership as `load(…, { lock: true })` gave it in this same transaction: not read twice. */
      locked?: LoadedPartnership;
      /** Who the audit trail records the domain events for; without it, the caller records them. */
      auditedAs?: AuditEntry['actor'];
    } = {},
  ): Promise<CommandOutcome> {
    const loaded = locked ?? (await this.load(manager, partnershipId, { lock: true }));
    const { snapshot, revision, organisationVersions } = loaded;
    // A command edits one part: the document, or a part with a row and a version of its own.
    const part = editedPart(command);
    const current = part === 'dialoguePlan' ? loaded.planVersion : loaded.version;
    if (expectedVersion !== undefined && expectedVersion !== current) {
      throw new ProblemException(
        'RESOURCE.CONFLICT',
        `This was changed by someone else (version ${current}, yours ${expectedVersion}). Reload it and try again.`,
        { currentVersion: current },
      );
    }
    const outcome = applyCommand(snapshot, command, now);
    if (!outcome.ok) {
      throw refusal(outcome.error);
    }
    const { state, events } = outcome.value;
    const assessment = assessPartnership(state, now);
    const summary = summaryOf(state, revision + 1, organisationVersions, assessment, now);
    const audit = auditedAs ? lifecycleAuditEntries(auditedAs, partnershipId, events).map(auditRowOf) : [];
    const saved =
      part === 'dialoguePlan'
        ? await this.savePlan(manager, snapshot, state, loaded.planVersion, summary, audit)
        : await this.save(manager, state, loaded.version, summary, audit);
    await this.events?.publish(manager, partnershipId, events, state);
    return { snapshot: state, events, version: saved, revision: revision + 1, assessment };
  }

  /** Stores a command on the dialogue plan: its row under its version, the summary and the audit rows. */
  private async savePlan(
    manager: EntityManager,
    before: PartnershipSnapshot,
    after: PartnershipSnapshot,
    planVersion: number,
    summary: PartnershipSummary,
    audit: readonly AuditRow[],
  ): Promise<number> {
    const plan = after.dialoguePlan;
    if (!plan || !onlyPartChanged(before, after, 'dialoguePlan')) {
      throw new Error(`a dialogue plan command changed more than the plan of ${after.partnership.id}`);
    }
    const saved: Array<{ version: number }> = await manager.query(SAVE_PLAN_SQL, [
      after.partnership.id,
      planVersion,
      JSON.stringify(plan.audiences),
      plan.toleranceDays,
      plan.proposedAt,
      plan.approvedBy,
      JSON.stringify(storedSummaryRecord(summary)),
      JSON.stringify(audit),
    ]);
    // The partnership is locked for this transaction, so this only fails if the lock was not taken.
    if (saved.length !== 1) throw new Error(`dialogue plan of ${after.partnership.id} changed under a lock`);
    return planVersion + 1;
  }

  private async save(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    version: number,
    summary: PartnershipSummary,
    audit: readonly AuditRow[],
  ): Promise<number> {
    const stored = documentRecordsOf(snapshot);
    const saved: Array<{ version: number }> = await manager.query(SAVE_SQL, [
      snapshot.partnership.id,
      version,
      JSON.stringify(encodeRecords(stored)),
      snapshot.partnership.status,
      JSON.stringify(storedSummaryRecord(summary)),
      JSON.stringify(audit),
    ]);
    // The row is locked for this transaction, so this only fails if the lock was not taken.
    if (saved.length !== 1) throw new Error(`partnership ${snapshot.partnership.id} changed under a lock`);
    return version + 1;
  }
}

/**
 * The end of a command's statement after its `saved` CTE (which returns the new version): the summary and the
 * audit rows of the parameters named, landing only if something was saved, and the version saved.
 */
function summaryAndAuditAfterSaved(summaryParameter: string, auditParameter: string): string {
  return `summary AS (
       ${summaryUpsert(`FROM saved, jsonb_to_record(${summaryParameter}::jsonb) AS s(${SUMMARY_RECORD_COLUMNS})`)}
     ), audited AS (
       ${auditRowsInsert(auditParameter)}
        WHERE EXISTS (SELECT 1 FROM saved)
     )
     SELECT version FROM saved`;
}

/**
 * A command's writes in one round trip ($1 the partnership, $2 the version read, $3 the new document, $4 its
 * status, $5 the summary, $6 the audit rows): the summary and the audit rows land only with the document.
 */
const SAVE_SQL = `WITH saved AS (
       UPDATE partnership SET records = $3::jsonb, status = $4, version = version + 1,
                              revision = revision + 1, updated_at = CURRENT_TIMESTAMP
        WHERE id = $1 AND version = $2
       RETURNING version
     ), ${summaryAndAuditAfterSaved('$5', '$6')}`;

/**
 * A command on the dialogue plan in one round trip ($1 the partnership, $2 the plan's version read, $3–$6 the
 * plan, $7 the summary, $8 the audit rows): the partnership counts the change in its revision, the plan's
 * row is written under its version, and the summary and audit rows land only with it.
 */
const SAVE_PLAN_SQL = `WITH counted AS (
       UPDATE partnership SET revision = revision + 1, updated_at = CURRENT_TIMESTAMP WHERE id = $1 RETURNING id
     ), saved AS (
       INSERT INTO dialogue_plan AS stored
              (partnership_id, version, audiences, tolerance_days, proposed_at, approved_by)
       SELECT counted.id, $2 + 1, $3::jsonb, $4, $5, $6::uuid[] FROM counted
       ON CONFLICT (partnership_id) DO UPDATE SET
         version = stored.version + 1, audiences = EXCLUDED.audiences, tolerance_days = EXCLUDED.tolerance_days,
         proposed_at = EXCLUDED.proposed_at, approved_by = EXCLUDED.approved_by
       WHERE stored.version = $2
       RETURNING version
     ), ${summaryAndAuditAfterSaved('$7', '$8')}`;

/** The parts of a partnership with a row and a version of their own; the rest is its document. */
type EditedPart = 'document' | 'dialoguePlan';

/** Which part a command edits, and so which version the client's must match. */
function editedPart(command: PartnershipCommand): EditedPart {
  return command.type === 'ProposeDialoguePlan' || command.type === 'ApproveDialoguePlan'
    ? 'dialoguePlan'
    : 'document';
}

/** Whether a command left every part but `part` as it was (the domain keeps unchanged parts as they are). */
function onlyPartChanged(
  before: PartnershipSnapshot,
  after: PartnershipSnapshot,
  part: keyof PartnershipSnapshot,
): boolean {
  return (Object.keys(before) as Array<keyof PartnershipSnapshot>).every(
    (key) => key === part || before[key] === after[key],
  );
}

/** The dialogue plan's row as a statement reads it (`PLAN_OF_PARTNERSHIP`); instants as JSON gives them. */
type StoredPlan = Omit<DialoguePlan, 'proposedAt'> & { proposedAt: string; version: number };

/** A partnership's dialogue plan with its version (null without one), as a subquery over `partnership`. */
const PLAN_OF_PARTNERSHIP = `SELECT json_build_object(
            'version', plan.version, 'audiences', plan.audiences, 'toleranceDays', plan.tolerance_days,
            'proposedAt', plan.proposed_at, 'approvedBy', plan.approved_by)
       FROM dialogue_plan plan WHERE plan.partnership_id = partnership.id`;

function planOf(stored: StoredPlan | null | undefined): DialoguePlan | null {
  if (!stored) return null;
  const { version: _version, ...plan } = stored;
  return { ...plan, proposedAt: new Date(stored.proposedAt) };
}

/** A partnership's own row with its parties, as `LOCK_FOR_APPEND_SQL` reads it. */
interface StoredPartnershipRoot {
  id: string;
  title: string;
  form: string;
  approach: string;
  status: string;
  created_at: Date | string;
  revision: number;
  /** The whole document from `STORED_PARTNERSHIPS_SQL`; only its suspension and termination otherwise. */
  records: unknown;
  /** In joining order; timestamps as JSON gives them (text). */
  parties: Array<{
    organisationId: string;
    role: PartyRole;
    joinedAt: string;
    organisation: DomainOrganisationColumns & { version: number };
  }>;
}

/** A partnership as `STORED_PARTNERSHIPS_SQL` reads it. */
interface StoredPartnershipRow extends StoredPartnershipRoot {
  version: number;
  /** Oldest first; instants as JSON gives them (text). */
  exchanges: Array<Omit<DialogueEvent, 'occurredAt'> & { occurredAt: string }> | null;
  dialogue_plan: StoredPlan | null;
  measurements: AppendedActionRows['measurements'];
  log_entries: AppendedActionRows['logEntries'];
  evaluations: AppendedActionRows['evaluations'];
}

/** Partnership $1 with what its reminders are computed from (`loadReminderSituation`). */
const REMINDER_SITUATION_SQL = `SELECT id, title, form, approach, status, created_at, revision,
          jsonb_build_object('suspension', records->'suspension', 'termination', records->'termination',
                             'visits', records->'visits', 'convention', records->'convention') AS records,
          (${PARTIES_OF_PARTNERSHIP}) AS parties, (${LATEST_EXCHANGES_OF_PARTNERSHIP}) AS exchanges,
          (${PLAN_OF_PARTNERSHIP}) AS dialogue_plan
     FROM partnership WHERE id = $1`;

/**
 * Partnerships ($1, an array of ids) with their parties in joining order, each with its organisation. The
 * caller may append `VISIBLE_TO_CONDITION` and `FOR UPDATE OF partnership`.
 */
const STORED_PARTNERSHIPS_SQL = `SELECT partnership.id, partnership.title, partnership.form, partnership.approach,
          partnership.status, partnership.created_at, partnership.version, partnership.revision,
          partnership.records, (${EXCHANGES_OF_PARTNERSHIP}) AS exchanges,
          (${PLAN_OF_PARTNERSHIP}) AS dialogue_plan,
          (${MEASUREMENTS_OF_PARTNERSHIP}) AS measurements, (${LOG_ENTRIES_OF_PARTNERSHIP}) AS log_entries,
          (${EVALUATIONS_OF_PARTNERSHIP}) AS evaluations,
          (${PARTIES_OF_PARTNERSHIP}) AS parties
     FROM partnership
    WHERE partnership.id = ANY($1::uuid[])`;

/** Only a partnership the organisation $2 is party to: the tenancy check, in the same statement. */
const VISIBLE_TO_CONDITION = `AND EXISTS (SELECT 1 FROM partnership_party own
                WHERE own.partnership_id = partnership.id AND own.organisation_id = $2::uuid)`;

function exchangesOf(rows: StoredPartnershipRow['exchanges']): DialogueEvent[] {
  return (rows ?? []).map((exchange) => ({ ...exchange, occurredAt: new Date(exchange.occurredAt) }));
}

/** A document's action with no appended record yet: the rows add them (`withAppendedRecords`). */
function asAppendedTo(action: DocumentAction): Action {
  return {
    ...action,
    indicators: action.indicators.map((indicator) => ({ ...indicator, measurements: [] })),
    log: [],
    evaluations: [],
  };
}

/** The partnership itself from its row, its parties (with their organisations) and its stored records. */
function toPartnership(
  row: StoredPartnershipRoot,
  parties: StoredPartnershipRoot['parties'],
  organisations: readonly Organisation[],
  stored: Partial<Pick<StoredRecords, 'suspension' | 'termination'>>,
): Partnership {
  return {
    id: row.id,
    name: row.title,
    parties: parties.map((party, index) => ({
      organisationId: party.organisationId,
      role: party.role,
      joinedOn: calendarDateAt(new Date(party.joinedAt), organisations[index]?.timeZone ?? 'UTC'),
    })),
    status: row.status as Partnership['status'],
    form: row.form as Partnership['form'],
    approach: row.approach as Partnership['approach'],
    createdAt: new Date(row.created_at),
    suspension: stored.suspension ?? null,
    termination: stored.termination ?? null,
  };
}

function loadedFrom(row: StoredPartnershipRow): LoadedPartnership {
  const parties = row.parties ?? [];
  return {
    snapshot: toSnapshot(row, parties),
    version: row.version,
    revision: row.revision,
    planVersion: row.dialogue_plan?.version ?? 0,
    organisationVersions: Object.fromEntries(
      parties.map(({ organisation }) => [organisation.id, organisation.version]),
    ),
  };
}

function toSnapshot(
  row: StoredPartnershipRow,
  parties: StoredPartnershipRow['parties'],
): PartnershipSnapshot {
  const stored = decodeRecords<Partial<StoredRecords>>(row.records);
  const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
  return {
    partnership: toPartnership(row, parties, organisations, stored),
    organisations,
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
    dialoguePlan: planOf(row.dialogue_plan),
    dialogueEvents: exchangesOf(row.exchanges),
    actions: withAppendedRecords((stored.actions ?? []).map(asAppendedTo), {
      measurements: row.measurements,
      logEntries: row.log_entries,
      evaluations: row.evaluations,
    }),
  };
}

/** What the domain's `Organisation` is made of, as an entity or a statement gives it. */
type DomainOrganisationColumns = Pick<
  OrganisationEntity,
  | 'id'
  | 'name'
  | 'kind'
  | 'countryCode'
  | 'population'
  | 'languages'
  | 'timeZone'
  | 'internetReliability'
  | 'phoneReliability'
  | 'usualChannels'
>;

export function toDomainOrganisation(row: DomainOrganisationColumns): Organisation {
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
