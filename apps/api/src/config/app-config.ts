import { DEFAULT_QUIET_HOURS, type QuietHours } from '@passerelle/domain';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The whole configuration, parsed once at boot. Nothing else in the API reads `process.env`. */
export interface AppConfig {
  readonly nodeEnv: NodeEnvironment;
  readonly host: string;
  readonly port: number;
  readonly publicUrl: string;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly redisUrl: string;
  /** Prefix of every BullMQ key; braces make it a Redis Cluster hash tag, keeping a queue's keys together. */
  readonly queuePrefix: string;
  readonly smtpUrl: string;
  /** How long the SMTP client waits for the server at each step (RFC 5321 §4.5.3.2). */
  readonly smtpTimeouts: SmtpTimeouts;
  readonly mailFrom: string;
  readonly logLevel: LogLevel;
  readonly bodyLimitBytes: number;
  /**
   * Which peers may say who the client is (`X-Forwarded-For`): the client address feeds the login and
   * calendar throttles and the session records, so a header from anyone else is ignored. A hop count, a
   * list of addresses, CIDR ranges or `loopback` / `linklocal` / `uniquelocal`, or false for nobody.
   */
  readonly trustProxy: boolean | number | readonly string[];
  /** The built web app to serve beside `/api`; absent when the SPA is hosted elsewhere. */
  readonly webDistDir: string | undefined;
  /**
   * Absolute folder where uploaded files' bytes are kept (one file per stored file, named by its id), outside
   * the web root. Every API replica must see the same folder.
   */
  readonly fileStorageDir: string;
  /** Largest accepted uploaded file, in bytes (larger gets 413 `FILE.TOO_LARGE`). */
  readonly fileMaxBytes: number;
  /** Development only: the folder where the local SMTP sink writes captured mails. */
  readonly mailSinkDir: string | undefined;
  /** Set by the local stack tool: the process to outlive never (see supervisor-watch). */
  readonly supervisorPid: number | undefined;
  /** Delivery of dialogue reminders by the worker (see docs/reminders.md). */
  readonly reminders: ReminderSettings;
}

export interface ReminderSettings {
  /**
   * Reminder mails one worker process sends at once (the SMTP pool's connections); it takes several jobs per
   * mail in flight, whose statements go to PostgreSQL in groups (see `ReminderWorkers`).
   */
  readonly concurrency: number;
  /** Delivery attempts before a reminder is marked failed (SMTP failures). */
  readonly attempts: number;
  /** First retry delay; each further retry waits twice as long (exponential backoff). */
  readonly backoffMs: number;
  /** How often the schedule in PostgreSQL is compared with the jobs in Redis. */
  readonly reconcileIntervalMs: number;
  /** How often every active partnership's schedule is recomputed (reminders entering the horizon). */
  readonly rescheduleIntervalMs: number;
  /** A job whose worker stopped renewing its lock this long ago is taken over by another worker. */
  readonly lockDurationMs: number;
  /** How often a worker looks for such stalled jobs. */
  readonly stalledIntervalMs: number;
  /**
   * How long a delivery's claim on a reminder row lasts without being renewed: the row is claimed (and
   * committed) before the SMTP exchange, the claim is renewed while it lasts, and only a claim left to expire
   * — the worker died — lets another delivery take the row. Longer than the SMTP socket timeout.
   */
  readonly leaseMs: number;
  /** Local hours in which no reminder mail goes out, in the recipient's time zone (start = end: none). */
  readonly quietHours: QuietHours;
  /** How often the worker looks for new inbox items to put in each person's daily digest; 0: never. */
  readonly inboxDigestIntervalMs: number;
}

export interface SmtpTimeouts {
  /** Opening the TCP (or TLS) connection. */
  readonly connectionMs: number;
  /** The server's 220 greeting once connected (RFC 5321: 5 minutes). */
  readonly greetingMs: number;
  /** Silence on an open connection, the reply to the end of DATA included (RFC 5321: 10 minutes). */
  readonly socketMs: number;
}

/** A configuration problem, named by its variable so that the boot failure is one clear line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

export function parseConfig(env: Env): AppConfig {
  const port = readInteger(env, 'PORT', { min: 1, max: 65_535, fallback: 3000 });
  const webDistDir = env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : undefined;
  const fileStorageDir = resolve(env.FILE_STORAGE_DIR || '.data/files');
  // Uploaded bytes are only ever served by the files route, with its checks and headers: never as static files.
  if (webDistDir && isWithin(fileStorageDir, webDistDir)) {
    throw new ConfigError('FILE_STORAGE_DIR', 'must be outside WEB_DIST_DIR');
  }
  const smtpTimeouts = parseSmtpTimeouts(env);
  const reminders = parseReminderSettings(env);
  // A claim that could expire while its worker still waits for the server would let a second delivery go.
  if (reminders.leaseMs <= smtpTimeouts.socketMs) {
    throw new ConfigError('REMINDER_LEASE_MS', 'must be longer than SMTP_SOCKET_TIMEOUT_MS');
  }
  return {
    nodeEnv: readChoice(env, 'NODE_ENV', NODE_ENVIRONMENTS, 'production'),
    host: env.HOST || '0.0.0.0',
    port,
    publicUrl: readUrl(env, 'PUBLIC_URL', ['http:', 'https:'], `http://localhost:${port}`).replace(/\/$/, ''),
    ...parseDatabaseConfig(env),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    queuePrefix: env.QUEUE_PREFIX || '{passerelle}',
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    smtpTimeouts,
    mailFrom: env.MAIL_FROM || 'Passerelle <no-reply@passerelle.localhost>',
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    bodyLimitBytes: readInteger(env, 'BODY_LIMIT_BYTES', {
      min: 1024,
      max: 50 * 1024 * 1024,
      fallback: 1024 * 1024,
    }),
    trustProxy: readTrustProxy(env, 'TRUST_PROXY'),
    webDistDir,
    fileStorageDir,
    fileMaxBytes: readInteger(env, 'FILE_MAX_BYTES', {
      min: 1024,
      max: 1024 * 1024 * 1024,
      fallback: 10 * 1024 * 1024,
    }),
    mailSinkDir: env.MAIL_SINK_DIR ? resolve(env.MAIL_SINK_DIR) : undefined,
    supervisorPid: env.PASSERELLE_SUPERVISOR_PID
      ? readInteger(env, 'PASSERELLE_SUPERVISOR_PID', { min: 1, max: 2 ** 31, fallback: 1 })
      : undefined,
    reminders,
  };
}

/**
 * RFC 5321 §4.5.3.2's client timeouts: 5 minutes for the greeting (and, here, for the connection that
 * precedes it), 10 minutes for the reply to the end of DATA — the longest, while the server may be checking
 * and storing the message. nodemailer's socket timeout is one inactivity timer for every reply, so it takes
 * the longest of them: a client that gives up earlier while the server still accepts the mail sends it again.
 */
