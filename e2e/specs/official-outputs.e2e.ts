import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser } from '../support/browser';
import { watchForBlockedContent, type BlockedContent } from '../support/content-policy';
import { signIn } from '../support/session';

/** A French amount as the page prints it (`12 000,00 €`, narrow spaces) in euros. */
function euros(printed: string): number {
  return Number(printed.replace(/[^\d,]/g, '').replace(',', '.'));
}

/** The sum of a sheet's column headed `header`, read back with the library the API writes it with. */
async function xlsxColumnSum(download: Download, header: string): Promise<number> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const column = headers.indexOf(header);
  expect(column).toBeGreaterThan(0);
  let sum = 0;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) sum += Number(row.getCell(column).value);
  });
  return sum;
}

/** The sum of a French CSV's column headed `header` (`;` between cells, decimal comma, BOM first). */
async function csvColumnSum(download: Download, header: string): Promise<number> {
  const [head, ...lines] = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  // The demo's names hold no `;`: a plain split reads every cell.
  const column = (head ?? '').split(';').indexOf(header);
  expect(column).toBeGreaterThanOrEqual(0);
  return lines.reduce((sum, line) => sum + Number((line.split(';')[column] ?? '').replace(',', '.')), 0);
}

describe('the ODA declaration, the atlas sheet and the handover dossier', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A French browser of the given width, under the product's policy, watching what it would block. */
  async function openPage(
    width: number,
  ): Promise<{ context: BrowserContext; page: Page; watch: BlockedContent }> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      viewport: { width, height: 900 },
    });
    const watch = await watchForBlockedContent(context);
    return { context, page: await context.newPage(), watch };
  }

  it('shows an officer the atlas sheet with the contacts, a project sheet per partner and its exports', async () => {
    const { context, page, watch } = await openPage(1280);
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
    expect(watch.blocked()).toEqual([]);
    await context.close();
  });

  it('shows the handover dossier on a phone with each partnership’s deadlines, contacts and health, and its PDF', async () => {
    const { context, page, watch } = await openPage(1280);
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
    expect(watch.blocked()).toEqual([]);
    await context.close();
  });

  it('shows last year’s ODA by country, channel and sector, exports it, and leads from what is missing to the action', async () => {
    const { context, page, watch } = await openPage(1280);
    await signIn(page, 'officer@angers.test');
    await page.getByRole('link', { name: 'Déclaration APD' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Déclaration de l’aide publique au développement' })
      .waitFor();
    // Last year, the demo's Angers paid 12 000 € to the Kairouan worksite, directly, in two DAC sectors.
    const total = page.getByRole('heading', { level: 2, name: /^APD versée : / });
    const declared = euros(await total.innerText());
    expect(declared).toBeGreaterThanOrEqual(12_000);
    await page
      .getByRole('table', { name: 'Par pays bénéficiaire' })
      .getByRole('rowheader', { name: 'Tunisie' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Par canal' })
      .getByRole('rowheader', { name: 'Directe (la collectivité)' })
      .waitFor();
    await page
      .getByRole('table', { name: 'Par secteur du CAD' })
      .getByRole('rowheader', { name: /^41040 · / })
      .waitFor();

    const year = new Date().getFullYear() - 1;
    const xlsx = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger (Excel)' }).click();
    expect((await xlsx).suggestedFilename()).toBe(`declaration-apd-${year}.xlsx`);
    expect(await xlsxColumnSum(await xlsx, 'Montant versé (EUR)')).toBeCloseTo(declared, 2);
    const csv = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger (CSV)' }).click();
    expect((await csv).suggestedFilename()).toBe(`declaration-apd-${year}.csv`);
    expect(await csvColumnSum(await csv, 'Montant versé (EUR)')).toBeCloseTo(declared, 2);

    // This year, the youth exchanges are budgeted but not described: the review links to where that is done.
    await page.getByLabel('Année des versements').selectOption(String(year + 1));
    const missing = page.getByRole('listitem').filter({ hasText: 'Action sans description' }).first();
    await missing.getByRole('link', { name: 'Échanges de jeunes entre maisons de quartier' }).click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}#apd$/);
    await page
      .getByRole('heading', { level: 2, name: 'Description et aide publique au développement' })
      .waitFor();
    await page.getByRole('button', { name: 'Décrire l’action' }).waitFor();
    expect(watch.blocked()).toEqual([]);
    await context.close();
  });
});
