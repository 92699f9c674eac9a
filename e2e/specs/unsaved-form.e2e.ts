import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, USER_TIME_ZONE } from '../support/browser';
import { signIn } from '../support/session';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';

/**
 * A form in a dialog is unmounted when the dialog closes: once something is written in it, Escape, the close
 * button or a click beside the dialog ask first, and only an explicit answer loses the text.
 */
describe('a form with unsaved input', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('asks before closing, keeps the text on "Continuer la saisie", and loses it only when told', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      timezoneId: USER_TIME_ZONE,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await signIn(page, 'officer@angers.test');
    await page.goto('/partenariats');
    await page.getByRole('link', { name: PARTNERSHIP }).first().click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/actions`);
    await page.getByRole('link', { name: ACTION }).first().click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);

    const opener = page.getByRole('button', { name: 'Consigner ce qui a été fait' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter au journal' });
    const text = dialog.getByLabel('Ce qui a été fait');
    await text.fill('Pose des deux premiers vantaux restaurés.');

    const question = page.getByRole('alertdialog', { name: 'Fermer sans enregistrer ?' });
    await page.keyboard.press('Escape');
    await question.waitFor();
    await question.getByRole('button', { name: 'Continuer la saisie' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await text.inputValue()).toBe('Pose des deux premiers vantaux restaurés.');

    // A click beside the dialog asks too.
    await page.mouse.click(10, 450);
    await question.waitFor();
    await question.getByRole('button', { name: 'Fermer sans enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);

    await opener.click();
    expect(
      await page
        .getByRole('dialog', { name: 'Ajouter au journal' })
        .getByLabel('Ce qui a été fait')
        .inputValue(),
    ).toBe('');
    await context.close();
  });
});
