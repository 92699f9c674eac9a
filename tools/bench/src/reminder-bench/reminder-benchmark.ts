// The reminders benchmark: N pending reminders scheduled by the real ReminderScheduler (through
// PartnershipRepository.execute in a Nest context of the API modules), then delivered by the real worker
// (dist/worker.js, a child process) to a local SMTP sink; and, on the same Redis and with the same
// concurrency, N jobs through a bare BullMQ worker with a no-op processor: the ceiling of the queue itself;
// and N mails through the product's own SMTP transport to the same sink: the ceiling of the transport.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@passerelle/api/src/config/app-config';
import type * as ConfigModule from '@passerelle/api/src/config/app-config';
import type { PartnershipRepository as RepositoryType } from '@passerelle/api/src/lifecycle/partnership.repository';
import { API_DIST, PROJECT_ROOT, SERVICE_NODE_ARGS } from '@passerelle/devstack/src/paths';
import type { DataSource } from 'typeorm';
import { apiDependency, apiModule, type BullmqModule } from './api-runtime';
import { runBareBullmq, type QueueConnection } from './bare-bullmq';
import { SmtpSink } from './smtp-sink';
import { runTransportCeiling } from './transport-ceiling';

export interface ReminderBenchOptions {
  reminders: number;
  concurrency: number;
}

export interface ReminderBenchResult {
  reminders: number;
  concurrency: number;
  partnerships: number;
  schedulingSeconds: number;
  deliverySeconds: number;
  mailsPerSecond: number;
  workerPeakRssMiB: number;
  mailsAccepted: number;
  rowsSent: number;
  bareJobsPerSecond: number;
  /** The product's SMTP transport alone to the same sink, same concurrency: the goal's reference. */
  transportMailsPerSecond: number;
}

/** Active admins and officers per organisation: each receives the overdue exchange's reminder. */
const RECIPIENTS_PER_SIDE = 50;
const ORGANISATION_PAIRS = 5;
const SCHEDULING_PARALLELISM = 4;

export async function runReminderBenchmark(params: {
  databaseUrl: string;
  redisUrl: string;
  options: ReminderBenchOptions;
  /** A Redis key prefix of its own (the smoke run shares the test Redis). */
  queuePrefix?: string;
  log?: (line: string) => void;
}): Promise<ReminderBenchResult> {
  const { databaseUrl, redisUrl, options, log = () => undefined } = params;
  const smtp = new SmtpSink();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: await smtp.start(),
    QUEUE_PREFIX: params.queuePrefix ?? '{bench-reminders}',
    PUBLIC_URL: 'https://passerelle.bench',
    REMINDER_QUIET_HOURS: 'none',
    REMINDER_CONCURRENCY: String(options.concurrency),
    DATABASE_POOL_SIZE: String(Math.max(10, options.concurrency + 5)),
    REMINDER_RECONCILE_INTERVAL_MS: '3600000',
    // Only reminders are measured: the inbox digests would add their own mails to the count.
    INBOX_DIGEST_INTERVAL_MS: '0',
  };
  const queuePrefix = env.QUEUE_PREFIX!;
  const { parseConfig } = apiModule<typeof ConfigModule>('config/app-config');
  const config = parseConfig(env);
  try {
    const scheduled = await scheduleReminders(config, options.reminders, log);
    // Closed whatever the delivery's outcome: an open pool would keep the test run from ending.
    const delivery = await deliverWithWorker(
      env,
      scheduled.dataSourceQuery,
      options.reminders,
      smtp,
      log,
    ).finally(() => scheduled.close());
    const connection: QueueConnection = { url: redisUrl, prefix: queuePrefix };
    log(`Bare BullMQ no-op worker: ${options.reminders} jobs, concurrency ${options.concurrency}…`);
    const bare = await runBareBullmq(connection, options.reminders, options.concurrency);
    log(
      `SMTP transport alone to the same sink: ${options.reminders} mails, concurrency ${options.concurrency}…`,
    );
    const ceiling = await runTransportCeiling(env.SMTP_URL!, options.reminders, options.concurrency);
    return {
      reminders: options.reminders,
      concurrency: options.concurrency,
      partnerships: scheduled.partnerships,
      schedulingSeconds: scheduled.seconds,
      ...delivery,
      bareJobsPerSecond: bare.jobsPerSecond,
      transportMailsPerSecond: ceiling.mailsPerSecond,
    };
  } finally {
    await smtp.stop();
  }
}

