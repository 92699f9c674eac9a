// The baseline of the API benchmark: a bare Node HTTP server that runs the same SQL as each measured API
// read, through `pg` directly, with a pool as large as the API's. No framework, no session, no domain, a
// tiny answer: what is left is what the database and the driver cost. Started by the benchmark as its own
// process (`PORT`, `DATABASE_URL`); the API's figures are then read as a ratio of these.
import { createServer, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

/** The SQL the API's portfolio runs (visible partnerships, then `loadMany`'s three queries, then home). */
async function portfolio(organisationId: string): Promise<number> {
  const visible = await pool.query<{ id: string }>(
    `SELECT partnership.id FROM partnership
     INNER JOIN partnership_party own_party
       ON own_party.partnership_id = partnership.id AND own_party.organisation_id = $1
     ORDER BY partnership.created_at DESC LIMIT 2000`,
    [organisationId],
  );
  const ids = visible.rows.map((row) => row.id);
  const loaded = await loadMany(ids);
  await pool.query('SELECT * FROM organisation WHERE id = $1 LIMIT 1', [organisationId]);
  return loaded;
}

/** The SQL of a partnership page: the tenancy check, then the repository's three queries. */
async function assessment(organisationId: string, partnershipId: string): Promise<number> {
  await pool.query(
    'SELECT * FROM partnership_party WHERE partnership_id = $1 AND organisation_id = $2 LIMIT 1',
    [partnershipId, organisationId],
  );
  return loadMany([partnershipId]);
}

async function loadMany(ids: readonly string[]): Promise<number> {
  const rows = await pool.query('SELECT * FROM partnership WHERE id = ANY($1)', [ids]);
  const parties = await pool.query<{ organisation_id: string }>(
    'SELECT * FROM partnership_party WHERE partnership_id = ANY($1) ORDER BY joined_at ASC',
    [ids],
  );
  await pool.query('SELECT * FROM organisation WHERE id = ANY($1)', [
    [...new Set(parties.rows.map((party) => party.organisation_id))],
  ]);
  return rows.rowCount ?? 0;
}

/** The directory search as the API builds it: listed authorities, optional filters, name order, a page. */
async function directory(query: URLSearchParams): Promise<number> {
  const conditions = ['directory_listed'];
  const values: unknown[] = [];
  const country = query.get('country');
  const theme = query.get('theme');
  const text = query.get('q');
  if (country) {
    values.push(country.toUpperCase());
    conditions.push(`country_code = $${values.length}`);
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
  const work =
    url.pathname === '/portfolio'
      ? portfolio(organisationId)
      : url.pathname === '/assessment'
        ? assessment(organisationId, url.searchParams.get('partnershipId') ?? '')
        : url.pathname === '/directory'
          ? directory(url.searchParams)
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
