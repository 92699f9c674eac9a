// The partner's reach on a poor connection (issue "Partners' reach"): in the same headless Chromium and
// against the same built API serving the built web app, a 375 × 812 phone on 400 kbit/s with 400 ms of
// latency. Measured: the sign-in page from an empty cache (until its form can be used, and every byte on
// the wire), then, signed in as a partner authority's officer, its dashboard and one of its actions with the
// cache warm from a first visit.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Client } from 'pg';
import { signInThroughPage } from './sign-in';

/** The emulated connection: 400 kbit/s each way, 400 ms of round-trip latency. */
export const SLOW_NETWORK = { kbps: 400, latencyMs: 400 } as const;

/** The budgets the issue sets on that connection ("≤ 200 kB": decimal kilobytes, as network tools count). */
export const SLOW_NETWORK_BUDGETS = {
  signInUsableMs: 5_000,
  signInBytes: 200_000,
  warmPageMs: 5_000,
} as const;

export interface SlowLoad {
  readonly name: string;
  readonly path: string;
  /** From the navigation start to the page's awaited control being visible. */
  readonly usableMs: number;
  /** Bytes received on the wire (headers and compressed bodies), every request of the page. */
  readonly bytes: number;
  readonly budgetMs: number;
  readonly budgetBytes: number | undefined;
}

export interface SlowNetworkRun {
  readonly partnerOfficerEmail: string;
  readonly loads: readonly SlowLoad[];
  /** What exceeded its budget, in words (empty when every budget is met). */
  readonly violations: readonly string[];
}

/** A partner authority's officer (not French) with an action in a partnership it is party to. */
async function findPartnerSubject(
  client: Client,
): Promise<{ email: string; partnershipId: string; actionId: string }> {
  const row = (
    await client.query<{ email: string; partnership_id: string; action_id: string }>(`
      SELECT app_user.email, party.partnership_id, action.record_key AS action_id
        FROM partnership_party party
        JOIN organisation ON organisation.id = party.organisation_id AND organisation.country_code <> 'FR'
        JOIN app_user ON app_user.organisation_id = party.organisation_id AND app_user.role = 'officer'
        JOIN joint_action action ON action.partnership_id = party.partnership_id
       WHERE party.role = 'partner'
       ORDER BY party.partnership_id, action.record_key, app_user.email LIMIT 1`)
  ).rows[0];
  if (!row) throw new Error('the benchmark data holds no partner authority with an action');
  return { email: row.email, partnershipId: row.partnership_id, actionId: row.action_id };
}

/** Counts the bytes a page receives, through the DevTools protocol, under the emulated connection. */
async function throttle(page: Page, context: BrowserContext): Promise<{ bytes: () => number }> {
  const session: CDPSession = await context.newCDPSession(page);
  await session.send('Network.enable');
  const bytesPerSecond = (SLOW_NETWORK.kbps * 1000) / 8;
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_NETWORK.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  let bytes = 0;
  session.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  return { bytes: () => bytes };
}

/**
 * Opens `path` on the slow connection and waits for the element `usable` selects (one with the page's data
 * in it) to be visible; in ms from the navigation start, read in the page on the frame it appeared.
 */
async function timeLoad(
  context: BrowserContext,
  path: string,
  usable: string,
): Promise<{ usableMs: number; bytes: number }> {
  const page = await context.newPage();
  try {
    const counter = await throttle(page, context);
    await page.goto(path, { waitUntil: 'commit' });
    const appeared = await page.waitForFunction(
      `(() => { const element = document.querySelector(${JSON.stringify(usable)});
                return element?.checkVisibility() ? performance.now() : false; })()`,
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const usableMs = await appeared.jsonValue();
    return { usableMs: Number(usableMs), bytes: counter.bytes() };
  } finally {
    await page.close();
  }
}

export async function measureOnSlowNetwork(
  browser: Browser,
  baseURL: string,
  client: Client,
): Promise<SlowNetworkRun> {
  const subject = await findPartnerSubject(client);
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
    // The measuring script is evaluated in the page, which the app's Content-Security-Policy forbids.
    bypassCSP: true,
  });
  try {
    const loads: SlowLoad[] = [];
    const signIn = await timeLoad(context, '/connexion', 'form button[type="submit"]');
    loads.push({
      name: 'sign-in page, empty cache',
      path: '/connexion',
      ...signIn,
      budgetMs: SLOW_NETWORK_BUDGETS.signInUsableMs,
      budgetBytes: SLOW_NETWORK_BUDGETS.signInBytes,
    });
    await signInThroughPage(context, subject.email);
    const warm = [
      {
        name: 'partner’s dashboard, warm cache',
        path: '/tableau-de-bord',
        // A row of its portfolio: the data is in.
        usable: 'table.portfolio-table tbody tr',
      },
      {
        name: 'partner’s action page, warm cache',
        path: `/partenariats/${subject.partnershipId}/actions/${subject.actionId}`,
        // The action's own title, shown once its detail arrived.
        usable: '#action-title',
      },
    ];
    for (const { name, path, usable } of warm) {
      // A first visit fills the cache (the app's files, not the data); the second is measured.
      await timeLoad(context, path, usable);
      loads.push({
        name,
        path,
        ...(await timeLoad(context, path, usable)),
        budgetMs: SLOW_NETWORK_BUDGETS.warmPageMs,
        budgetBytes: undefined,
      });
    }
    return { partnerOfficerEmail: subject.email, loads, violations: violationsOf(loads) };
  } finally {
    await context.close();
  }
}

function violationsOf(loads: readonly SlowLoad[]): string[] {
  return loads.flatMap((load) => [
    ...(load.usableMs > load.budgetMs
      ? [`${load.name}: usable at ${load.usableMs.toFixed(0)} ms (budget ${load.budgetMs} ms)`]
      : []),
    ...(load.budgetBytes !== undefined && load.bytes > load.budgetBytes
      ? [`${load.name}: ${kilobytes(load.bytes)} transferred (budget ${kilobytes(load.budgetBytes)})`]
      : []),
  ]);
}

/** Decimal kilobytes, as the budget is written. */
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

export function renderSlowNetworkReport(run: SlowNetworkRun): string {
  return [
    `A 375 × 812 phone on ${SLOW_NETWORK.kbps} kbit/s with ${SLOW_NETWORK.latencyMs} ms of latency; ` +
      `signed in as ${run.partnerOfficerEmail} (a partner authority) after the sign-in page:`,
    '',
    '| page | usable (ms) | budget (ms) | transferred | budget |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...run.loads.map(
      (load) =>
        `| ${load.name} | ${load.usableMs.toFixed(0)} | ${load.budgetMs} | ${kilobytes(load.bytes)} | ` +
        `${load.budgetBytes === undefined ? '—' : kilobytes(load.budgetBytes)} |`,
    ),
    '',
    run.violations.length === 0 ? 'Every budget is met.' : `Exceeded: ${run.violations.join('; ')}.`,
  ].join('\n');
}
