import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser, USER_TIME_ZONE } from '../support/browser';
import { watchForBlockedContent, type BlockedContent } from '../support/content-policy';
import { signIn } from '../support/session';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';

/**
 * The acts of a page open their form in a dialog. Each one, at a desk's width and a phone's: named by its
 * title, free of the WCAG 2.1 AA faults axe finds, inside the screen, closed by Escape with the focus back
 * on the button that opened it, and nothing of it blocked by the Content-Security-Policy (a dialog locks the
 * page behind it with styles of its own: ADR 0023).
 */
describe('forms in dialogs', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** What the policy blocked in each page's browser. */
  const watches = new WeakMap<Page, BlockedContent>();

  /** Signs in at a width and opens the demo partnership's page. */
  async function partnershipPage(width: number, email: string): Promise<Page> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      timezoneId: USER_TIME_ZONE,
      viewport: { width, height: width < 500 ? 812 : 900 },
    });
    const watch = await watchForBlockedContent(context);
    const page = await context.newPage();
    watches.set(page, watch);
    if (width < 500) {
      // On a phone the sign-out button sits behind the menu: signed in once the sign-in page is left.
      await page.goto('/connexion');
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe', { exact: true }).fill('passerelle-demo');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
    } else {
      await signIn(page, email);
    }
    await page.goto('/partenariats');
    await page.getByRole('link', { name: PARTNERSHIP }).first().click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    return page;
  }

  async function actionPage(width: number, email: string): Promise<Page> {
    const page = await partnershipPage(width, email);
    await page.goto(`${new URL(page.url()).pathname}/actions`);
    await page.getByRole('link', { name: ACTION }).first().click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Journal de l’action' }).waitFor();
    return page;
  }

  /**
   * Opens every kind of dialog of the page in turn (the same act on several records — each visit's « Modifier
   * la mission » — is one form: opened once, for the first record); gives what is wrong with each, if anything.
   */
  async function problemsOfEveryDialog(page: Page): Promise<{ opened: number; problems: string[] }> {
    const openers = page.locator('main button[aria-haspopup="dialog"]');
    const count = await openers.count();
    const problems: string[] = [];
    const kinds = new Set<string>();
    for (let index = 0; index < count; index += 1) {
      const opener = openers.nth(index);
      const kind = await opener.innerText();
      if (kinds.has(kind)) continue;
      kinds.add(kind);
      const name = (await opener.getAttribute('aria-label')) ?? kind;
      await opener.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const title = await dialog.getByRole('heading').first().innerText();
      if ((await page.getByRole('dialog', { name: title }).count()) !== 1)
        problems.push(`${name}: the dialog is not named by its title`);
      const box = await dialog.boundingBox();
      const viewport = page.viewportSize()!;
      if (!box || box.x < 0 || box.x + box.width > viewport.width + 1)
        problems.push(`${name}: the dialog does not fit the screen's width`);
      // The whole page once, with its first dialog open; then each further dialog alone, the page behind
      // being the same.
      const violations = await accessibilityViolations(
        page,
        kinds.size === 1 ? undefined : '[role="dialog"]',
      );
      problems.push(...violations.map((violation) => `${name}: ${violation}`));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      if (!(await opener.evaluate((element) => element === document.activeElement)))
        problems.push(`${name}: the focus did not come back to the button`);
    }
    problems.push(...(watches.get(page)?.blocked() ?? []).map((line) => `blocked: ${line}`));
    return { opened: kinds.size, problems };
  }

  it.each([
    [1280, 'officer@angers.test'],
    [375, 'officer@kairouan.test'],
  ])('at %i px, as %s, every act of the action page opens an accessible dialog', async (width, email) => {
    const page = await actionPage(width, email);
    const { opened, problems } = await problemsOfEveryDialog(page);
    await page.context().close();
    // A funding line, an indicator, a measurement, a joint evaluation and a log entry at least.
    expect(opened).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });

  /** Each step page whose acts open in dialogs, with a heading that says it has loaded. */
  const STEP_PAGES = [
    ['the partnership page', '', 'Notes internes'],
    ['the commitment page', '/engagement', 'Enjeux du territoire'],
    ['the partner search page', '/partenaires', 'Collectivités candidates'],
    ['the convention page', '/convention', 'Où en est la convention'],
    ['the visits page', '/missions', 'Missions de délégation'],
  ] as const;

  it.each(
    STEP_PAGES.flatMap(([name, path, heading]) => [
      [name, 1280, 'officer@angers.test', path, heading] as const,
      // The partner authority searches no partner for Angers' partnership.
      ...(path === '/partenaires' ? [] : [[name, 375, 'officer@kairouan.test', path, heading] as const]),
    ]),
  )(
    'on %s at %i px, as %s, every act opens an accessible dialog',
    async (_name, width, email, path, heading) => {
      const page = await partnershipPage(width, email);
      await page.goto(`${new URL(page.url()).pathname}${path}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const { opened, problems } = await problemsOfEveryDialog(page);
      await page.context().close();
      expect(opened).toBeGreaterThanOrEqual(1);
      expect(problems).toEqual([]);
    },
  );
});
