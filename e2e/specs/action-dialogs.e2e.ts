import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser, USER_TIME_ZONE } from '../support/browser';
import { signIn } from '../support/session';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';
const ODA_DIALOG = 'Description et aide publique au développement';

/**
 * The action page reads first — what is recorded, then the acts — and each act opens its focused form in a
 * dialog: it closes on success and gives the focus back to its button; a refusal keeps it open, the error at
 * the field. Nothing here changes what the other browser specs read (the description is saved unchanged).
 */
describe('the action page’s acts in dialogs', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  /** Angers' officer on the demo's Kairouan heritage worksite, in a French browser of that width. */
  async function actionPage(width: number): Promise<Page> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      timezoneId: USER_TIME_ZONE,
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    // Signed in on a wide screen (a phone folds the sign-out button behind the menu), then at the width asked.
    await signIn(page, 'officer@angers.test');
    await page.setViewportSize({ width, height: 900 });
    const path = await page.evaluate(
      async ({ partnership, action }) => {
        const list = (await (await fetch('/api/partnerships')).json()) as
          { items: Array<{ id: string; title: string }> } | Array<{ id: string; title: string }>;
        const found = (Array.isArray(list) ? list : list.items).find((item) => item.title === partnership);
        if (!found) return null;
        const actions = (await (await fetch(`/api/partnerships/${found.id}/actions`)).json()) as {
          actions: Array<{ id: string; title: string }>;
        };
        const chosen = actions.actions.find((item) => item.title === action);
        return chosen ? `/partenariats/${found.id}/actions/${chosen.id}` : null;
      },
      { partnership: PARTNERSHIP, action: ACTION },
    );
    expect(path).not.toBeNull();
    await page.goto(path ?? '/');
    await page.getByRole('heading', { level: 2, name: ACTION }).waitFor();
    return page;
  }

  it('reads the description first, saves it in its dialog and gives the focus back to its button', async () => {
    const page = await actionPage(1280);
    const summary = page.getByRole('definition').filter({ hasText: /41040/ });
    await summary.first().waitFor();
    expect(await page.getByRole('form', { name: ODA_DIALOG }).count()).toBe(0);

    const opener = page.getByRole('button', { name: 'Modifier la description' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: ODA_DIALOG });
    await dialog.getByLabel('Description', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Enregistrer la description' }).click();
    await page.getByText('Description enregistrée.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('keeps the dialog open when the API refuses the sectors, the error at them', async () => {
    const page = await actionPage(375);
    await page.getByRole('button', { name: 'Modifier la description' }).click();
    const dialog = page.getByRole('dialog', { name: ODA_DIALOG });
    const share = dialog.getByLabel('Part (%)').first();
    await share.fill('80');
    await dialog.getByRole('button', { name: 'Enregistrer la description' }).click();
    await dialog.getByText('Chaque secteur apparaît une fois et les pourcentages font 100.').waitFor();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Secteur 1').evaluate((select) => select === document.activeElement)).toBe(
      true,
    );
    // The phone's dialog fills the screen and fits in it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('opens a tranche’s receipt in a dialog on a phone, and Escape gives the focus back', async () => {
    const page = await actionPage(375);
    const opener = page.getByRole('button', { name: 'Noter la réception de la tranche « Solde »' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Réception de la tranche « Solde »' });
    await dialog.getByLabel('Montant reçu (€)').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
