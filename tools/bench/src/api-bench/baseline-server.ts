// The baseline of the API benchmark: a bare Node HTTP server that runs the same SQL as each measured API
// read, through `pg` directly, with a pool as large as the API's: the session lookup every signed-in
// request makes, then the endpoint's own statements. No framework, no domain, a tiny answer: what is left
// is what the database and the driver cost. Started by the benchmark as its own process (`PORT`,
// `DATABASE_URL`); the API's figures are then read as a ratio of these.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LIVE_SESSION_SQL } from '@passerelle/api/src/auth/session-lookup';
import {
  PORTFOLIO_HOME_SQL,
  PORTFOLIO_SQL,
  STORED_ASSESSMENT_SQL,
} from '@passerelle/api/src/lifecycle/summary-statements';
import {
  ACTION_OF_PARTNERSHIP_SQL,
  LOCK_FOR_APPEND_SQL,
} from '@passerelle/api/src/lifecycle/partnership-statements';
import { UNREAD_COUNT_SQL } from '@passerelle/api/src/notifications/notification-statements';
import { ActionRecordsRepository } from '@passerelle/api/src/partnership-records/action-records.repository';
import { DialogueExchangeRepository } from '@passerelle/api/src/partnership-records/dialogue-exchange.repository';
import { PartnershipRepository } from '@passerelle/api/src/lifecycle/partnership.repository';
import { ReminderScheduler } from '@passerelle/api/src/reminders/reminder-scheduler';
import { SystemClock } from '@passerelle/api/src/common/clock/clock';
import { parseReminderSettings } from '@passerelle/api/src/config/app-config';
import { Pool, type PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** The appended tables' statements, as the API runs them. */
const measurements = new ActionRecordsRepository().measurements;

/** The statements that keep a partnership's reminders in line, as the API runs them, with its settings. */
const partnerships = new PartnershipRepository();
const exchanges = new DialogueExchangeRepository().appends;
const scheduler = new ReminderScheduler(new SystemClock(), { reminders: parseReminderSettings(process.env) });

/**
 * A `pg` client seen as the one thing the API's repositories ask of TypeORM's manager, `query`: each
 * statement goes straight to the driver, the rows come back as they are. With no query runner, the
 * scheduler notes no delivery jobs: the baseline leaves Redis out.
 */
function managerOf(client: PoolClient): EntityManager {
  const manager = {
    query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows,
  };
  return manager as unknown as EntityManager; // only `query` is ever called on it
}

/** The signed-in user and their organisation. */
interface SessionUser {
  readonly userId: string;
  readonly organisationId: string;
}

/** The session lookup of the API's session guard (its very statement), from the request's session cookie. */
async function session(request: IncomingMessage): Promise<SessionUser> {
  const token = /(?:^|; )passerelle_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
  const found = await pool.query(LIVE_SESSION_SQL, [
    createHash('sha256').update(decodeURIComponent(token)).digest('hex'),
  ]);
  const row = found.rows[0] as { user_id?: string; organisation_id?: string } | undefined;
  if (!row?.user_id || !row.organisation_id)
    throw new Error('no live session: the benchmark sends the signed-in cookie');
  return { userId: row.user_id, organisationId: row.organisation_id };
}

/**
 * The SQL of an appended measurement (its very statements, in one transaction): the partnership locked, the
 * action the measurement is checked against, then the row inserted with its audit row. No domain check, no
 * framework: what is left is what the database and the driver cost a write.
 */
async function measurement(user: SessionUser, query: URLSearchParams): Promise<number> {
  const partnershipId = query.get('partnershipId') ?? '';
  const actionId = query.get('actionId') ?? '';
  const indicatorId = query.get('indicatorId') ?? '';
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(LOCK_FOR_APPEND_SQL, [partnershipId, user.organisationId]);
    await client.query(ACTION_OF_PARTNERSHIP_SQL, [partnershipId, actionId]);
    const by = {
      partnershipId,
      organisationId: user.organisationId,
      userId: user.userId,
      idempotencyKey: null,
      requestHash: null,
    };
    const record = {
      actionId,
      indicatorId,
      measurement: {
        on: query.get('on') ?? '',
        value: Number(query.get('value')),
        recordedBy: user.organisationId,
        breakdown: [],
        evidenceIds: [],
      },
    };
    const audit = [
      {
        organisationId: user.organisationId,
        actorUserId: user.userId,
        entityType: 'partnership',
        entityId: partnershipId,
        action: 'lifecycle.MeasurementRecorded',
        changes: { indicatorId: { before: null, after: indicatorId } },
        requestId: null,
      },
    ];
    const inserted = await client.query(measurements.insertSql, measurements.parametersOf(by, record, audit));
    await client.query('COMMIT');
    return inserted.rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The SQL of a logged exchange (its very statements, in one transaction): the partnership locked, the row
 * inserted with its audit row, then the reminders rescheduled — the situation they are computed from read,
 * the partnership's reminder rows read, the new ones inserted and the obsolete ones cancelled. The schedule
 * itself is the domain's (the statements depend on it); no framework, no validation, no Redis.
 */
async function exchange(user: SessionUser, query: URLSearchParams): Promise<number> {
  const partnershipId = query.get('partnershipId') ?? '';
  const client = await pool.connect();
  const manager = managerOf(client);
  try {
    await client.query('BEGIN');
    await client.query(LOCK_FOR_APPEND_SQL, [partnershipId, user.organisationId]);
    const by = {
      partnershipId,
      organisationId: user.organisationId,
      userId: user.userId,
      idempotencyKey: null,
      requestHash: null,
    };
    const record = {
      id: randomUUID(),
      audience: 'technicians' as const,
      occurredAt: new Date(query.get('occurredAt') ?? Date.now()),
      channel: 'in_person' as const,
      participants: [],
      summary: 'Point d’étape du benchmark',
      decisions: ['Prochain point dans un mois'],
      recordedBy: user.organisationId,
    };
    const audit = [
      {
        organisationId: user.organisationId,
        actorUserId: user.userId,
        entityType: 'partnership',
        entityId: partnershipId,
        action: 'lifecycle.DialogueEventRecorded',
        changes: { eventId: { before: null, after: record.id } },
        requestId: null,
      },
    ];
    const inserted = await client.query(exchanges.insertSql, exchanges.parametersOf(by, record, audit));
    await scheduler.schedule(manager, await partnerships.loadReminderSituation(manager, partnershipId));
    await client.query('COMMIT');
    return inserted.rowCount ?? 0;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The SQL the API's portfolio runs when every summary is current (its very statements, as at once): the
 * visible partnerships with their parties, their stored summaries' state and the reader's rows, and the
 * home country.
 */
async function portfolio(organisationId: string): Promise<number> {
  const [visible] = await Promise.all([
    pool.query(PORTFOLIO_SQL, [organisationId]),
    pool.query(PORTFOLIO_HOME_SQL, [organisationId]),
  ]);
  return visible.rowCount ?? 0;
}

/**
 * The SQL of a partnership page whose stored assessment is current: the tenancy check, the partnership,
 * its stored summary and assessment, and its parties' organisation versions, in one statement.
 */
async function assessment(organisationId: string, partnershipId: string): Promise<number> {
  const rows = await pool.query(STORED_ASSESSMENT_SQL, [partnershipId, organisationId]);
  return rows.rowCount ?? 0;
}

/** The unread count of the notification bell: the cheapest signed-in read, the framework's floor. */
async function unreadCount(userId: string): Promise<number> {
  const result = await pool.query<{ unread: number }>(UNREAD_COUNT_SQL, [userId]);
  return result.rows[0]?.unread ?? 0;
}

/** The directory search as the API builds it: listed authorities, the same filters, name order, a page. */
async function directory(query: URLSearchParams): Promise<number> {
  const conditions = ['directory_listed'];
  const values: unknown[] = [];
  const country = query.get('country');
  const kind = query.get('kind');
  const language = query.get('language');
  const theme = query.get('theme');
  const text = query.get('q');
  if (country) {
    values.push(country.toUpperCase());
    conditions.push(`country_code = $${values.length}`);
  }
  if (kind) {
    values.push(kind);
    conditions.push(`kind = $${values.length}`);
  }
  if (language) {
    values.push(language);
    conditions.push(`$${values.length} = ANY(languages)`);
  }
  if (theme) {
    values.push(theme);
    conditions.push(
      `(themes_offered @> ARRAY[$${values.length}] OR themes_sought @> ARRAY[$${values.length}])`,
    );
  }
  if (text) {
    values.push(`%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
    conditions.push(`(name ILIKE $${values.length} OR directory_summary ILIKE $${values.length})`);
  }
  const result = await pool.query(
    `SELECT * FROM organisation WHERE ${conditions.join(' AND ')} ORDER BY name ASC, id ASC LIMIT 51`,
    values,
  );
  return result.rowCount ?? 0;
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://baseline');
  const organisationId = url.searchParams.get('organisationId') ?? '';
  const route =
    url.pathname === '/unread-count'
      ? (user: SessionUser) => unreadCount(user.userId)
      : url.pathname === '/portfolio'
        ? () => portfolio(organisationId)
        : url.pathname === '/assessment'
          ? () => assessment(organisationId, url.searchParams.get('partnershipId') ?? '')
          : url.pathname === '/directory'
            ? () => directory(url.searchParams)
            : url.pathname === '/measurement' && request.method === 'POST'
              ? (user: SessionUser) => measurement(user, url.searchParams)
              : url.pathname === '/exchange' && request.method === 'POST'
                ? (user: SessionUser) => exchange(user, url.searchParams)
                : undefined;
  // `/ready` only tells the benchmark that the server and its pool are up.
  const work =
    url.pathname === '/ready'
      ? pool.query('SELECT 1').then(() => 0)
      : route
        ? session(request).then(route)
        : Promise.resolve(-1);
  work.then(
    (rows) =>
      rows < 0 ? answer(response, 404, { error: 'unknown route' }) : answer(response, 200, { rows }),
    (error: unknown) => answer(response, 500, { error: String(error) }),
  );
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ listening: typeof address === 'object' && address ? address.port : null }));
});

process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