/** The part of @nestjs/core the benchmark uses (tools/bench does not depend on Nest itself). */
interface NestCore {
  NestFactory: {
    createApplicationContext(module: unknown, options: { logger: false }): Promise<AppContext>;
  };
}
interface AppContext {
  get<T>(token: abstract new (...args: never[]) => T): T;
  close(): Promise<void>;
}

type Query = (sql: string, parameters?: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * Organisations with RECIPIENTS_PER_SIDE admins and officers each, paired in partnerships; each partnership
 * gets a technicians' dialogue plan agreed 60 days ago, through the lifecycle: the scheduler finds the
 * exchange overdue and writes one reminder per recipient, due now; the after-commit hook enqueues the jobs.
 */
async function scheduleReminders(config: AppConfig, reminders: number, log: (line: string) => void) {
  const { NestFactory } = apiDependency<NestCore>('@nestjs/core');
  const { AppModule } = apiModule<{ AppModule: { forRoot(config: AppConfig): unknown } }>('app.module');
  const { PartnershipRepository } = apiModule<{ PartnershipRepository: typeof RepositoryType }>(
    'lifecycle/partnership.repository',
  );
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: false,
  });
  const dataSource = app.get<DataSource>(
    apiDependency<{ DataSource: typeof DataSource }>('typeorm').DataSource,
  );
  const query: Query = (sql, parameters) => dataSource.query(sql, parameters);
  const perPartnership = 2 * RECIPIENTS_PER_SIDE;
  const partnerships = Math.ceil(reminders / perPartnership);
  const lastRecipients = reminders - (partnerships - 1) * perPartnership;
  log(`Seeding ${2 * ORGANISATION_PAIRS} organisations and ${partnerships} partnerships…`);
  const pairs = await seedOrganisations(query);
  const seeded: Array<{ pair: Pair; id: string }> = [];
  for (let index = 0; index < partnerships; index += 1) {
    const pair = pairs[index % pairs.length]!;
    seeded.push({ pair, id: await seedPartnership(query, pair, index) });
  }
  // The last partnership reaches exactly N: its plan's participants stay, some recipients are disabled.
  const repository = app.get(PartnershipRepository);
  const proposedAt = new Date(Date.now() - 60 * 86_400_000);
  log(`Scheduling ${reminders} reminders through PartnershipRepository.execute…`);
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < seeded.length) {
      const { pair, id } = seeded[next++]!;
      const recipients = next === seeded.length ? lastRecipients : perPartnership;
      await withRecipients(query, pair, recipients, () =>
        dataSource.transaction((manager) =>
          repository.execute(manager, id, planCommand(pair), { now: proposedAt }),
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: SCHEDULING_PARALLELISM }, lane));
  await waitFor(async () => (await queuedJobs(query, config)) >= reminders, 120_000, 'jobs enqueued');
  const seconds = (performance.now() - started) / 1000;
  const rows = Number((await query(`SELECT count(*) AS n FROM reminder WHERE status = 'pending'`))[0]!.n);
  if (rows !== reminders) throw new Error(`scheduled ${rows} pending reminders, expected ${reminders}`);
  log(`Scheduled ${rows} reminders (rows and jobs) in ${seconds.toFixed(1)} s`);
  await query(`UPDATE app_user SET disabled_at = NULL`);
  return { seconds, partnerships, dataSourceQuery: query, close: () => app.close() };
}

interface Pair {
  a: Side;
  b: Side;
}
interface Side {
  organisationId: string;
  officerId: string;
}

