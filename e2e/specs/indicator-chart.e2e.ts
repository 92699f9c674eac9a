import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../support/browser';
import { watchForBlockedContent } from '../support/content-policy';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';
const INDICATOR = 'Jeunes artisans formés';

/**
 * The demo's school-site action counts young artisans trained quarter by quarter, women and men apart,
 * measured by both sides: its chart of actual against target, and the table that says the same, on a
 * desktop screen and on a phone.
 */
describe('an indicator over time', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  async function indicatorOf(page: Page) {
    // The partner authority reads the action the other side runs.
    // Signed in when the sign-in page is left (on a phone the sign-out button sits in the menu).
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill('officer@kairouan.test');
    await page.getByLabel('Mot de passe', { exact: true }).fill('passerelle-demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    await page.goto('/partenariats');
    await page.getByRole('link', { name: PARTNERSHIP }).first().click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/actions`);
    await page.getByRole('link', { name: ACTION }).first().click();
    const indicator = page.getByRole('article', { name: INDICATOR });
    await indicator.waitFor();
    return indicator;
  }

  it.each([
    ['a desktop', { width: 1280, height: 900 }],
    ['a phone', { width: 375, height: 812 }],
  ])(
    'draws actual against target per period on %s screen, with its figures as a table',
    async (_, viewport) => {
      const context = await browser.newContext({ baseURL: baseUrl(), locale: 'fr-FR', viewport });
      const watch = await watchForBlockedContent(context);
      const page = await context.newPage();
      const indicator = await indicatorOf(page);

      const chart = indicator.getByRole('img', {
        name: new RegExp(`Réalisé et cible par période : ${INDICATOR}`),
      });
      await chart.waitFor();
      // An image with a title and a description, told apart without colour: hatched target, solid actual.
      expect(await chart.evaluate((svg) => svg.querySelector('title')?.textContent)).toBe(
        `Réalisé et cible par période : ${INDICATOR}`,
      );
      expect(await chart.evaluate((svg) => svg.querySelector('desc')?.textContent)).toMatch(
        /Barres hachurées : cible/,
      );
      const bars = await chart.evaluate((svg) => ({
        targets: svg.querySelectorAll('.indicator-chart__target').length,
        actuals: svg.querySelectorAll('.indicator-chart__actual').length,
        hatched: svg.querySelector('.indicator-chart__target')?.getAttribute('fill') ?? '',
      }));
      expect(bars.targets).toBeGreaterThanOrEqual(4);
      expect(bars.actuals).toBeGreaterThanOrEqual(2);
      expect(bars.hatched).toMatch(/^url\(#/);
      await indicator.getByText('Cible (hachures)').waitFor();

      const table = indicator.getByRole('table', { name: `Chiffres par période : ${INDICATOR}` });
      // Both sides measured; the whole action sums every cohort: 7 + 5 + 6 + 4 of 30.
      await table.getByRole('row', { name: /^Ensemble de l’action 0 30 22 personnes/ }).waitFor();
      expect(
        await table
          .getByRole('row')
          .filter({ hasText: /Angers/ })
          .count(),
      ).toBeGreaterThanOrEqual(1);
      expect(
        await table
          .getByRole('row')
          .filter({ hasText: /Femmes \d/ })
          .count(),
      ).toBeGreaterThanOrEqual(1);

      // The chart keeps its own size, legible; on a phone its region scrolls sideways, never the page.
      const region = indicator.getByRole('region', {
        name: new RegExp(`Réalisé et cible par période : ${INDICATOR}`),
      });
      expect((await region.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(viewport.width);
      expect((await chart.boundingBox())?.width ?? 0).toBeGreaterThan(300);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      // Drawn under the product's policy: the chart's hatching and styles come from its own files.
      expect(watch.blocked()).toEqual([]);
      await context.close();
    },
  );
});