export function parseSmtpTimeouts(env: Env): SmtpTimeouts {
  const hour = 3_600_000;
  return {
    connectionMs: readInteger(env, 'SMTP_CONNECTION_TIMEOUT_MS', { min: 100, max: hour, fallback: 300_000 }),
    greetingMs: readInteger(env, 'SMTP_GREETING_TIMEOUT_MS', { min: 100, max: hour, fallback: 300_000 }),
    socketMs: readInteger(env, 'SMTP_SOCKET_TIMEOUT_MS', { min: 100, max: hour, fallback: 600_000 }),
  };
}

export function parseReminderSettings(env: Env): ReminderSettings {
  const day = 86_400_000;
  return {
    concurrency: readInteger(env, 'REMINDER_CONCURRENCY', { min: 1, max: 100, fallback: 5 }),
    attempts: readInteger(env, 'REMINDER_ATTEMPTS', { min: 1, max: 100, fallback: 8 }),
    backoffMs: readInteger(env, 'REMINDER_BACKOFF_MS', { min: 10, max: day, fallback: 60_000 }),
    reconcileIntervalMs: readInteger(env, 'REMINDER_RECONCILE_INTERVAL_MS', {
      min: 1_000,
      max: day,
      fallback: 300_000,
    }),
    rescheduleIntervalMs: readInteger(env, 'REMINDER_RESCHEDULE_INTERVAL_MS', {
      min: 60_000,
      max: 7 * day,
      fallback: 6 * 3_600_000,
    }),
    lockDurationMs: readInteger(env, 'REMINDER_LOCK_DURATION_MS', {
      min: 500,
      max: 3_600_000,
      fallback: 60_000,
    }),
    stalledIntervalMs: readInteger(env, 'REMINDER_STALLED_INTERVAL_MS', {
      min: 200,
      max: 3_600_000,
      fallback: 30_000,
    }),
    leaseMs: readInteger(env, 'REMINDER_LEASE_MS', { min: 500, max: day, fallback: 900_000 }),
    quietHours: readQuietHours(env, 'REMINDER_QUIET_HOURS'),
    inboxDigestIntervalMs: readInteger(env, 'INBOX_DIGEST_INTERVAL_MS', {
      min: 0,
      max: day,
      fallback: 300_000,
    }),
  };
}

/** `21:00-08:00` (the default), any `HH:MM-HH:MM` window, or `none` to mail at any hour. */
function readQuietHours(env: Env, name: string): QuietHours {
  const raw = env[name];
  if (raw === undefined || raw === '') return DEFAULT_QUIET_HOURS;
  if (raw === 'none') return { start: '00:00', end: '00:00' };
  const match = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(raw);
  if (!match) throw new ConfigError(name, 'must be a local time window like 21:00-08:00, or none');
  return { start: `${match[1]}:${match[2]}`, end: `${match[3]}:${match[4]}` };
}

/** The database part alone, for commands that need nothing else (migrations, the TypeORM CLI). */
export function parseDatabaseConfig(env: Env): Pick<AppConfig, 'databaseUrl' | 'databasePoolSize'> {
  return {
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: readInteger(env, 'DATABASE_POOL_SIZE', { min: 1, max: 200, fallback: 10 }),
  };
}

function isWithin(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  const outside = fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder);
  return !outside;
}

const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

function readTrustProxy(env: Env, name: string): boolean | number | readonly string[] {
  const value = (env[name] ?? '').trim();
  if (value === '') return ['loopback'];
  if (value === 'none') return false;
  if (/^\d+$/.test(value)) return readInteger(env, name, { min: 1, max: 10, fallback: 1 });
  const entries = value.split(',').map((entry) => entry.trim());
  if (!entries.every((entry) => PROXY_ENTRY.test(entry))) {
    throw new ConfigError(
      name,
      'must be `none`, a hop count, or a comma-separated list of addresses, CIDR ranges, `loopback`, `linklocal` or `uniquelocal`',
    );
  }
  return entries;
}

function readUrl(env: Env, name: string, protocols: string[], fallback?: string): string {
  const value = env[name] || fallback;
  if (!value) throw new ConfigError(name, 'is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return value;
}

function readInteger(
  env: Env,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer between ${min} and ${max}`);
  }
  return value;
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of: ${choices.join(', ')}`);
  }
  return raw as T;
}
