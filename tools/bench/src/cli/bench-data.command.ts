// `pnpm bench:data [--scale 1] [--seed passerelle] [--as-of YYYY-MM-DD]`: (re)creates the benchmark
// database, migrates it with the API's migrations and loads the national-scale dataset, printing how long
// each phase took and what was written.
import { StackError } from '@passerelle/devstack/src/process-utils';
import { generateDataset, type DatasetReport } from '../load/load-dataset';
import { benchDatabaseName, recreateMigratedDatabase, startBenchServer } from './bench-database';

interface BenchDataArguments {
  readonly scale: number;
  readonly seed: string;
  readonly asOf: Date;
}

function parseBenchDataArguments(args: readonly string[]): BenchDataArguments {
  const valueOf = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index === -1 ? undefined : args[index + 1];
  };
  const scale = Number(valueOf('--scale') ?? '1');
  if (!(scale > 0 && scale <= 10))
    throw new StackError('--scale takes a number in (0, 10], e.g. 0.01 for a smoke run');
  const asOfText = valueOf('--as-of');
  // By default the data is as of today, so that due dates and expiries look current when it is browsed.
  const asOf = asOfText ? new Date(`${asOfText}T00:00:00Z`) : new Date();
  if (Number.isNaN(asOf.getTime())) throw new StackError('--as-of takes a date, YYYY-MM-DD');
  return { scale, seed: valueOf('--seed') ?? 'passerelle', asOf };
}

function printReport(report: DatasetReport): void {
  console.log('\nWritten:');
  for (const [name, count] of Object.entries(report.counts)) {
    console.log(`  ${name.padEnd(20)} ${count.toLocaleString('en').padStart(14)}`);
  }
  console.log(`\nLoaded in ${report.totalSeconds.toFixed(1)} s.`);
}

async function main(): Promise<void> {
  const options = parseBenchDataArguments(process.argv.slice(2));
  const database = benchDatabaseName();
  const server = await startBenchServer((line) => console.log(line));
  try {
    const started = Date.now();
    console.log(`Recreating and migrating the database "${database}"…`);
    const databaseUrl = await recreateMigratedDatabase(server.serverUrl, database);
    console.log(
      `Generating the dataset at scale ${options.scale} (seed "${options.seed}", as of ${options.asOf.toISOString().slice(0, 10)})…`,
    );
    const report = await generateDataset({ ...options, databaseUrl, log: (line) => console.log(line) });
    printReport(report);
    console.log(
      `Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s, migrations included: ${database}`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StackError ? `Error: ${error.message}` : error);
  process.exit(1);
});
