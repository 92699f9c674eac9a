import type { Browser } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';

describe('the atlas sheet and the handover dossier', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows an officer the atlas sheet with the contacts, a project sheet per partner and its exports', async () => {
    const { context, page } = await newPage(browser);
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

  it('shows the handover dossier with each partnership’s deadlines, contacts and health, and its PDF', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'officer@angers.test');
    await page.getByRole('link', { name: 'Dossier de passation' }).click();
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
