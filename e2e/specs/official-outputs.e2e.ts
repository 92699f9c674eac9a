import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser } from '../support/browser';
import { signIn } from '../support/session';

describe('the atlas sheet and the handover dossier', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A French browser of the given width; axe's script is let in, past the product's policy. */
  async function openPage(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      viewport: { width, height: 900 },
      bypassCSP: true,
    });
    return { context, page: await context.newPage() };
  }

  it('shows an officer the atlas sheet with the contacts, a project sheet per partner and its exports', async () => {
    const { context, page } = await openPage(1280);
    await signIn(page, 'officer@angers.test');
    await page.getByRole('link', { name: 'Fiche Atlas' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Fiche pour l’Atlas de la coopération décentralisée' })
      .waitFor();
    await page.getByText('Hélène Marchais, Adjointe aux relations internationales').waitFor();
    const kairouan = page.getByRole('article', { name: /Angers – Kairouan.*Municipalité de Kairouan/ });
    await kairouan.getByText(/En vigueur, signée le/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Classeur XLSX' }).click();
    expect((await download).suggestedFilename()).toBe('atlas-cooperation-decentralisee.xlsx');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the handover dossier on a phone with each partnership’s deadlines, contacts and health, and its PDF', async () => {
    const { context, page } = await openPage(1280);
    await signIn(page, 'officer@angers.test');
    // Then a phone's width, where the menu folds behind a button: the page is opened by its address.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/organisation/dossier-de-passation');
    await page.getByRole('heading', { level: 1, name: 'Dossier de passation' }).waitFor();
    const kairouan = page.getByRole('region', { name: 'Angers – Kairouan : patrimoine et jeunesse' });
    await kairouan.getByRole('heading', { name: /Santé du partenariat : \d+\/100/ }).waitFor();
    await kairouan.getByText(/Préavis de résiliation : \d+ jours/).waitFor();
    await kairouan.getByText(/Karim Ben Salah/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger le PDF' }).click();
    expect((await download).suggestedFilename()).toBe('dossier-de-passation.pdf');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
