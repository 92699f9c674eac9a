import { performance } from 'node:perf_hooks';
import { hash } from '@node-rs/argon2';
import {
  assessPartnership,
  LISTED_PARTS,
  recordKeyOf,
  type Action,
  type DialogueEvent,
  type DialoguePlan,
  type JointEvaluation,
  type LogEntry,
  type Measurement,
  type PartnershipSnapshot,
} from '@passerelle/domain';
import { storedContentOf } from '@passerelle/api/src/lifecycle/document-records';
import {
  PARTNERSHIP_PART_TABLES,
  type ContentSinglePart,
} from '@passerelle/api/src/partnership-records/partnership-part-tables';
import { summaryOf } from '@passerelle/api/src/lifecycle/partnership-summary.repository';
import { encodeRecords } from '@passerelle/api/src/lifecycle/records-codec';
import { Client } from 'pg';
import { FRANCE } from '../dataset/country-catalogue';
import { targetsAt, type DatasetTargets } from '../dataset/dataset-targets';
import { generateOrganisations, type GeneratedOrganisation } from '../dataset/organisations';
import { drawPortfolioSizes, planPartnerships } from '../dataset/partnership-plans';
import { writePartnership, type WrittenPartnership } from '../dataset/partnership-story';
import {
  generateUsers,
  StaffDirectory,
  TerritoryActorDirectory,
  type GeneratedUser,
} from '../dataset/people';
import { SeededRandom } from '../random/seeded-random';
import { CopyWriter, JsonDocument, type CopyValue } from './copy-writer';

/** The password of every generated account, for the benchmarks' logins. Never used outside bench data. */
export const BENCH_PASSWORD = 'passerelle-bench';

export interface GenerateOptions {
  /** A migrated, empty database (the generator refuses one that holds organisations). */
  readonly databaseUrl: string;
  readonly scale: number;
  readonly seed: string;
  /** The day the data is "as of": every date is relative to it. Same seed and day, same data. */
  readonly asOf: Date;
  /** Years of lifecycle events the audit trail holds (the platform's go-live before `asOf`). */
  readonly auditYears?: number;
  readonly log?: (line: string) => void;
}

export interface DatasetReport {
  readonly targets: DatasetTargets;
  readonly counts: Record<string, number>;
  /** Seconds per phase, in order. */
  readonly timings: ReadonlyArray<readonly [phase: string, seconds: number]>;
  readonly totalSeconds: number;
}

const DEFAULT_AUDIT_YEARS = 1;
/** Share of French authorities that run no partnership (listed in the directory, looking). */
const FRENCH_WITHOUT_PARTNERSHIP = 0.1;

/**
 * Generates the national-scale dataset into `databaseUrl`: organisations and accounts, then every
 * partnership written through the lifecycle model and streamed with COPY together with its audit trail and
 * the authorities' territory actors, then the parties (once their partnerships are committed), the
 * partnerships' portfolio summaries as of `asOf` noon (as the writes would have left them) and partner
 * requests. Returns row counts and how long each phase took.
 */
