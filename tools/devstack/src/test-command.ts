import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startBackingServices } from './backing-services';
import { ensureOsExecutable } from './os-packages';
import { JEST_BIN, PRETTIER_BIN, PROJECT_ROOT, TURBO_BIN, WEB_DIST } from './paths';
import { prepareDatabase, startProduct } from './product';
import { findFreePort, run, StackError } from './process-utils';
import { Shutdown } from './shutdown';
import { turboEnv } from './turbo-env';

/** The Jest projects, in the order a reader expects them. */
const PROJECTS = ['domain', 'api', 'web', 'e2e', 'bench'] as const;
type Project = (typeof PROJECTS)[number];

/** Name of the migrated database that integration specs clone, one copy per spec file. */
export const TEMPLATE_DATABASE = 'passerelle_template';

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numRuntimeErrorTestSuites: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

/** How many of the slowest spec files the summary names, so that the suite's time stays watched. */
const SLOWEST_SHOWN = 8;

/**
 * `npm test`: format check, lint and typecheck, build, then every Jest project in one run against a
 * throw-away PostgreSQL cluster, Redis and SMTP sink (never the developer's data), and the started product
 * for the browser specs. Ends with the line `N passed, N failed`.
 */
export async function testCommand(args: string[]): Promise<void> {
  const projects = selectProjects(args);
  const skipChecks = args.includes('--skip-checks');
  if (!skipChecks) {
    console.log('Checking format, lint and types…');
    await run(PRETTIER_BIN, ['--check', '--log-level=warn', '.'], { cwd: PROJECT_ROOT });
    await run(TURBO_BIN, ['run', 'lint', 'typecheck', '--output-logs=errors-only'], {
      cwd: PROJECT_ROOT,
      env: turboEnv(),
    });
  }
  // The benchmark project's smoke generates data into a database of the test cluster.
  const needsStack = projects.includes('api') || projects.includes('e2e') || projects.includes('bench');
  if (needsStack) {
    // Without the browser specs or the web budgets (bench), the web app's bundle is not needed: only the API
    // and what it builds on.
    const needsWebBundle = projects.includes('e2e') || projects.includes('bench');
    const buildScope = needsWebBundle ? [] : ['--filter=@passerelle/api...'];
    await run(TURBO_BIN, ['run', 'build', ...buildScope, '--output-logs=errors-only'], {
      cwd: PROJECT_ROOT,
      env: turboEnv(),
    });
  }
  // The API's PDF specs read the PDFs back as a reader would: text with pdftotext, pages with pdftoppm.
  if (projects.includes('api')) {
    ensureOsExecutable(
      'pdftotext',
      'poppler-utils',
      'install poppler-utils (Debian/Ubuntu: `sudo apt-get install poppler-utils`)',
    );
  }
  const chromium = projects.includes('e2e')
    ? ensureOsExecutable(
        'chromium',
        'chromium',
        'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`)',
      )
    : undefined;

  const stateDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  const shutdown = new Shutdown();
  shutdown.add(async () => rmSync(stateDir, { recursive: true, force: true }));
  try {
    const env = needsStack ? await startTestStack(stateDir, projects, shutdown) : {};
    const summary = await runJest(
      projects,
      pathPatternOf(args),
      { ...env, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) },
      stateDir,
    );
    printSummary(summary);
    if (summary.testResults.length === 0) throw new StackError('no spec file matches the selection');
    if (summary.numFailedTests > 0 || summary.numRuntimeErrorTestSuites > 0) process.exitCode = 1;
  } finally {
    await shutdown.run();
  }
}

