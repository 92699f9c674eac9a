import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';

const ANGERS_IATI = 'FR-SIRET-21490007800012';

/**
 * The IATI activity file: the demo's Angers publishes under its SIRET and downloads a non-empty file from the
 * menu; Bamako, without an identifier, is told why there is no file and gets no download.
 */
describe('the IATI activity file', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function signedIn(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('downloads Angers’ file from the menu, every activity under its identifier', async () => {
    const admin = await signedIn('admin@angers.test');
    await admin
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Fichier IATI' })
      .click();
    await admin.getByRole('heading', { name: 'Fichier d’activités IATI' }).waitFor();
    await admin.getByLabel('Identifiant d’organisation IATI').waitFor();
    expect(await admin.getByLabel('Identifiant d’organisation IATI').inputValue()).toBe(ANGERS_IATI);

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('link', { name: 'Télécharger le fichier IATI (XML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`iati-activities-${ANGERS_IATI}.xml`);
    const xml = await readFile(await download.path(), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"')).toBe(
      true,
    );
    const identifiers = [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map(
      (match) => match[1],
    );
    expect(identifiers.length).toBeGreaterThan(0);
    expect(identifiers.every((identifier) => identifier?.startsWith(`${ANGERS_IATI}-`))).toBe(true);
    expect(xml).toContain(`<reporting-org ref="${ANGERS_IATI}" type="11">`);
    expect(xml).toContain('<transaction-type code="3"/>');
    expect(xml).toContain('<indicator measure="1"');
  });

  it('tells a partner authority without identifier why it has no file', async () => {
    const officer = await signedIn('officer@bamako.test');
    await officer.goto('/organisation/iati');
    await officer.getByText('Votre collectivité n’a pas encore d’identifiant IATI.').waitFor();
    expect(await officer.getByRole('link', { name: 'Télécharger le fichier IATI (XML)' }).count()).toBe(0);
  });
});
