import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@passerelle/api/test/support/test-database';
import { Client } from 'pg';
import { runApiBenchmark, type BenchmarkRun } from '../src/api-bench/api-benchmark';
import { restorePristinePartnerships } from '../src/api-bench/pristine-partnerships';
import { generateDataset } from '../src/load/load-dataset';

// Starting the built API and the baseline, then a second of load per endpoint (no warm-up): past five seconds.
jest.setTimeout(180_000);

const SCALE = 0.005;

/**
 * The API benchmark of `pnpm bench`, run for a second per endpoint on smoke-scale data, so that the harness
 * cannot rot: the built API and the baseline start, sign-ins work, and every measured request of every
 * endpoint — reads and writes, with their version checks — succeeds. Speed is for `pnpm bench`, never here.
 */
describe('API benchmark (smoke run)', () => {
  let database: TestDatabase;
  let workDir: string;
  let run: BenchmarkRun;

  beforeAll(async () => {
    const redisUrl = process.env.TEST_REDIS_URL;
    if (!redisUrl) throw new Error('TEST_REDIS_URL is not set: run the specs through `npm test`.');
    database = await createTestDatabase();
    workDir = mkdtempSync(join(tmpdir(), 'passerelle-api-bench-'));
    await generateDataset({ databaseUrl: database.url, scale: SCALE, seed: 'smoke', asOf: new Date() });
    run = await runApiBenchmark({
      databaseUrl: database.url,
      redisUrl,
      workDir,
      queuePrefix: `{bench-${randomBytes(4).toString('hex')}}`,
      options: { scale: SCALE, connections: 2, warmUpSeconds: 0, seconds: 1 },
    });
  });

  afterAll(async () => {
    await database?.drop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('measures every endpoint, reads and writes, without a single failed request', () => {
    expect(run.results.map((result) => result.scenario.kind)).toEqual([
      'read',
      'read',
      'read',
      'read',
      'read',
      // An exchange, the same on a few partnerships before and after their history grows, a measurement.
      'write',
      'write',
      'write',
      'write',
    ]);
    for (const { scenario, api } of run.results) {
      expect({ endpoint: scenario.name, errors: api.errors }).toEqual({ endpoint: scenario.name, errors: 0 });
      expect(api.requests).toBeGreaterThan(0);
    }
  });

  it('runs the same SQL through the baseline server for every read and the measurement', () => {
    const compared = run.results.filter(
      (result) => result.scenario.kind === 'read' || result.baseline !== undefined,
    );
    expect(compared.some((result) => result.scenario.kind !== 'read')).toBe(true);
    for (const { scenario, baseline } of compared) {
      expect({ endpoint: scenario.name, errors: baseline?.errors }).toEqual({
        endpoint: scenario.name,
        errors: 0,
      });
      expect(baseline?.requests).toBeGreaterThan(0);
    }
  });

  it('reads the API process’s peak memory', () => {
    expect(run.apiPeakMiB).toBeGreaterThan(0);
  });

  it('puts the partnerships the run wrote to back in their generated state for the next run', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const written = run.subjects.portfolio.map((partnership) => partnership.id);
      const before = await client.query<{ id: string; version: number }>(
        'SELECT id, version FROM partnership WHERE id = ANY($1::uuid[])',
        [written],
      );
      expect(await restorePristinePartnerships(client)).toBeGreaterThan(0);
      const differing = await client.query(
        `SELECT partnership.id FROM partnership JOIN bench_pristine_partnership_status pristine
           ON pristine.partnership_id = partnership.id WHERE partnership.status <> pristine.status`,
      );
      expect(differing.rows).toEqual([]);
      // The exchanges and measurements the run appended are gone; the generated ones stay.
      const appended = await client.query<{ n: string }>(
        `SELECT (SELECT count(*) FROM dialogue_exchange WHERE recorded_by_user_id IS NOT NULL)
              + (SELECT count(*) FROM indicator_measurement WHERE recorded_by_user_id IS NOT NULL) AS n`,
      );
      expect(Number(appended.rows[0]?.n)).toBe(0);
      const after = await client.query<{ id: string; version: number }>(
        'SELECT id, version FROM partnership WHERE id = ANY($1::uuid[])',
        [written],
      );
      const versionBefore = new Map(before.rows.map((row) => [row.id, row.version]));
      for (const row of after.rows) expect(row.version).toBeGreaterThanOrEqual(versionBefore.get(row.id)!);
      expect(await restorePristinePartnerships(client)).toBe(0);
    } finally {
      await client.end();
    }
  });
});