function selectProjects(args: string[]): Project[] {
  const onlyIndex = args.indexOf('--only');
  if (onlyIndex === -1) return [...PROJECTS];
  const wanted = (args[onlyIndex + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((name) => !(PROJECTS as readonly string[]).includes(name));
  if (wanted.length === 0 || unknown.length > 0) {
    throw new StackError(`--only takes a comma-separated list of: ${PROJECTS.join(', ')}`);
  }
  return wanted as Project[];
}

async function startTestStack(
  stateDir: string,
  projects: Project[],
  shutdown: Shutdown,
): Promise<Record<string, string>> {
  const services = await startBackingServices({
    stateDir,
    database: 'passerelle_e2e',
    persistent: false,
    overrides: {},
    log: (line) => console.log(line),
  });
  shutdown.add(() => services.stop());
  const postgres = services.postgres!;
  await postgres.ensureDatabase(TEMPLATE_DATABASE);
  // Uploaded files of the test run stay in its throw-away folder, never in the developer's .data/files.
  const filesDir = join(stateDir, 'files');
  const commonEnv = {
    NODE_ENV: 'test',
    REDIS_URL: services.redisUrl,
    SMTP_URL: services.smtpUrl,
    FILE_STORAGE_DIR: join(filesDir, 'product'),
    LOG_LEVEL: 'warn',
  };
  await prepareDatabase(
    { ...commonEnv, DATABASE_URL: postgres.urlFor(TEMPLATE_DATABASE) },
    { demoData: false },
  );
  const env: Record<string, string> = {
    TEST_DATABASE_SERVER_URL: postgres.serverUrl,
    TEST_DATABASE_TEMPLATE: TEMPLATE_DATABASE,
    TEST_REDIS_URL: services.redisUrl,
    // Each integration spec that uploads makes its own folder under this one.
    TEST_FILE_STORAGE_DIR: join(filesDir, 'specs'),
  };
  if (projects.includes('e2e')) {
    const port = await findFreePort();
    const productEnv = {
      ...commonEnv,
      DATABASE_URL: services.databaseUrl,
      PUBLIC_URL: `http://localhost:${port}`,
      WEB_DIST_DIR: WEB_DIST,
      MAIL_SINK_DIR: services.mailDir!,
      // The browser specs read the mails the product sends (the inbox digest) whatever the hour they run at.
      REMINDER_QUIET_HOURS: 'none',
    };
    await prepareDatabase(productEnv, { demoData: true });
    const product = await startProduct(productEnv, { logDir: join(stateDir, 'logs'), port });
    shutdown.add(() => product.stop());
    Object.assign(env, { E2E_BASE_URL: product.url, E2E_MAIL_DIR: services.mailDir! });
  }
  return env;
}

/** `--path <regex>`: only the spec files whose path matches (a developer's loop on one feature). */
function pathPatternOf(args: string[]): string | undefined {
  const index = args.indexOf('--path');
  if (index === -1) return undefined;
  const pattern = args[index + 1];
  if (!pattern) throw new StackError('--path takes a regular expression matched against spec file paths');
  return pattern;
}

/**
 * API spec files that mostly wait (a scaled mail server's delays, BullMQ's timers, a worker killed and
 * restarted): they run in the browser lane, beside the CPU-bound specs rather than in their queue.
 */
const WAITING_API_SPECS = '/apps/api/test/reminders?[-.][^/]*$';

/** A Jest run of its own: the projects it selects, the spec paths it leaves to the other lane, in band or not. */
interface Lane {
  projects: Project[];
  ignoredPaths: string[];
  inBand: boolean;
}

/**
 * Two lanes run side by side, each on about half of the suite's time (ADR 0003). The browser lane runs one
 * file at a time, since the browser specs share one started product and its demo data; it also takes the
 * files that mostly wait (the load-run smoke tests of the bench, the reminder specs). The other lane takes
 * the CPU-bound specs with Jest's default workers (one per core but one): on two cores, a second worker
 * beside the browser lane made every file slower, not the run shorter.
 */
function lanesOf(projects: Project[]): Lane[] {
  const waiting: Lane = {
    projects: projects.filter((project) => project === 'e2e' || project === 'bench' || project === 'api'),
    // Of the API's specs, only the waiting ones (a negative look-ahead: every other API path is ignored).
    ignoredPaths: ['/node_modules/', `/apps/api/(?!${WAITING_API_SPECS.slice('/apps/api/'.length)})`],
    inBand: true,
  };
  const busy: Lane = {
    projects: projects.filter((project) => project === 'domain' || project === 'api' || project === 'web'),
    ignoredPaths: ['/node_modules/', WAITING_API_SPECS],
    inBand: false,
  };
  return [busy, waiting].filter((lane) => lane.projects.length > 0);
}

async function runJest(
  projects: Project[],
  pathPattern: string | undefined,
  env: Record<string, string>,
  stateDir: string,
): Promise<JestSummary> {
  const summaries = await Promise.all(
    lanesOf(projects).map((lane, index) =>
      runJestLane(lane, pathPattern, env, join(stateDir, `jest-results-${index}.json`)),
    ),
  );
  return mergeSummaries(summaries);
}

async function runJestLane(
  lane: Lane,
  pathPattern: string | undefined,
  env: Record<string, string>,
  resultFile: string,
): Promise<JestSummary> {
  await run(
    JEST_BIN,
    [
      '--config',
      join(PROJECT_ROOT, 'jest.config.js'),
      ...lane.projects.flatMap((project) => ['--selectProjects', project]),
      ...(pathPattern ? ['--testPathPatterns', pathPattern] : []),
      ...lane.ignoredPaths.flatMap((ignored) => ['--testPathIgnorePatterns', ignored]),
      ...(lane.inBand ? ['--runInBand'] : []),
      // A pattern that matches nothing in one lane is not a failure: the other lane may have its specs.
      '--passWithNoTests',
      '--json',
      `--outputFile=${resultFile}`,
    ],
    { cwd: PROJECT_ROOT, env: { ...process.env, ...env } },
  ).catch((error: unknown) => {
    // Jest exits non-zero when a test fails; the summary below says how many. Only a missing report is fatal.
    if (!existsSync(resultFile)) throw error;
  });
  return JSON.parse(readFileSync(resultFile, 'utf8')) as JestSummary;
}

function mergeSummaries(summaries: JestSummary[]): JestSummary {
  const sum = (field: Exclude<keyof JestSummary, 'testResults'>) =>
    summaries.reduce((total, summary) => total + summary[field], 0);
  return {
    numPassedTests: sum('numPassedTests'),
    numFailedTests: sum('numFailedTests'),
    numPendingTests: sum('numPendingTests'),
    numRuntimeErrorTestSuites: sum('numRuntimeErrorTestSuites'),
    testResults: summaries.flatMap((summary) => summary.testResults),
  };
}

function printSummary(summary: JestSummary): void {
  const slowest = [...summary.testResults]
    .map((result) => ({
      file: relative(PROJECT_ROOT, result.name),
      seconds: (result.endTime - result.startTime) / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, SLOWEST_SHOWN);
  if (slowest.length > 1) {
    console.log('\nSlowest spec files:');
    for (const { file, seconds } of slowest) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
  }
  const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  const skipped = summary.numPendingTests > 0 ? ` (${summary.numPendingTests} skipped)` : '';
  console.log(`\n${summary.numPassedTests} passed, ${failed} failed${skipped}`);
}
