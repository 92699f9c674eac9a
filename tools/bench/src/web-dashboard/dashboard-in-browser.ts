// The dashboard in a headless Chromium, against the generated data: the built API serving the built web app,
// the officer of the authority with the most partnerships signed in, /tableau-de-bord opened one warm-up
// and N measured times. Timings are taken in the page, from its navigation start (performance.now()).
import { join } from 'node:path';
import { API_DIST, PROJECT_ROOT, SERVICE_NODE_ARGS, WEB_DIST } from '@passerelle/devstack/src/paths';
import { findFreePort } from '@passerelle/devstack/src/process-utils';
import { Client } from 'pg';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findFlagshipAuthority, type BenchSubjects } from '../api-bench/bench-subjects';
import { startServerProcess } from '../api-bench/server-process';
import { signInThroughPage } from './sign-in';
import { measureOnSlowNetwork, type SlowNetworkRun } from './slow-network';

export const DASHBOARD_PATH = '/tableau-de-bord';

/** A row of the portfolio table (apps/web/src/features/portfolio/components/portfolio-table.tsx). */
const TABLE_ROW_SELECTOR = 'table.portfolio-table tbody tr';

/** One load of the dashboard, in milliseconds from the navigation start. */
export interface DashboardLoad {
  /** The first frame after the table's rows were in the document (next animation frame, then a task). */
  readonly tableRenderedMs: number;
  readonly rows: number;
  /** Largest contentful paint, when Chromium reported one. */
  readonly lcpMs: number | undefined;
  /** The portfolio request (`/api/portfolio`): when it was sent and when its answer was received. */
  readonly portfolioRequest: { readonly startMs: number; readonly endMs: number } | undefined;
  /** When the page's own HTML was received (responseEnd of the navigation). */
  readonly documentMs: number;
  /** Every request of the page (scripts, styles, API calls), to see what the table waits for. */
  readonly requests: readonly PageRequest[];
}

export interface PageRequest {
  readonly path: string;
  readonly startMs: number;
  readonly endMs: number;
}

export interface DashboardRun {
  readonly flagship: BenchSubjects['flagship'];
  readonly loads: readonly DashboardLoad[];
  /** The partner's pages on a slow phone connection (`slow-network.ts`). */
  readonly slowNetwork: SlowNetworkRun;
}

/**
 * Recorded in every page before its scripts run: when the table's first row appears (then the next frame,
 * an approximation of its paint), and the latest largest-contentful-paint entry. A string, so that the tool
 * does not need the DOM's types.
 */
const TIMING_SCRIPT = `
(() => {
  const timing = { tableRenderedMs: undefined, rows: 0, lcpMs: undefined };
  window.__passerelleDashboardTiming = timing;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(TABLE_ROW_SELECTOR)})) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      timing.rows = document.querySelectorAll(${JSON.stringify(TABLE_ROW_SELECTOR)}).length;
      timing.tableRenderedMs = performance.now();
    }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) timing.lcpMs = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
})();
`;

const READ_TIMING = `
(() => {
  const timing = window.__passerelleDashboardTiming;
  const portfolio = performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === '/api/portfolio')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    tableRenderedMs: timing.tableRenderedMs,
    rows: timing.rows,
    lcpMs: timing.lcpMs ?? null,
    portfolioRequest: portfolio ? { startMs: portfolio.startTime, endMs: portfolio.responseEnd } : null,
    documentMs: navigation ? navigation.responseEnd : 0,
    requests: performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname, startMs: entry.startTime, endMs: entry.responseEnd,
    })),
  };
})()
`;

