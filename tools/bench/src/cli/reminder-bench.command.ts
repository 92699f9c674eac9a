// `pnpm bench` (tools/bench), after the API and web benchmarks: the reminders benchmark (see
// docs/benchmarks.md, "Reminders"). Its own throw-away database in the bench cluster and its own Redis.
// `--reminders N` (default 100000) and `--concurrency C` (REMINDER_CONCURRENCY, default 5).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StackError } from '@passerelle/devstack/src/process-utils';
import { startLocalRedis } from '@passerelle/devstack/src/redis';
import { renderReminderReport, runReminderBenchmark } from '../reminder-bench/reminder-benchmark';
import { BENCH_STATE_DIR, recreateMigratedDatabase, startBenchServer } from './bench-database';

const REMINDER_DATABASE = 'passerelle_bench_reminders';
const REPORT_FILE = join(BENCH_STATE_DIR, 'reminder-benchmark.md');

function option(args: readonly string[], flag: string, fallback: number): number {
  const index = args.indexOf(flag);
  const value = index === -1 ? fallback : Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new StackError(`${flag} takes a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = {
    reminders: option(args, '--reminders', 100_000),
    concurrency: option(args, '--concurrency', 5),
  };
  const stops: Array<() => Promise<void>> = [];
  try {
    const server = await startBenchServer((line) => console.log(line));
    stops.push(() => server.stop());
    mkdirSync(BENCH_STATE_DIR, { recursive: true });
    const databaseUrl = await recreateMigratedDatabase(server.serverUrl, REMINDER_DATABASE);
    const redis = await startLocalRedis({});
    stops.push(() => redis.stop());
    const result = await runReminderBenchmark({
      databaseUrl,
      redisUrl: redis.url,
      options,
      log: (line) => console.log(line),
    });
    const report = renderReminderReport(result);
    writeFileSync(REPORT_FILE, report);
    console.log(`\n${report}\nReport written to ${REPORT_FILE}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StackError ? `Error: ${error.message}` : error);
  process.exit(1);
});
