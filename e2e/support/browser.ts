import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The started product under test, provided by `npm test` (tools/devstack). */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser specs through `npm test`.');
  return url;
}

/**
 * Debian's Chromium, headless. The flags keep it from reaching out to the network on its own (this
 * machine's network is closed) and let it run as root in a container.
 */
export async function launchBrowser(): Promise<Browser> {
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

/**
 * The demo's users sit in Angers: their browsers count days in Paris time, as the product counts their
 * authority's days. A machine clock in UTC would otherwise date a form "yesterday" after 23:00 UTC.
 */
export const USER_TIME_ZONE = 'Europe/Paris';

/** A fresh browser profile (no cookies, no stored language) per test. */
export async function newPage(
  browser: Browser,
  locale = 'fr-FR',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale, timezoneId: USER_TIME_ZONE });
  const page = await context.newPage();
  return { context, page };
}
