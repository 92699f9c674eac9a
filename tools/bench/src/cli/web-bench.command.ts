// `pnpm bench` (tools/bench), after the API benchmark: the web budgets of the built web app (gzipped JS of
// the initial load and of each lazy route, from the Vite manifest), then the dashboard of the authority with
// the most partnerships opened in a headless Chromium against the generated data. Prints and writes a report;
// exits non-zero when a budget is exceeded. `--budget-only` skips the browser run; `--runs N` (default 5).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StackError } from '@passerelle/devstack/src/process-utils';
import { startLocalRedis } from '@passerelle/devstack/src/redis';
import { renderDashboardReport, measureDashboardInBrowser } from '../web-dashboard/dashboard-in-browser';
import { renderSlowNetworkReport } from '../web-dashboard/slow-network';
import { assessWebBuild } from '../web-budget/read-web-build';
import { renderWebBudgetReport } from '../web-budget/web-budget';
import { BENCH_STATE_DIR, benchDatabaseName, startBenchServer } from './bench-database';

/** Beside the benchmark cluster (git-ignored): docs/benchmarks.md quotes the figures of a real run. */
const REPORT_FILE = join(BENCH_STATE_DIR, 'web-benchmark.md');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex === -1 ? 5 : Number(args[runsIndex + 1]);
  if (!(runs > 0)) throw new StackError('--runs takes a positive number');
  const budget = assessWebBuild();
  const sections = [`## Web budgets\n\n${renderWebBudgetReport(budget)}`];
  const violations = [...budget.violations];
  console.log(sections[0]);
  if (!args.includes('--budget-only')) {
    const stops: Array<() => Promise<void>> = [];
    try {
      const server = await startBenchServer((line) => console.log(line));
      stops.push(() => server.stop());
      mkdirSync(BENCH_STATE_DIR, { recursive: true });
      const redis = await startLocalRedis({});
      stops.push(() => redis.stop());
      const run = await measureDashboardInBrowser({
        databaseUrl: `${server.serverUrl}/${encodeURIComponent(benchDatabaseName())}`,
        redisUrl: redis.url,
        workDir: BENCH_STATE_DIR,
        runs,
        log: (line) => console.log(line),
      });
      sections.push(`## Dashboard in Chromium\n\n${renderDashboardReport(run)}`);
      sections.push(`## A partner on a slow phone connection\n\n${renderSlowNetworkReport(run.slowNetwork)}`);
      console.log(`\n${sections.slice(1).join('\n\n')}`);
      violations.push(...run.slowNetwork.violations);
    } finally {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    }
  }
  mkdirSync(BENCH_STATE_DIR, { recursive: true });
  writeFileSync(REPORT_FILE, `${sections.join('\n\n')}\n`);
  console.log(`\nReport written to ${REPORT_FILE}`);
  if (violations.length > 0) {
    throw new StackError(`web budgets exceeded: ${violations.join('; ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof StackError ? `Error: ${error.message}` : error);
  process.exit(1);
});