async function seedOrganisations(query: Query): Promise<Pair[]> {
  const side = async (name: string): Promise<Side> => {
    const [organisation] = await query(
      `INSERT INTO organisation (name, kind, country_code, population, languages, time_zone, version)
       VALUES ($1, 'commune', 'FR', 10000, '{fr}', 'Europe/Paris', 1) RETURNING id`,
      [name],
    );
    const organisationId = String(organisation!.id);
    const users = await query(
      `INSERT INTO app_user (organisation_id, email, display_name, role, password_hash, preferred_language, version)
       SELECT $1::uuid, 'bench.' || $1::text || '.' || n || '@example.test', 'Agent ' || n,
              CASE WHEN n = 1 THEN 'admin' ELSE 'officer' END, 'not-a-password', CASE WHEN n % 2 = 0 THEN 'en' ELSE 'fr' END, 1
       FROM generate_series(1, $2::int) AS n ORDER BY n RETURNING id, role`,
      [organisationId, RECIPIENTS_PER_SIDE],
    );
    return { organisationId, officerId: String(users.find((user) => user.role === 'officer')!.id) };
  };
  const pairs: Pair[] = [];
  for (let index = 0; index < ORGANISATION_PAIRS; index += 1) {
    pairs.push({ a: await side(`Ville bench A${index}`), b: await side(`Town bench B${index}`) });
  }
  return pairs;
}

async function seedPartnership(query: Query, pair: Pair, index: number): Promise<string> {
  const [partnership] = await query(
    `INSERT INTO partnership (title, form, approach, created_by_user_id, version)
     VALUES ($1, 'decentralised_cooperation', 'mutual_interest', $2, 1) RETURNING id`,
    [`Partenariat bench ${index}`, pair.a.officerId],
  );
  const id = String(partnership!.id);
  await query(
    `INSERT INTO partnership_party (partnership_id, organisation_id, role) VALUES ($1, $2, 'initiator'), ($1, $3, 'partner')`,
    [id, pair.a.organisationId, pair.b.organisationId],
  );
  return id;
}

/** Runs `write` with only `count` of the pair's recipients active (the last partnership's remainder). */
async function withRecipients<T>(
  query: Query,
  pair: Pair,
  count: number,
  write: () => Promise<T>,
): Promise<T> {
  if (count === 2 * RECIPIENTS_PER_SIDE) return write();
  await query(
    `UPDATE app_user SET disabled_at = now() WHERE id IN (
       SELECT id FROM app_user WHERE organisation_id IN ($1, $2) AND id NOT IN ($3, $4)
       ORDER BY id LIMIT $5)`,
    [
      pair.a.organisationId,
      pair.b.organisationId,
      pair.a.officerId,
      pair.b.officerId,
      2 * RECIPIENTS_PER_SIDE - count,
    ],
  );
  return write();
}

function planCommand(pair: Pair) {
  const person = (side: Side) => ({
    personId: side.officerId,
    name: 'Agent',
    partyId: side.organisationId,
    role: 'technician' as const,
  });
  return {
    type: 'ProposeDialoguePlan' as const,
    proposedBy: pair.a.organisationId,
    toleranceDays: 14,
    audiences: [
      {
        audience: 'technicians' as const,
        cadence: { every: 2, unit: 'week' as const },
        channels: ['email' as const],
        participants: [person(pair.a), person(pair.b)],
      },
    ],
  };
}

async function queuedJobs(_query: Query, config: AppConfig): Promise<number> {
  return countJobs(config.redisUrl, config.queuePrefix);
}

/** Jobs waiting or delayed in the reminders queue (the lists and sorted sets BullMQ keeps). */
async function countJobs(redisUrl: string, prefix: string): Promise<number> {
  const { Queue } = apiDependency<BullmqModule>('bullmq');
  const queue = new Queue('reminders', { connection: { url: redisUrl }, prefix });
  try {
    const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'completed');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  } finally {
    await queue.close();
  }
}

