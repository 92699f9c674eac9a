// `pnpm bench` (tools/bench): the API benchmark at national scale. Makes sure the benchmark database holds
// the generated dataset (generating it if not), starts the built API on it with its own Redis, and a raw
// `pg` baseline server running the same SQL; then, with 32 connections, a warm-up and a measured window per
// endpoint: the largest authority's dashboard, partnership pages, directory searches, and two writes. Prints
// and writes a report (requests per second, p50/p95/p99, errors, API peak memory, ratio to the baseline).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StackError } from '@passerelle/devstack/src/process-utils';
import { startLocalRedis } from '@passerelle/devstack/src/redis';
import { Client } from 'pg';
import { renderReport, runApiBenchmark, type BenchmarkOptions } from '../api-bench/api-benchmark';
import { targetsAt } from '../dataset/dataset-targets';
import { generateDataset } from '../load/load-dataset';
import {
  applyMigrations,
  BENCH_STATE_DIR,
  benchDatabaseName,
  recreateMigratedDatabase,
  startBenchServer,
} from './bench-database';

/** Beside the benchmark cluster (git-ignored): docs/benchmarks.md quotes the figures of a real run. */
const REPORT_FILE = join(BENCH_STATE_DIR, 'api-benchmark.md');

function parseOptions(args: readonly string[]): BenchmarkOptions {
  const valueOf = (flag: string, fallback: string) => {
    const index = args.indexOf(flag);
    return Number(index === -1 ? fallback : args[index + 1]);
  };
  const options = {
    scale: valueOf('--scale', '1'),
    connections: valueOf('--connections', '32'),
    warmUpSeconds: valueOf('--warm-up', '5'),
    seconds: valueOf('--seconds', '20'),
  };
  for (const [name, value] of Object.entries(options)) {
    if (!(value > 0)) throw new StackError(`--${name} takes a positive number`);
  }
  const only = args.indexOf('--only');
  return only === -1 ? options : { ...options, only: (args[only + 1] ?? '').split(',').filter(Boolean) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const database = benchDatabaseName();
  const stops: Array<() => Promise<void>> = [];
  try {
    const server = await startBenchServer((line) => console.log(line));
    stops.push(() => server.stop());
    const databaseUrl = await ensureDataset(server.serverUrl, database, options.scale);
    mkdirSync(BENCH_STATE_DIR, { recursive: true });
    const redis = await startLocalRedis({});
    stops.push(() => redis.stop());
    const run = await runApiBenchmark({
      databaseUrl,
      redisUrl: redis.url,
      workDir: BENCH_STATE_DIR,
      options,
      log: (line) => console.log(line),
    });
    const report = renderReport(run.results, run.subjects, options, run.apiPeakMiB);
    writeFileSync(REPORT_FILE, report);
    console.log(`\n${report}\nReport written to ${REPORT_FILE}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** The generated dataset at this scale, generated first when the database is missing or smaller. */
async function ensureDataset(serverUrl: string, database: string, scale: number): Promise<string> {
  const databaseUrl = `${serverUrl}/${encodeURIComponent(database)}`;
  const wanted = targetsAt(scale).partnerships;
  const present = await countPartnerships(serverUrl, database);
  if (present === wanted) {
    await applyMigrations(databaseUrl);
    return databaseUrl;
  }
  console.log(
    `The benchmark database holds ${present ?? 'no'} partnerships, not ${wanted}: generating it (scale ${scale})…`,
  );
  await recreateMigratedDatabase(serverUrl, database);
  await generateDataset({
    databaseUrl,
    scale,
    seed: 'passerelle',
    asOf: new Date(),
    log: (line) => console.log(line),
  });
  return databaseUrl;
}

async function countPartnerships(serverUrl: string, database: string): Promise<number | undefined> {
  const client = new Client({ connectionString: `${serverUrl}/${encodeURIComponent(database)}` });
  try {
    await client.connect();
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM partnership');
    return Number(result.rows[0]?.n);
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StackError ? `Error: ${error.message}` : error);
  process.exit(1);
});
