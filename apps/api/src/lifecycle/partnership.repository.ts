import { Inject, Injectable, Optional } from '@nestjs/common';
import { loadFundingDeadlines } from './funding-deadlines.query';
import {
  applyCommand,
  assessPartnership,
  calendarDateAt,
  editedRecordOf,
  EMPTY_POLITICAL_DIALOGUE,
  LISTED_PARTS,
  recordChangesBetween,
  recordKeyOf,
  type Action,
  type ActionAppendContext,
  type ActionPart,
  type DialogueEvent,
  type DialoguePlan,
  type DomainEvent,
  type ListedPart,
  type Motivation,
  type Organisation,
  type PoliticalDialogue,
  type Partnership,
  type PartnershipAssessment,
  type PartnershipCommand,
  type PartnershipSnapshot,
  type PartyGovernance,
  type RecordChanges,
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
import type { ContentSinglePart } from '../partnership-records/partnership-part-tables';
import {
  RUPTURE_SIGNALS_OF_PARTNERSHIP,
  ruptureSignalsOf,
  type StoredRuptureSignal,
} from '../partnership-records/rupture-signal.repository';
import {
  storedContentOf,
  storedIndicatorOf,
  type DocumentAction,
  type StoredIndicator,
} from './document-records';
import { refusal } from './domain-refusal';
import {
  ACTION_OF_PARTNERSHIP_SQL,
  LOCK_FOR_APPEND_SQL,
  PARTIES_OF_PARTNERSHIP,
} from './partnership-statements';
import { LifecycleEvents } from './lifecycle-events';
import {
  partColumn,
  partWriteStatements,
  PARTS_OF_PARTNERSHIP_COLUMNS,
  type PartWrites,
  type StoredActionRecord,
  type StoredPartRecord,
} from './part-statements';
import { actionRecordKey, versionOfEdited, versionsAfter, type PartVersions } from './part-versions';
import { decodeRecords, encodeRecords } from './records-codec';

export interface LoadedPartnership {
  snapshot: PartnershipSnapshot;
  /** The version of every record a client edits under a version check. */
  versions: PartVersions;
  /** Counts every change, appends included: what a summary is computed from. */
  revision: number;
  /** The version of each party's organisation row, by organisation id (what a summary depends on). */
  organisationVersions: Record<string, number>;
}

export interface CommandOutcome {
  snapshot: PartnershipSnapshot;
  events: readonly DomainEvent[];
  /** The new version of the record the command edited (or created). */
  version: number;
  versions: PartVersions;
  revision: number;
  /** The new state's assessment as of the command's instant (what its summary was built from). */
  assessment: PartnershipAssessment;
}

/**
 * Maps a partnership's rows to the domain's snapshot and back: its own row and parties, each part's records
 * (a row per record, with its version) and the records appended as rows. A command is checked against the
 * version of the one record it edits and stores only the records it changed, under the partnership's row
 * lock, so that two edits of one record never both land and edits of different records never refuse each
 * other (docs/adr/0011-records-as-rows.md).
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
   * Several partnerships as they stand now, without their appended histories: the latest exchange of each
   * audience rather than every exchange, and no measurement, log entry or evaluation in their actions. For
   * readers across many partnerships that look at what waits or comes next (the inbox, the calendar feed,
   * the visits notifications name): sixty busy partnerships read whole, with years of exchanges and
   * measurements, do not fit in the API's memory, and these readers would not look at them.
   */
  async loadManyAsTheyStand(
    manager: EntityManager,
    partnershipIds: readonly string[],
  ): Promise<PartnershipSnapshot[]> {
    if (partnershipIds.length === 0) return [];
    const rows: StoredPartnershipRow[] = await manager.query(CURRENT_PARTNERSHIPS_SQL, [partnershipIds]);
    return rows.map((row) => loadedFrom(row).snapshot);
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
    ]);
    // An UPDATE … RETURNING answers [rows, count] through TypeORM's query().
    const [row] = (Array.isArray(rows[0]) ? rows[0] : rows) as StoredPartnershipRoot[];
    if (!row) throw partnershipNotFound(partnershipId);
    const parties = row.parties ?? [];
    const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
    const [stored]: Array<{ content: unknown; parts: StoredActionRecord['p'] }> = actionId
      ? await manager.query(ACTION_OF_PARTNERSHIP_SQL, [partnershipId, actionId])
      : [];
    return {
      context: {
        partnership: toPartnership(row, parties, organisations),
        actions: stored ? [actionOf({ c: stored.content, p: stored.parts })] : [],
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
    const [row]: Array<
      StoredPartnershipRoot &
        Pick<StoredPartnershipRow, 'exchanges' | 'dialogue_plan' | 'visits' | 'convention'>
    > = await manager.query(REMINDER_SITUATION_SQL, [partnershipId]);
    if (!row) throw partnershipNotFound(partnershipId);
    const parties = row.parties ?? [];
    const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
    return {
      partnership: toPartnership(row, parties, organisations),
      organisations,
      dialoguePlan: planOf(row.dialogue_plan),
      visits: listedRecords(row.visits),
      convention: singleRecord(row.convention),
      dialogueEvents: exchangesOf(row.exchanges),
      fundingDeadlines: await loadFundingDeadlines(manager, partnershipId),
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
    const edited = editedRecordOf(command);
    // Only the record the command edits is held against the client's version; a record it creates conflicts
    // with nothing, and one that does not exist is for the domain to refuse.
    const current = versionOfEdited(loaded.versions, edited);
    const creates = 'creates' in edited && edited.creates;
    if (expectedVersion !== undefined && !creates && current !== null && expectedVersion !== current) {
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
    const changes = recordChangesBetween(snapshot, state);
    // Adding a party changes the partnership's own record though its parties are rows of their own.
    const rootChanged = changes.partnership || edited.part === 'partnership';
    await this.save(manager, state, changes, rootChanged, summary, audit);
    await this.events?.publish(manager, partnershipId, events, state);
    const versions = versionsAfter(loaded.versions, changes, rootChanged);
    return {
      snapshot: state,
      events,
      version: versionOfEdited(versions, edited) ?? 0,
      versions,
      revision: revision + 1,
      assessment,
    };
  }

  /**
   * Stores what a command changed in one statement: the partnership's row (its revision always, its version
   * when it changed), the records changed, the summary and the audit rows. The partnership is locked for
   * this transaction, so the records' versions move from those read.
   */
  private async save(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    changes: RecordChanges,
    rootChanged: boolean,
    summary: PartnershipSummary,
    audit: readonly AuditRow[],
  ): Promise<void> {
    const { partnership } = snapshot;
    const root = [
      partnership.id,
      partnership.status,
      JSON.stringify(encodeRecords(partnership.suspension)),
      JSON.stringify(encodeRecords(partnership.termination)),
      rootChanged ? 1 : 0,
      JSON.stringify(storedSummaryRecord(summary)),
      JSON.stringify(audit),
      JSON.stringify(encodeRecords(partnership.rupture)),
      partnership.form,
      JSON.stringify(
        partnership.parties.map(({ organisationId, governance }) => ({ organisationId, governance })),
      ),
    ];
    const parts = partWriteStatements(partWritesOf(snapshot, changes), root.length + 1);
    const saved: unknown[] = await manager.query(saveStatement(parts.ctes), [...root, ...parts.parameters]);
    // The row is locked for this transaction, so this only fails if the lock was not taken.
    if (saved.length !== 1) throw new Error(`partnership ${partnership.id} changed under a lock`);
  }
}

/** What a write stores of the records `changes` names, encoded as the tables keep them. */
function partWritesOf(snapshot: PartnershipSnapshot, changes: RecordChanges): PartWrites {
  return {
    dialoguePlan: changes.single.includes('dialoguePlan') ? snapshot.dialoguePlan : null,
    listed: changes.listed.map(({ part, saved, removed }) => ({
      part,
      saved: saved.map(({ key, position }) => ({
        key,
        position,
        content: encodeRecords(storedContentOf(part, snapshot[part][position]!)),
      })),
      removed,
    })),
    single: changes.single.flatMap((part) =>
      part === 'dialoguePlan' ? [] : [{ part, content: encodeRecords(snapshot[part]) ?? null }],
    ),
    actionParts: changes.actionParts.map(({ part, actionKey, saved, removed }) => {
      const action = snapshot.actions.find((candidate) => candidate.id === actionKey)!;
      return {
        part,
        actionKey,
        saved: saved.map(({ key, position }) => ({
          key,
          position,
          record:
            part === 'indicators'
              ? storedIndicatorOf(action.indicators[position]!)
              : action.budget[position]!,
        })),
        removed,
      };
    }),
  };
}

/**
 * A command's writes in one round trip: $1 the partnership, $2 its status, $3 and $4 its suspension and
 * termination, $5 1 when its own record changed, $6 the summary, $7 the audit rows, $8 its rupture, $9 its form,
 * $10 its parties' governance, then the records' (`statements`, CTEs over `root`). The summary and the audit rows land only with the partnership's row.
 */
function saveStatement(statements: readonly string[]): string {
  return `WITH root AS (
       UPDATE partnership SET status = $2, suspension = $3::jsonb, termination = $4::jsonb, rupture = $8::jsonb,
                              form = $9,
                              version = version + $5::integer, revision = revision + 1,
                              updated_at = CURRENT_TIMESTAMP
        WHERE id = $1
       RETURNING id
     ), governed AS (
       UPDATE partnership_party party SET governance = stated.governance
         FROM root, jsonb_to_recordset($10::jsonb) AS stated("organisationId" uuid, governance text)
        WHERE party.partnership_id = root.id AND party.organisation_id = stated."organisationId"
          AND party.governance <> stated.governance
       RETURNING party.organisation_id
     ), ${statements.map((statement) => `${statement},`).join('\n     ')}
     summary AS (
       ${summaryUpsert(`FROM root, jsonb_to_record($6::jsonb) AS s(${SUMMARY_RECORD_COLUMNS})`)}
     ), audited AS (
       ${auditRowsInsert('$7')}
        WHERE EXISTS (SELECT 1 FROM root)
     )
     SELECT id FROM root`;
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
  /** Tagged as stored (`records-codec.ts`), null when none. */
  suspension: unknown;
  termination: unknown;
  rupture: unknown;
  /** In joining order; timestamps as JSON gives them (text). */
  parties: Array<{
    organisationId: string;
    role: PartyRole;
    joinedAt: string;
    /** Absent from rows read before the column existed (a benchmark's baseline): elected. */
    governance?: PartyGovernance;
    organisation: DomainOrganisationColumns & { version: number };
  }>;
}

/** A partnership as `STORED_PARTNERSHIPS_SQL` reads it, with every part's records. */
interface StoredPartnershipRow
  extends
    StoredPartnershipRoot,
    Record<Exclude<ListedPart, 'actions'>, StoredPartRecord[] | null>,
    Record<ContentSinglePart, StoredPartRecord | null> {
  actions: StoredActionRecord[] | null;
  version: number;
  /** Oldest first; instants as JSON gives them (text). */
  exchanges: Array<Omit<DialogueEvent, 'occurredAt'> & { occurredAt: string }> | null;
  rupture_signals: StoredRuptureSignal[] | null;
  dialogue_plan: StoredPlan | null;
  measurements: AppendedActionRows['measurements'];
  log_entries: AppendedActionRows['logEntries'];
  evaluations: AppendedActionRows['evaluations'];
}

/** Partnership $1 with what its reminders are computed from (`loadReminderSituation`). */
const REMINDER_SITUATION_SQL = `SELECT id, title, form, approach, status, created_at, revision, suspension,
          termination, rupture,
          ${partColumn('visits')}, ${partColumn('convention')},
          (${PARTIES_OF_PARTNERSHIP}) AS parties, (${LATEST_EXCHANGES_OF_PARTNERSHIP}) AS exchanges,
          (${PLAN_OF_PARTNERSHIP}) AS dialogue_plan
     FROM partnership WHERE id = $1`;

/**
 * Partnerships ($1, an array of ids) with their parties in joining order, each with its organisation. The
 * caller may append `VISIBLE_TO_CONDITION` and `FOR UPDATE OF partnership`. `current`: without the
 * appended histories (the latest exchange of each audience instead of every exchange; no measurement, log
 * entry or evaluation).
 */
function partnershipsSql(history: 'whole' | 'current'): string {
  const whole = history === 'whole';
  return `SELECT partnership.id, partnership.title, partnership.form, partnership.approach,
          partnership.status, partnership.created_at, partnership.version, partnership.revision,
          partnership.suspension, partnership.termination, partnership.rupture, ${PARTS_OF_PARTNERSHIP_COLUMNS},
          (${whole ? EXCHANGES_OF_PARTNERSHIP : LATEST_EXCHANGES_OF_PARTNERSHIP}) AS exchanges,
          (${RUPTURE_SIGNALS_OF_PARTNERSHIP}) AS rupture_signals,
          (${PLAN_OF_PARTNERSHIP}) AS dialogue_plan,
          ${whole ? `(${MEASUREMENTS_OF_PARTNERSHIP})` : 'NULL'} AS measurements,
          ${whole ? `(${LOG_ENTRIES_OF_PARTNERSHIP})` : 'NULL'} AS log_entries,
          ${whole ? `(${EVALUATIONS_OF_PARTNERSHIP})` : 'NULL'} AS evaluations,
          (${PARTIES_OF_PARTNERSHIP}) AS parties
     FROM partnership
    WHERE partnership.id = ANY($1::uuid[])`;
}
const STORED_PARTNERSHIPS_SQL = partnershipsSql('whole');
const CURRENT_PARTNERSHIPS_SQL = partnershipsSql('current');

/** Only a partnership the organisation $2 is party to: the tenancy check, in the same statement. */
const VISIBLE_TO_CONDITION = `AND EXISTS (SELECT 1 FROM partnership_party own
                WHERE own.partnership_id = partnership.id AND own.organisation_id = $2::uuid)`;

function exchangesOf(rows: StoredPartnershipRow['exchanges']): DialogueEvent[] {
  return (rows ?? []).map((exchange) => ({ ...exchange, occurredAt: new Date(exchange.occurredAt) }));
}

/**
 * An action from its row and its parts' rows, with no appended record yet: the rows of those add them
 * (`withAppendedRecords`).
 */
function actionOf(record: Pick<StoredActionRecord, 'c' | 'p'>): Action {
  const parts = <T>(part: ActionPart) => (record.p[part] ?? []).map((row) => row.c as T);
  return {
    ...decodeRecords<DocumentAction>(record.c),
    budget: parts<Action['budget'][number]>('budgetLines'),
    indicators: parts<StoredIndicator>('indicators').map((indicator) => ({ ...indicator, measurements: [] })),
    log: [],
    evaluations: [],
  };
}

/** The partnership itself from its row, its parties (with their organisations) and its stored records. */
function toPartnership(
  row: StoredPartnershipRoot,
  parties: StoredPartnershipRoot['parties'],
  organisations: readonly Organisation[],
): Partnership {
  return {
    id: row.id,
    name: row.title,
    parties: parties.map((party, index) => ({
      organisationId: party.organisationId,
      role: party.role,
      joinedOn: calendarDateAt(new Date(party.joinedAt), organisations[index]?.timeZone ?? 'UTC'),
      governance: party.governance ?? 'elected_executive',
    })),
    status: row.status as Partnership['status'],
    form: row.form as Partnership['form'],
    approach: row.approach as Partnership['approach'],
    createdAt: new Date(row.created_at),
    suspension: decodeRecords<Partnership['suspension']>(row.suspension ?? null),
    termination: decodeRecords<Partnership['termination']>(row.termination ?? null),
    rupture: decodeRecords<Partnership['rupture']>(row.rupture ?? null),
  };
}

function loadedFrom(row: StoredPartnershipRow): LoadedPartnership {
  const parties = row.parties ?? [];
  return {
    snapshot: toSnapshot(row, parties),
    versions: {
      partnership: row.version,
      convention: row.convention?.v ?? 0,
      politicalDialogue: row.politicalDialogue?.v ?? 0,
      dialoguePlan: row.dialogue_plan?.version ?? 0,
      listed: Object.fromEntries(
        LISTED_PARTS.map((part) => [
          part,
          Object.fromEntries(
            (row[part] ?? []).map((record) => [recordKeyOf(part, record.c as RecordKeyFields), record.v]),
          ),
        ]),
      ) as PartVersions['listed'],
      actionParts: actionPartVersionsOf(row.actions ?? []),
    },
    revision: row.revision,
    organisationVersions: Object.fromEntries(
      parties.map(({ organisation }) => [organisation.id, organisation.version]),
    ),
  };
}

/** The version of each budget line and indicator of the actions, by `actionRecordKey`. */
function actionPartVersionsOf(actions: readonly StoredActionRecord[]): PartVersions['actionParts'] {
  const versionsOf = (part: ActionPart) =>
    Object.fromEntries(
      actions.flatMap((action) => {
        const actionKey = (action.c as { id: string }).id;
        return (action.p[part] ?? []).map((record) => [
          actionRecordKey(actionKey, (record.c as { id: string }).id),
          record.v,
        ]);
      }),
    );
  return { budgetLines: versionsOf('budgetLines'), indicators: versionsOf('indicators') };
}

/** What identifies a record in its list (`recordKeyOf`), read before the record is decoded. */
type RecordKeyFields = { id?: string; partyId?: string };

/** A listed part's records as the domain has them, in their order. */
function listedRecords<T>(records: StoredPartRecord[] | null | undefined): T[] {
  return (records ?? []).map((record) => decodeRecords<T>(record.c));
}

function singleRecord<T>(record: StoredPartRecord | null | undefined): T | null {
  return record ? decodeRecords<T>(record.c) : null;
}

function toSnapshot(
  row: StoredPartnershipRow,
  parties: StoredPartnershipRow['parties'],
): PartnershipSnapshot {
  const organisations = parties.map(({ organisation }) => toDomainOrganisation(organisation));
  return {
    partnership: toPartnership(row, parties, organisations),
    organisations,
    // Motivations stored before review histories existed get an empty one.
    motivations: listedRecords<Motivation>(row.motivations).map((motivation) => ({
      ...motivation,
      reviewHistory: motivation.reviewHistory ?? [],
    })),
    stakes: listedRecords(row.stakes),
    contributions: listedRecords(row.contributions),
    territoryActors: listedRecords(row.territoryActors),
    candidates: listedRecords(row.candidates),
    presentations: listedRecords(row.presentations),
    visits: listedRecords(row.visits),
    politicalDialogue: singleRecord<PoliticalDialogue>(row.politicalDialogue) ?? EMPTY_POLITICAL_DIALOGUE,
    convention: singleRecord(row.convention),
    conventionHistory: listedRecords(row.conventionHistory),
    dialoguePlan: planOf(row.dialogue_plan),
    dialogueEvents: exchangesOf(row.exchanges),
    actions: withAppendedRecords((row.actions ?? []).map(actionOf), {
      measurements: row.measurements,
      logEntries: row.log_entries,
      evaluations: row.evaluations,
    }),
    ruptureSignals: ruptureSignalsOf(row.rupture_signals),
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