/** The real worker entry point in a child process, its RSS sampled, until every reminder is sent. */
async function deliverWithWorker(
  env: Record<string, string>,
  query: Query,
  reminders: number,
  smtp: SmtpSink,
  log: (line: string) => void,
) {
  log(`Delivering with dist/worker.js (REMINDER_CONCURRENCY=${env.REMINDER_CONCURRENCY})…`);
  let output = '';
  // E.g. BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to profile the worker.
  const profiling = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const worker = spawn(process.execPath, [...SERVICE_NODE_ARGS, ...profiling, join(API_DIST, 'worker.js')], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  worker.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  let peakKiB = 0;
  const sample = () => {
    peakKiB = Math.max(peakKiB, statusKiB(worker.pid!, 'VmHWM'), statusKiB(worker.pid!, 'VmRSS'));
  };
  const sampler = setInterval(sample, 200);
  const sentCount = async () =>
    Number((await query(`SELECT count(*) AS n FROM reminder WHERE status = 'sent'`))[0]!.n);
  try {
    let lastLog = Date.now();
    const timeoutMs = Math.max(120_000, reminders * 20);
    const workerAlive = () => {
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode}):\n${output}`);
    };
    // The sink's own count first, read in this process: polling PostgreSQL for the sent rows every 100 ms
    // (a count over the whole table) took CPU from the worker and the database being measured.
    await waitFor(
      () => {
        workerAlive();
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`  ${smtp.accepted} accepted by the sink`);
        }
        return Promise.resolve(smtp.accepted >= reminders);
      },
      timeoutMs,
      'every reminder accepted by the sink',
    );
    await waitFor(
      async () => {
        workerAlive();
        return (await sentCount()) >= reminders;
      },
      timeoutMs,
      'every reminder recorded sent',
    );
    sample();
  } finally {
    clearInterval(sampler);
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (worker.exitCode === null) worker.kill('SIGKILL');
  }
  // From the first mail marked sent to the last: the worker's start-up is not delivery.
  const [span] = await query(
    `SELECT count(*) AS n, extract(epoch FROM max(sent_at) - min(sent_at)) AS seconds FROM reminder WHERE status = 'sent'`,
  );
  const rowsSent = Number(span!.n);
  const deliverySeconds = Number(span!.seconds);
  // The sink counts asynchronously: give its last acknowledgements a moment.
  await waitFor(async () => smtp.accepted >= reminders, 5_000, 'the sink counting every mail').catch(
    () => undefined,
  );
  const result = {
    deliverySeconds,
    mailsPerSecond: (rowsSent - 1) / deliverySeconds,
    workerPeakRssMiB: peakKiB / 1024,
    mailsAccepted: smtp.accepted,
    rowsSent,
  };
  if (rowsSent !== reminders || smtp.accepted !== reminders)
    throw new Error(
      `expected ${reminders} mails and sent rows, got ${smtp.accepted} mails, ${rowsSent} rows`,
    );
  log(
    `Delivered ${rowsSent} in ${deliverySeconds.toFixed(1)} s (${result.mailsPerSecond.toFixed(0)} mails/s)`,
  );
  return result;
}

function statusKiB(pid: number, field: string): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function renderReminderReport(result: ReminderBenchResult): string {
  const ratio = result.mailsPerSecond / result.bareJobsPerSecond;
  const toTransport = result.mailsPerSecond / result.transportMailsPerSecond;
  return [
    `## Reminders (${result.reminders} reminders, ${result.partnerships} partnerships, concurrency ${result.concurrency})`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| scheduling (rows written + jobs enqueued) | ${result.schedulingSeconds.toFixed(1)} s (${(result.reminders / result.schedulingSeconds).toFixed(0)} reminders/s) |`,
    `| delivery, one worker | ${result.deliverySeconds.toFixed(1)} s, ${result.mailsPerSecond.toFixed(0)} mails/s |`,
    `| bare BullMQ no-op worker | ${result.bareJobsPerSecond.toFixed(0)} jobs/s |`,
    `| delivery / bare | ${(ratio * 100).toFixed(0)} % |`,
    `| SMTP transport alone, same sink | ${result.transportMailsPerSecond.toFixed(0)} mails/s |`,
    `| delivery / transport | ${(toTransport * 100).toFixed(0)} % (goal ≥ 50 %) |`,
    `| worker peak RSS | ${result.workerPeakRssMiB.toFixed(0)} MiB (goal ≤ 300 MiB) |`,
    `| mails accepted by the sink / rows sent | ${result.mailsAccepted} / ${result.rowsSent} |`,
    '',
  ].join('\n');
}
