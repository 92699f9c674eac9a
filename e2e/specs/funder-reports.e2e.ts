import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { baseUrl, launchBrowser, USER_TIME_ZONE } from '../support/browser';
import { signIn } from '../support/session';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';
const GRANT = 'Rapports sur la subvention « Autorités locales — patrimoine et emploi des jeunes »';

/** The text of a PDF as a reader would copy it, spaces of every width as one. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/**
 * The demo's Kairouan action holds a grant from the European programme (42,000 € granted, a first tranche of
 * 25,200 € received): an officer downloads its interim report from the action page, as PDF and as XLSX.
 */
describe('a report to a funder', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  async function actionPage(): Promise<Page> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      timezoneId: USER_TIME_ZONE,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, 'officer@angers.test');
    await page.goto('/partenariats');
    await page.getByRole('link', { name: PARTNERSHIP }).first().click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/actions`);
    await page.getByRole('link', { name: ACTION }).first().click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    return page;
  }

  async function download(page: Page, name: string): Promise<Download> {
    const reports = page.getByRole('list', { name: GRANT });
    const started = page.waitForEvent('download');
    await reports.getByRole('link', { name }).click();
    return started;
  }

  it('downloads the interim report as a PDF that states the action, the funder and the grant’s figures', async () => {
    const page = await actionPage();
    const pdf = await download(page, 'Télécharger le rapport intermédiaire en PDF');
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await pdf.path();
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(file);
    expect(text).toContain(ACTION);
    expect(text).toContain('Programme de coopération transfrontalière');
    expect(text).toMatch(/42 000/);
    expect(text).toMatch(/25 200/);

    const xlsx = await download(page, 'Télécharger le rapport intermédiaire en XLSX');
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // An XLSX file is a zip archive.
    expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });
});
