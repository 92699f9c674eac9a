import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser } from '../support/browser';
import { DEMO_PASSWORD } from '../support/session';

/** A phone's width: every page must fit in it, tables scrolling inside their own box. */
const PHONE = { width: 375, height: 812 };

/** Every role of an authority, and a partner authority's officer (a phone is what partners mostly use). */
const ACCOUNTS = [
  'admin@angers.test',
  'officer@angers.test',
  'elected@angers.test',
  'contributor@angers.test',
  'viewer@angers.test',
  'officer@kairouan.test',
];

/** The pages of every partnership, by the address after `/partenariats/:id`. */
const PARTNERSHIP_PAGES = [
  '',
  '/engagement',
  '/partenaires',
  '/presentation',
  '/missions',
  '/motivations-croisees',
  '/convention',
  '/dialogue',
  '/actions',
];

const ACCOUNT_PAGES = [
  '/tableau-de-bord',
  '/partenariats',
  '/annuaire',
  '/notifications',
  '/a-envoyer',
  '/compte/mot-de-passe',
  '/compte/rappels',
  '/motivations-a-relire',
  '/organisation/utilisateurs',
  '/organisation/annuaire',
  '/organisation/rappels',
  '/organisation/acteurs',
  '/organisation/journal',
  '/invitations-partenariat',
];

async function signInOnPhone(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** How many of an account's partnerships are walked: those furthest along the method show the most. */
const PARTNERSHIPS_WALKED = 2;

/**
 * The pages this account can reach: its own, and every page of its partnerships furthest along (the ones
 * with an action first, then by step), with one action of each.
 */
async function pagesOf(page: Page): Promise<string[]> {
  const found = await page.evaluate(async () => {
    const answer = await fetch('/api/partnerships');
    const body = (await answer.json()) as { items?: Array<{ id: string }> } | Array<{ id: string }>;
    const partnerships = Array.isArray(body) ? body : (body.items ?? []);
    return Promise.all(
      partnerships.map(async ({ id }) => {
        const actions = await fetch(`/api/partnerships/${id}/actions`);
        const list = actions.ok ? ((await actions.json()) as { actions: Array<{ id: string }> }).actions : [];
        return { id, actionId: list[0]?.id ?? null };
      }),
    );
  });
  const walked = [...found]
    .sort((a, b) => Number(b.actionId !== null) - Number(a.actionId !== null))
    .slice(0, PARTNERSHIPS_WALKED);
  return [
    ...ACCOUNT_PAGES,
    ...walked.flatMap(({ id, actionId }) => [
      ...PARTNERSHIP_PAGES.map((path) => `/partenariats/${id}${path}`),
      ...(actionId ? [`/partenariats/${id}/actions/${actionId}`] : []),
    ]),
  ];
}

/**
 * Requests the page has in flight. The walk moves inside the app, as a finger on a link does, so a page is
 * settled once its queries have answered: no fixed idle wait and no reload of the bundle per page.
 */
function trackRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  const settle = (): void => {
    inFlight = Math.max(0, inFlight - 1);
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return () => inFlight;
}

const QUIET_MS = 150;

async function settled(page: Page, inFlight: () => number): Promise<void> {
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS) {
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(25);
  }
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('[role="status"]')).some((status) =>
        status.textContent?.includes('Chargement'),
      ),
  );
}

/** How much wider than the screen a page of the app is, once it has settled (0 when it fits). */
async function overflowOf(page: Page, path: string, inFlight: () => number): Promise<number> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settled(page, inFlight);
  // A page that did not render would fit trivially: each one shows its title.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The page's title in the browser tab: its heading, never the application's name alone. */
async function titleProblemOf(page: Page, path: string): Promise<string | undefined> {
  const title = await page.title();
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
  return title.startsWith(`${heading} — `)
    ? undefined
    : `${path}: titled « ${title} », headed « ${heading} »`;
}

describe('on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  /** A phone's browser; axe's script is let in, past the product's policy that refuses injected scripts. */
  async function phone(): Promise<{ context: BrowserContext; page: Page; inFlight: () => number }> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      // The interface speaks the browser's language before sign-in: these checks read it in French.
      locale: 'fr-FR',
      viewport: PHONE,
      isMobile: true,
      bypassCSP: true,
    });
    const page = await context.newPage();
    return { context, page, inFlight: trackRequests(page) };
  }

  /** Walks `paths` in the app and lists, per page, what is too wide, wrongly titled or fails WCAG 2.1 AA. */
  async function problemsOf(page: Page, paths: string[], inFlight: () => number) {
    const problems = { tooWide: [] as string[], untitled: [] as string[], inaccessible: [] as string[] };
    for (const path of paths) {
      const overflow = await overflowOf(page, path, inFlight);
      if (overflow > 0) problems.tooWide.push(`${path}: ${overflow} px too wide`);
      const titleProblem = await titleProblemOf(page, path);
      if (titleProblem) problems.untitled.push(titleProblem);
      const violations = await accessibilityViolations(page);
      problems.inaccessible.push(...violations.map((violation) => `${path}: ${violation}`));
    }
    return problems;
  }

  const NO_PROBLEM = { tooWide: [], untitled: [], inaccessible: [] };

  it('fits every page a visitor sees in a 375 px screen, titled, with no WCAG 2.1 AA fault axe finds', async () => {
    const { context, page, inFlight } = await phone();
    await page.goto('/');
    const problems = await problemsOf(
      page,
      ['/', '/connexion', '/etapes/engagement', '/etapes/actions', '/accessibilite'],
      inFlight,
    );
    await context.close();
    expect(problems).toEqual(NO_PROBLEM);
  });

  it.each(ACCOUNTS)(
    'fits every page %s reaches in a 375 px screen, titled, with no WCAG 2.1 AA fault axe finds',
    async (email) => {
      const { context, page, inFlight } = await phone();
      await signInOnPhone(page, email);
      const problems = await problemsOf(page, await pagesOf(page), inFlight);
      await context.close();
      expect(problems).toEqual(NO_PROBLEM);
    },
  );

  it('keeps the page on the first screen: the account and the menu open from one button', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      viewport: PHONE,
      isMobile: true,
    });
    const page = await context.newPage();
    await signInOnPhone(page, 'elected@angers.test');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(heading!.y).toBeLessThan(PHONE.height / 3);
    await expect(page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).resolves.toBe(false);

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.getByRole('link', { name: 'Partenariats', exact: true }).click();
    // Another page folds the menu again.
    await page.locator('button[aria-controls="app-menu"][aria-expanded="false"]').waitFor();
    await expect(page.getByRole('button', { name: 'Se déconnecter' }).isVisible()).resolves.toBe(false);
    const tap = await menu.boundingBox();
    expect(tap!.height).toBeGreaterThanOrEqual(44);

    // The sign-in form, the first screen of every partner: each control a finger can hit.
    const visitor = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'fr-FR',
      viewport: PHONE,
      isMobile: true,
    });
    const signIn = await visitor.newPage();
    await signIn.goto('/connexion');
    for (const control of [
      signIn.getByLabel('Adresse e-mail'),
      signIn.getByLabel('Mot de passe', { exact: true }),
      signIn.getByRole('button', { name: 'Se connecter' }),
      signIn.getByRole('button', { name: 'Menu' }),
    ]) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await visitor.close();
    await context.close();
  });
});
