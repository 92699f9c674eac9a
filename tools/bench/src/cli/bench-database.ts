import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { API_DIST, DATA_DIR, PROJECT_ROOT } from '@passerelle/devstack/src/paths';
import { startEmbeddedPostgres, quoteIdentifier } from '@passerelle/devstack/src/postgres';
import { run, StackError } from '@passerelle/devstack/src/process-utils';
import { Client } from 'pg';

/** The benchmark database in the bench cluster (or on the server DATABASE_URL points at). */
export const BENCH_DATABASE = 'passerelle_bench';

/** Where the benchmarks' own PostgreSQL cluster lives: apart from the development data in .data/. */
export const BENCH_STATE_DIR = join(DATA_DIR, 'bench');

export interface BenchServer {
  /** URL of the server without a database name. */
  readonly serverUrl: string;
  /** Stops the cluster if this process started it. */
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server the benchmarks use: BENCH_DATABASE_URL's or DATABASE_URL's server when set, else a
 * persistent embedded cluster under .data/bench/ started for the run (and stopped after), so that
 * `pnpm bench:data` needs nothing installed and never touches the development database.
 */
export async function startBenchServer(log: (line: string) => void): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (external) {
    const url = new URL(external);
    url.pathname = '';
    return { serverUrl: url.toString().replace(/\/$/, ''), stop: async () => undefined };
  }
  const release = claimBenchCluster();
  try {
    const postgres = await startEmbeddedPostgres({ stateDir: join(BENCH_STATE_DIR, 'postgres'), log });
    return {
      serverUrl: postgres.serverUrl,
      stop: () => postgres.stop().finally(release),
    };
  } catch (error) {
    release();
    throw error;
  }
}

const CLUSTER_CLAIM_FILE = join(BENCH_STATE_DIR, 'cluster.pid');

/**
 * One benchmark at a time on the embedded cluster: starting it stops a server left on its data folder, so
 * a second run would stop the first one's database in the middle of a measurement. The claim is a file
 * holding the owner's pid, created atomically; a claim whose process is gone is taken over.
 */
function claimBenchCluster(): () => void {
  mkdirSync(BENCH_STATE_DIR, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const file = openSync(CLUSTER_CLAIM_FILE, 'wx');
      writeSync(file, String(process.pid));
      closeSync(file);
      return () => rmSync(CLUSTER_CLAIM_FILE, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(CLUSTER_CLAIM_FILE, 'utf8'));
      if (isAlive(owner)) {
        throw new StackError(
          `another benchmark (pid ${owner}) is using the cluster in ${BENCH_STATE_DIR}: wait for it to end ` +
            'so that neither measures the other',
        );
      }
      rmSync(CLUSTER_CLAIM_FILE, { force: true });
    }
  }
  throw new StackError(`could not claim the benchmark cluster in ${BENCH_STATE_DIR}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The benchmark database's name: BENCH_DATABASE_URL's when set, else passerelle_bench. */
export function benchDatabaseName(): string {
  const explicit = process.env.BENCH_DATABASE_URL;
  const name = explicit ? decodeURIComponent(new URL(explicit).pathname.replace(/^\//, '')) : BENCH_DATABASE;
  // Recreating a database drops it: never one whose name does not say it is for benchmarks.
  if (!/bench/i.test(name))
    throw new StackError(`refusing to recreate "${name}": a benchmark database name must contain "bench"`);
  return name;
}

/** Drops and recreates the database, then applies the API's migrations to it as `npm start` does. */
export async function recreateMigratedDatabase(serverUrl: string, database: string): Promise<string> {
  const maintenance = new Client({ connectionString: `${serverUrl}/postgres` });
  await maintenance.connect();
  try {
    await maintenance.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`);
    await maintenance.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } finally {
    await maintenance.end();
  }
  const databaseUrl = `${serverUrl}/${encodeURIComponent(database)}`;
  await applyMigrations(databaseUrl);
  return databaseUrl;
}

/**
 * Applies the API's pending migrations as `npm start` does: also to a dataset generated before the latest
 * ones (an index, say), so that the API is measured on the schema it ships with.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  const cli = join(API_DIST, 'cli.js');
  if (!existsSync(cli))
    throw new StackError('the API is not built: run `pnpm build` (or `pnpm bench:data`, which builds it)');
  await run(process.execPath, [cli, 'migrate'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
}