export async function generateDataset(options: GenerateOptions): Promise<DatasetReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const timings: Array<readonly [string, number]> = [];
  let phaseStart = started;
  const phase = (name: string) => {
    const now = performance.now();
    timings.push([name, (now - phaseStart) / 1000]);
    log(`  ${name.padEnd(44)} ${((now - phaseStart) / 1000).toFixed(1)} s`);
    phaseStart = now;
  };

  const targets = targetsAt(options.scale);
  const random = new SeededRandom(options.seed);
  const asOfNoon = new Date(
    Date.UTC(options.asOf.getUTCFullYear(), options.asOf.getUTCMonth(), options.asOf.getUTCDate(), 12),
  );
  const portfolioSizes = drawPortfolioSizes(targets.partnerships, random.fork('portfolios'));
  const french = Math.max(
    portfolioSizes.length + 1,
    Math.round(portfolioSizes.length / (1 - FRENCH_WITHOUT_PARTNERSHIP)),
  );
  const organisations = generateOrganisations(
    { french, foreign: Math.max(5, targets.organisations - french) },
    random.fork('organisations'),
    asOfNoon,
  );
  const frenchAuthorities = organisations.filter((organisation) => organisation.country === FRANCE);
  const foreignAuthorities = organisations.filter((organisation) => organisation.country !== FRANCE);
  const plans = planPartnerships(
    { targets, frenchAuthorities, foreignAuthorities, portfolioSizes },
    random.fork('plans'),
  );
  const users = generateUsers(organisations, plans, targets.users, random.fork('users'));
  const passwordHash = await hash(BENCH_PASSWORD);
  phase(`planned ${plans.length.toLocaleString('en')} partnerships`);

  const appendedTables = Object.keys(APPENDED_COLUMNS).length;
  const clients = await Promise.all(
    Array.from({ length: 4 + appendedTables + PART_TABLES.length }, () => connect(options.databaseUrl)),
  );
  const [main, partnershipClient, auditClient, actorClient, ...appendClients] = clients as [
    Client,
    Client,
    Client,
    Client,
    ...Client[],
  ];
  try {
    const existing = await main.query<{ count: string }>('SELECT count(*) AS count FROM organisation');
    if (Number(existing.rows[0]?.count ?? 0) > 0)
      throw new Error('the target database already holds organisations: generate into an empty one');

    await copyOrganisations(main, organisations);
    phase(`organisations (${organisations.length.toLocaleString('en')})`);
    await copyUsers(main, users, passwordHash);
    phase(`users (${users.length.toLocaleString('en')})`);

    const staff = new StaffDirectory(users, options.seed);
    const actors = new TerritoryActorDirectory();
    const auditSince = new Date(
      asOfNoon.getTime() - (options.auditYears ?? DEFAULT_AUDIT_YEARS) * 365 * 86_400_000,
    );
    const context = {
      seed: options.seed,
      asOfNoon,
      auditSince,
      staff,
      actors,
      otherCandidates: foreignAuthorities,
    };
    // Appended records stream beside their partnerships, whose rows commit only at the end of their COPY:
    // the reference to them is checked once all are in (each constraint put back as the migration made it).
    // They are dropped before any COPY starts: dropping one locks `partnership`, which its COPY holds.
    for (const table of [...Object.keys(APPENDED_COLUMNS), ...PART_TABLES])
      await main.query(`ALTER TABLE ${table} DROP CONSTRAINT "FK_${table}_partnership"`);
    const partnershipWriter = CopyWriter.open(partnershipClient, 'partnership', PARTNERSHIP_COLUMNS);
    const auditWriter = CopyWriter.open(auditClient, 'audit_event', AUDIT_COLUMNS);
    const actorWriter = CopyWriter.open(actorClient, 'territory_actor', ACTOR_COLUMNS);
    const appendWriters = Object.entries(APPENDED_COLUMNS).map(([table, columns], index) =>
      CopyWriter.open(appendClients[index] as Client, table, columns),
    );
    // Every part's records stream into their table on a connection of their own.
    const partWriters = new Map(
      PART_TABLES.map((table, index) => [
        table,
        CopyWriter.open(
          appendClients[appendedTables + index] as Client,
          table,
          table in SINGLE_TABLE_PARTS ? SINGLE_PART_COLUMNS : LISTED_PART_COLUMNS,
        ),
      ]),
    );
    const [exchangeWriter, measurementWriter, logWriter, evaluationWriter, planWriter] = appendWriters as [
      CopyWriter,
      CopyWriter,
      CopyWriter,
      CopyWriter,
      CopyWriter,
    ];
    const parties: Array<readonly [string, string, string, Date]> = [];
    // An action's budget lines and indicators reference its row: copied once every action is in.
    const actionPartRows: ActionPartRows = { budgetLines: [], indicators: [] };
    const summaries: SummaryRow[] = [];
    const volumes = {
      visits: 0,
      dialogueEvents: 0,
      actions: 0,
      indicators: 0,
      measurements: 0,
      commands: 0,
      recordsBytes: 0,
    };
    for (const plan of plans) {
      const written = writePartnership(plan, context);
      countVolumes(written.snapshot, volumes);
      volumes.commands += written.commands;
      await partnershipWriter.write(partnershipRow(written));
      volumes.recordsBytes += await writePartRecords(plan.id, written.snapshot, partWriters);
      for (const exchange of written.snapshot.dialogueEvents)
        await exchangeWriter.write(exchangeRow(plan.id, exchange));
      const dialoguePlan = written.snapshot.dialoguePlan;
      if (dialoguePlan) await planWriter.write(dialoguePlanRow(plan.id, dialoguePlan));
      for (const action of written.snapshot.actions) {
        collectActionPartRows(plan.id, action, actionPartRows);
        for (const indicator of action.indicators)
          for (const measurement of indicator.measurements)
            await measurementWriter.write(measurementRow(plan.id, action.id, indicator.id, measurement));
        for (const entry of action.log) await logWriter.write(logEntryRow(plan.id, action.id, entry));
        for (const evaluation of action.evaluations)
          await evaluationWriter.write(evaluationRow(plan.id, action.id, evaluation));
      }
      for (const party of written.parties)
        parties.push([plan.id, party.organisationId, party.role, party.joinedAt]);
      summaries.push(summaryRow(written, asOfNoon));
      for (const row of written.audit) {
        await auditWriter.write([
          row.occurredAt,
          row.organisationId,
          row.actorUserId,
          'partnership',
          row.entityId,
          row.action,
          new JsonDocument(JSON.stringify(row.changes)),
          null,
        ]);
      }
      for (const actor of actors.drainNewRows()) {
        await actorWriter.write([
          actor.id,
          actor.organisationId,
          actor.name,
          actor.kind,
          '',
          '',
          actor.createdAt,
          actor.createdAt,
          1,
        ]);
      }
      if ((plan.index + 1) % 10_000 === 0)
        log(`    … ${(plan.index + 1).toLocaleString('en')} partnerships written`);
    }
    const [partnershipRows, auditRows, actorRows, exchangeRows] = await Promise.all([
      partnershipWriter.close(),
      auditWriter.close(),
      actorWriter.close(),
      ...appendWriters.map((writer) => writer.close()),
      ...[...partWriters.values()].map((writer) => writer.close()),
    ]);
    for (const table of [...Object.keys(APPENDED_COLUMNS), ...PART_TABLES]) {
      await main.query(
        `ALTER TABLE ${table} ADD CONSTRAINT "FK_${table}_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    phase(`partnerships, appended records, audit trail, territory actors`);
    await copyActionPartRows(main, actionPartRows);
    phase('budget lines and indicators');

    const partyWriter = CopyWriter.open(main, 'partnership_party', [
      'partnership_id',
      'organisation_id',
      'role',
      'joined_at',
    ]);
    for (const row of parties) await partyWriter.write(row);
    const partyRows = await partyWriter.close();
    const summaryWriter = CopyWriter.open(main, 'partnership_summary', SUMMARY_COLUMNS);
    for (const row of summaries) await summaryWriter.write(row);
    const summaryRows = await summaryWriter.close();
    const requestRows = await copyPartnerRequests(main, organisations, random.fork('requests'), asOfNoon);
    phase('parties, portfolio summaries and partner requests');

    await main.query('ANALYZE');
    phase('ANALYZE');
    return {
      targets,
      counts: {
        organisations: organisations.length,
        users: users.length,
        partnerships: partnershipRows,
        partnershipParties: partyRows,
        partnershipSummaries: summaryRows,
        territoryActors: actorRows,
        dialogueExchanges: exchangeRows ?? 0,
        partnerRequests: requestRows,
        auditRows,
        ...volumes,
      },
      timings,
      totalSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'passerelle-bench-data' });
  await client.connect();
  // A bulk load that is redone from scratch on failure needs no synchronous flush of every commit.
  await client.query('SET synchronous_commit = off');
  return client;
}

const PARTNERSHIP_COLUMNS = [
  'id',
  'title',
  'form',
  'approach',
  'status',
  'created_by_user_id',
  'created_at',
  'updated_at',
  'version',
  'revision',
  'target_countries',
  'themes',
  'suspension',
  'termination',
  'rupture',
];

function nullableJson(value: unknown): JsonDocument | null {
  return value === null ? null : new JsonDocument(JSON.stringify(encodeRecords(value)));
}

/**
 * The columns each table of records beside the documents is loaded with: the appended ones, and the parts
 * with a row and a version of their own.
 */
const APPENDED_COLUMNS = {
  dialogue_exchange: [
    'id',
    'partnership_id',
    'audience',
    'occurred_at',
    'channel',
    'participants',
    'summary',
    'decisions',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  indicator_measurement: [
    'partnership_id',
    'action_id',
    'indicator_id',
    'measured_on',
    'value',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  action_log_entry: [
    'id',
    'partnership_id',
    'action_id',
    'at',
    'kind',
    'text',
    'attachment_ids',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  joint_evaluation: [
    'id',
    'partnership_id',
    'action_id',
    'evaluated_on',
    'parties',
    'summary',
    'recorded_by_organisation_id',
    'recorded_at',
  ],
  dialogue_plan: ['partnership_id', 'version', 'audiences', 'tolerance_days', 'proposed_at', 'approved_by'],
} as const;

/** A generated plan, at its first version as a row. */
function dialoguePlanRow(partnershipId: string, plan: DialoguePlan) {
  const { audiences, toleranceDays, proposedAt, approvedBy } = plan;
  return [
    partnershipId,
    1,
    new JsonDocument(JSON.stringify(audiences)),
    toleranceDays,
    proposedAt,
    approvedBy,
  ] as const;
}

/** Noon UTC of a calendar day: when a record of that day is taken to have been typed in. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

function measurementRow(
  partnershipId: string,
  actionId: string,
  indicatorId: string,
  measurement: Measurement,
) {
  const { on, value, recordedBy } = measurement;
  return [partnershipId, actionId, indicatorId, on, value, recordedBy, noonOf(on)] as const;
}

function logEntryRow(partnershipId: string, actionId: string, entry: LogEntry) {
  const { id, at, kind, text, attachmentIds, byParty } = entry;
  return [id, partnershipId, actionId, at, kind, text, attachmentIds, byParty, at] as const;
}

function evaluationRow(partnershipId: string, actionId: string, evaluation: JointEvaluation) {
  const { id, on, parties, summary } = evaluation;
  return [id, partnershipId, actionId, on, parties, summary, parties[0] ?? null, noonOf(on)] as const;
}

/** An exchange as the API appends it; when it was typed in is not generated, so it is when it took place. */
function exchangeRow(partnershipId: string, exchange: DialogueEvent) {
  return [
    exchange.id,
    partnershipId,
    exchange.audience,
    exchange.occurredAt,
    exchange.channel,
    new JsonDocument(JSON.stringify(exchange.participants)),
    exchange.summary,
    exchange.decisions,
    exchange.recordedBy,
    exchange.occurredAt,
  ] as const;
}

const AUDIT_COLUMNS = [
  'occurred_at',
  'organisation_id',
  'actor_user_id',
  'entity_type',
  'entity_id',
  'action',
  'changes',
  'request_id',
];

const ACTOR_COLUMNS = [
  'id',
  'organisation_id',
  'name',
  'kind',
  'contact',
  'notes',
  'created_at',
  'updated_at',
  'version',
];

const SUMMARY_COLUMNS = [
  'partnership_id',
  'revision',
  'organisation_versions',
  'valid_until',
  'computed_at',
  'portfolio_rows',
  'portfolio_facets',
];

type SummaryRow = readonly [string, number, JsonDocument, Date, Date, JsonDocument, JsonDocument];

/**
 * The partnership's portfolio summary as the API stores it after a write (same function), assessed at
 * `now`, with each party's portfolio row: every organisation row is written at version 1. Without the whole assessment the API also keeps
 * (its column stays null, and the partnership page's first read computes and stores it, as after the
 * migration that added it): for 80,000 partnerships it would be gigabytes more to hold until the COPY.
 */
function summaryRow(written: WrittenPartnership, now: Date): SummaryRow {
  const { snapshot } = written;
  const organisationVersions = Object.fromEntries(
    snapshot.partnership.parties.map((party) => [party.organisationId, 1]),
  );
  const summary = summaryOf(
    snapshot,
    written.version,
    organisationVersions,
    assessPartnership(snapshot, now),
    now,
  );
  return [
    summary.partnershipId,
    summary.revision,
    new JsonDocument(JSON.stringify(summary.organisationVersions)),
    summary.validUntil,
    summary.computedAt,
    // Each row as a string, as the API stores them (see PartnershipSummaryRepository.store).
    new JsonDocument(
      JSON.stringify(
        Object.fromEntries(
          Object.entries(summary.portfolioRows).map(([party, row]) => [party, JSON.stringify(row)]),
        ),
      ),
    ),
    new JsonDocument(JSON.stringify(summary.portfolioFacets)),
  ];
}

/** The tables of the parts kept as records of their own, listed then single. */
const PART_TABLES: readonly string[] = [
  ...Object.values(PARTNERSHIP_PART_TABLES.listed),
  ...Object.values(PARTNERSHIP_PART_TABLES.single),
];
const SINGLE_TABLE_PARTS = Object.fromEntries(
  Object.entries(PARTNERSHIP_PART_TABLES.single).map(([part, table]) => [table, part as ContentSinglePart]),
);
const LISTED_PART_COLUMNS = ['partnership_id', 'record_key', 'position', 'version', 'content'];
const SINGLE_PART_COLUMNS = ['partnership_id', 'version', 'content'];

/**
 * Streams a partnership's records into their parts' tables as the API stores them (each at version 1);
 * returns how many bytes of records were written.
 */
async function writePartRecords(
  partnershipId: string,
  snapshot: PartnershipSnapshot,
  writers: ReadonlyMap<string, CopyWriter>,
): Promise<number> {
  let bytes = 0;
  for (const part of LISTED_PARTS) {
    const writer = writers.get(PARTNERSHIP_PART_TABLES.listed[part]) as CopyWriter;
    const records: ReadonlyArray<{ id?: string; partyId?: string }> = snapshot[part];
    for (const [position, record] of records.entries()) {
      const content = JSON.stringify(encodeRecords(storedContentOf(part, snapshot[part][position]!)));
      bytes += content.length;
      await writer.write([partnershipId, recordKeyOf(part, record), position, 1, new JsonDocument(content)]);
    }
  }
  for (const [table, part] of Object.entries(SINGLE_TABLE_PARTS)) {
    const record = snapshot[part];
    if (!record) continue;
    const content = JSON.stringify(encodeRecords(record));
    bytes += content.length;
    await (writers.get(table) as CopyWriter).write([partnershipId, 1, new JsonDocument(content)]);
  }
  return bytes;
}

/** The rows of the actions' budget lines and indicators, as the API stores them (each at version 1). */
interface ActionPartRows {
  budgetLines: CopyValue[][];
  indicators: CopyValue[][];
}

function collectActionPartRows(partnershipId: string, action: Action, rows: ActionPartRows): void {
  action.budget.forEach((line, position) =>
    rows.budgetLines.push([
      partnershipId,
      action.id,
      line.id,
      position,
      1,
      line.funder,
      line.funderName,
      line.partyId,
      line.amount,
      line.currency,
      line.status,
    ]),
  );
  action.indicators.forEach((indicator, position) =>
    rows.indicators.push([
      partnershipId,
      action.id,
      indicator.id,
      position,
      1,
      indicator.name,
      indicator.unit,
      indicator.baseline,
      indicator.target,
      indicator.proposedBy,
      indicator.validatedBy,
    ]),
  );
}

async function copyActionPartRows(client: Client, rows: ActionPartRows): Promise<void> {
  const placed = ['partnership_id', 'action_key', 'record_key', 'position', 'version'];
  const tables = [
    {
      table: 'action_budget_line',
      columns: [...placed, 'funder', 'funder_name', 'party_id', 'amount', 'currency', 'status'],
      rows: rows.budgetLines,
    },
    {
      table: 'action_indicator',
      columns: [...placed, 'name', 'unit', 'baseline', 'target', 'proposed_by', 'validated_by'],
      rows: rows.indicators,
    },
  ];
  for (const { table, columns, rows: values } of tables) {
    const writer = CopyWriter.open(client, table, columns);
    for (const row of values) await writer.write(row);
    await writer.close();
  }
}

function partnershipRow(written: WrittenPartnership) {
  const { plan, snapshot } = written;
  return [
    plan.id,
    written.title,
    plan.form,
    plan.approach,
    snapshot.partnership.status,
    written.createdByUserId,
    written.createdAt,
    written.updatedAt,
    written.version,
    // Generated partnerships start with as many changes counted as versions, as the migration set them.
    written.version,
    plan.targetCountries,
    plan.themes,
    nullableJson(snapshot.partnership.suspension),
    nullableJson(snapshot.partnership.termination),
    nullableJson(snapshot.partnership.rupture),
  ] as const;
}

function countVolumes(
  snapshot: PartnershipSnapshot,
  volumes: {
    visits: number;
    dialogueEvents: number;
    actions: number;
    indicators: number;
    measurements: number;
  },
): void {
  volumes.visits += snapshot.visits.length;
  volumes.dialogueEvents += snapshot.dialogueEvents.length;
  volumes.actions += snapshot.actions.length;
  for (const action of snapshot.actions) {
    volumes.indicators += action.indicators.length;
    for (const indicator of action.indicators) volumes.measurements += indicator.measurements.length;
  }
}

async function copyOrganisations(
  client: Client,
  organisations: readonly GeneratedOrganisation[],
): Promise<void> {
  const writer = CopyWriter.open(client, 'organisation', [
    'id',
    'name',
    'kind',
    'country_code',
    'population',
    'languages',
    'time_zone',
    'created_at',
    'updated_at',
    'version',
    'internet_reliability',
    'phone_reliability',
    'usual_channels',
    'directory_listed',
    'directory_summary',
    'themes_offered',
    'themes_sought',
  ]);
  for (const organisation of organisations) {
    await writer.write([
      organisation.id,
      organisation.name,
      organisation.kind,
      organisation.country.code,
      organisation.population,
      organisation.country.languages,
      organisation.country.timeZone,
      organisation.createdAt,
      organisation.createdAt,
      1,
      organisation.internet,
      organisation.phone,
      organisation.usualChannels,
      organisation.directoryListed,
      organisation.directorySummary,
      organisation.themesOffered,
      organisation.themesSought,
    ]);
  }
  await writer.close();
}

async function copyUsers(
  client: Client,
  users: readonly GeneratedUser[],
  passwordHash: string,
): Promise<void> {
  const writer = CopyWriter.open(client, 'app_user', [
    'id',
    'organisation_id',
    'email',
    'display_name',
    'role',
    'password_hash',
    'preferred_language',
    'disabled_at',
    'created_at',
    'updated_at',
    'version',
    'reminder_opt_outs',
  ]);
  for (const user of users) {
    await writer.write([
      user.id,
      user.organisationId,
      user.email,
      user.displayName,
      user.role,
      passwordHash,
      user.preferredLanguage,
      null,
      user.createdAt,
      user.createdAt,
      1,
      [],
    ]);
  }
  await writer.close();
}

/** About one authority in twenty publishes a request ("we seek a partner for …"), most still open. */
async function copyPartnerRequests(
  client: Client,
  organisations: readonly GeneratedOrganisation[],
  random: SeededRandom,
  asOfNoon: Date,
): Promise<number> {
  const writer = CopyWriter.open(client, 'partner_request', [
    'id',
    'organisation_id',
    'title',
    'description',
    'themes',
    'status',
    'created_at',
    'updated_at',
    'version',
  ]);
  for (const organisation of organisations) {
    if (!random.chance(0.05) || organisation.themesSought.length === 0) continue;
    const createdAt = new Date(asOfNoon.getTime() - random.int(1, 900) * 86_400_000);
    await writer.write([
      random.uuid(),
      organisation.id,
      `${organisation.name} cherche un partenaire`,
      `Nous cherchons une collectivité partenaire : ${organisation.directorySummary || organisation.name}`,
      organisation.themesSought,
      random.chance(0.8) ? 'open' : 'closed',
      createdAt,
      createdAt,
      1,
    ]);
  }
  return writer.close();
}