/** Debian's Chromium, headless, with the flags of e2e/support/browser.ts (closed network, root in a container). */
async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Starts the built API serving the built web app on `databaseUrl`, measures the dashboard, and stops it. */
export async function measureDashboardInBrowser(input: {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly workDir: string;
  readonly runs: number;
  readonly log?: (line: string) => void;
}): Promise<DashboardRun> {
  const log = input.log ?? (() => undefined);
  const client = new Client({ connectionString: input.databaseUrl });
  await client.connect();
  const flagship = await findFlagshipAuthority(client).catch(async (error: unknown) => {
    await client.end();
    throw error;
  });
  const port = await findFreePort();
  const api = await startServerProcess({
    args: [...SERVICE_NODE_ARGS, join(API_DIST, 'main.js')],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: input.databaseUrl,
      REDIS_URL: input.redisUrl,
      QUEUE_PREFIX: '{passerelle-web-bench}',
      // The API only queues mail; no worker runs during the benchmark, so nothing is sent.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: WEB_DIST,
      FILE_STORAGE_DIR: join(input.workDir, 'files'),
    },
    port,
    readyPath: '/api/health',
    logFile: join(input.workDir, 'web-api.log'),
    cwd: PROJECT_ROOT,
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await api.stop();
    await client.end();
    throw error;
  });
  try {
    // The measuring scripts are evaluated in the page, which the app's Content-Security-Policy forbids.
    const context = await browser.newContext({ baseURL: api.url, locale: 'fr-FR', bypassCSP: true });
    await context.addInitScript({ content: TIMING_SCRIPT });
    await signInThroughPage(context, flagship.officerEmail);
    log(`Signed in as ${flagship.officerEmail} (${flagship.partnerships} partnerships); one warm-up load…`);
    await loadDashboard(context);
    const loads: DashboardLoad[] = [];
    for (let run = 1; run <= input.runs; run += 1) {
      const load = await loadDashboard(context);
      log(
        `  run ${run}: table rendered at ${load.tableRenderedMs.toFixed(0)} ms (${load.rows} rows), ` +
          `LCP ${load.lcpMs?.toFixed(0) ?? '—'} ms`,
      );
      loads.push(load);
    }
    log('The partner’s pages on a slow phone connection…');
    const slowNetwork = await measureOnSlowNetwork(browser, api.url, client);
    return { flagship, loads, slowNetwork };
  } finally {
    await browser.close().catch(() => undefined);
    await api.stop();
    await client.end();
  }
}

/** A new tab of the signed-in browser (its HTTP cache warm after the first load) opening the dashboard. */
async function loadDashboard(context: BrowserContext): Promise<DashboardLoad> {
  const page = await context.newPage();
  try {
    await page.goto(DASHBOARD_PATH, { waitUntil: 'commit' });
    await page.waitForFunction(
      'window.__passerelleDashboardTiming?.tableRenderedMs !== undefined',
      undefined,
      {
        timeout: 120_000,
      },
    );
    return parseLoad(await page.evaluate(READ_TIMING));
  } finally {
    await page.close();
  }
}

function parseLoad(value: unknown): DashboardLoad {
  if (typeof value !== 'object' || value === null) throw new Error('no timing read from the page');
  const record = value as Record<string, unknown>;
  const numberAt = (key: string): number => {
    const field = record[key];
    if (typeof field !== 'number') throw new Error(`the page's timing has no number "${key}"`);
    return field;
  };
  const request = record.portfolioRequest as { startMs?: unknown; endMs?: unknown } | null;
  return {
    tableRenderedMs: numberAt('tableRenderedMs'),
    rows: numberAt('rows'),
    lcpMs: typeof record.lcpMs === 'number' ? record.lcpMs : undefined,
    portfolioRequest:
      request && typeof request.startMs === 'number' && typeof request.endMs === 'number'
        ? { startMs: request.startMs, endMs: request.endMs }
        : undefined,
    documentMs: numberAt('documentMs'),
    requests: Array.isArray(record.requests) ? record.requests.filter(isPageRequest) : [],
  };
}

function isPageRequest(value: unknown): value is PageRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  return (
    typeof request.path === 'string' &&
    typeof request.startMs === 'number' &&
    typeof request.endMs === 'number'
  );
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A Markdown summary: medians over the measured loads, and each load. */
export function renderDashboardReport(run: DashboardRun): string {
  const medianOf = (pick: (load: DashboardLoad) => number | undefined) => {
    const values = run.loads.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? '—' : median(values).toFixed(0);
  };
  return [
    `Dashboard (${DASHBOARD_PATH}) of ${run.flagship.officerEmail}, ${run.flagship.partnerships} partnerships; ` +
      `median of ${run.loads.length} loads after a warm-up, ms from navigation start:`,
    '',
    '| table rendered | LCP | portfolio request sent | portfolio answer received | HTML received | rows |',
    '| -------------: | --: | ---------------------: | ------------------------: | ------------: | ---: |',
    `| ${medianOf((load) => load.tableRenderedMs)} | ${medianOf((load) => load.lcpMs)} | ` +
      `${medianOf((load) => load.portfolioRequest?.startMs)} | ${medianOf((load) => load.portfolioRequest?.endMs)} | ` +
      `${medianOf((load) => load.documentMs)} | ${run.loads[0]?.rows ?? 0} |`,
    '',
    `Each load, table rendered (ms): ${run.loads.map((load) => load.tableRenderedMs.toFixed(0)).join(', ')}.`,
    '',
    'Requests of the median load (ms from navigation start, sent → received):',
    '',
    ...requestsOfMedianLoad(run.loads).map(
      (request) => `- ${request.path}: ${request.startMs.toFixed(0)} → ${request.endMs.toFixed(0)}`,
    ),
  ].join('\n');
}

function requestsOfMedianLoad(loads: readonly DashboardLoad[]): readonly PageRequest[] {
  const sorted = [...loads].sort((a, b) => a.tableRenderedMs - b.tableRenderedMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]?.requests ?? [];
}
