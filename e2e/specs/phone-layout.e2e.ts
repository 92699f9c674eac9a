import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from '../support/accessibility';
import { baseUrl, launchBrowser } from '../support/browser';
import { watchForBlockedContent } from '../support/content-policy';
import { inspectScreen } from '../support/phone-screen';
import { mailTo } from '../support/mail-sink';
import { DEMO_PASSWORD } from '../support/session';

/** A phone's width: every page must fit in it, tables scrolling inside their own box. */
const PHONE = { width: 375, height: 812 };

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

/** Pages every signed-in account opens. */
const ACCOUNT_PAGES = [
  '/tableau-de-bord',
  '/partenariats',
  '/annuaire',
  '/a-faire',
  '/notifications',
  '/a-envoyer',
  '/compte/mot-de-passe',
  '/compte/rappels',
  '/organisation/acteurs',
];

/** The authority's own pages (funding, declarations, exports, handover), open to every role that reads its partnerships (not contributors). */
const ORGANISATION_PAGES = [
  '/organisation/appels-a-projets',
  '/organisation/declaration-apd',
  '/organisation/iati',
  '/organisation/fiche-atlas',
  '/organisation/dossier-de-passation',
];

/**
 * The administrator's pages; every other role is shown, once, why it cannot open them. The mails the
 * application sent are read there too (from another machine, only an administrator may).
 */
const ADMIN_PAGES = [
  '/organisation/utilisateurs',
  '/organisation/annuaire',
  '/organisation/rappels',
  '/organisation/journal',
  '/invitations-partenariat',
  '/dev/mail',
];

/** An address the app does not know: its page says so, in the app's frame. */
const NOT_FOUND = '/page-inconnue';

/** The pages of each account beside its partnerships': each route walked once per role that may open it. */
const PAGES_OF: Record<string, string[]> = {
  'admin@angers.test': [...ACCOUNT_PAGES, ...ORGANISATION_PAGES, ...ADMIN_PAGES],
  'officer@angers.test': [...ACCOUNT_PAGES, ...ORGANISATION_PAGES, ADMIN_PAGES[0]!],
  'elected@angers.test': [...ACCOUNT_PAGES, ...ORGANISATION_PAGES, '/motivations-a-relire', ADMIN_PAGES[0]!],
  'contributor@angers.test': [...ACCOUNT_PAGES, ADMIN_PAGES[0]!],
  'viewer@angers.test': [...ACCOUNT_PAGES, ...ORGANISATION_PAGES, ADMIN_PAGES[0]!],
  'officer@kairouan.test': [...ACCOUNT_PAGES, ...ORGANISATION_PAGES, ADMIN_PAGES[0]!, NOT_FOUND],
};

/** The accounts that read their authority's presentation, and so its print view (not contributors). */
const PRESENTATION_READERS = new Set([
  'admin@angers.test',
  'officer@angers.test',
  'elected@angers.test',
  'viewer@angers.test',
  'officer@kairouan.test',
]);

/** Every role of an authority, and a partner authority's officer (a phone is what partners mostly use). */
const ACCOUNTS = Object.keys(PAGES_OF);

/** The method's guide to each step, open to anyone. */
const STEP_GUIDES = ['engagement', 'partenaires', 'presentation', 'initiation', 'convention', 'actions'].map(
  (slug) => `/etapes/${slug}`,
);

async function signInOnPhone(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/**
 * How many of an account's partnerships are walked, those furthest along the method first: every role walks
 * the furthest one; the officer, who runs them, also walks the next, in another state (the walk's time is
 * the CI's).
 */
function partnershipsWalkedBy(email: string): number {
  return email === 'officer@angers.test' ? 2 : 1;
}

/**
 * The pages this account can reach: its own, and every page of its partnerships furthest along (the ones
 * with an action first, then by step), with one action of each and, for those who read it, the print view
 * of the presentation; an administrator also opens one of the mails the application sent.
 */
async function pagesOf(page: Page, email: string): Promise<string[]> {
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
    .slice(0, partnershipsWalkedBy(email));
  const ownPages = PAGES_OF[email] ?? ACCOUNT_PAGES;
  const mail = ownPages.includes('/dev/mail') ? await aSentMailOf(page) : undefined;
  return [
    ...ownPages,
    ...(mail ? [`/dev/mail/${mail}`] : []),
    ...walked.flatMap(({ id, actionId }) => [
      ...PARTNERSHIP_PAGES.map((path) => `/partenariats/${id}${path}`),
      ...(actionId ? [`/partenariats/${id}/actions/${actionId}`] : []),
      ...(PRESENTATION_READERS.has(email) ? [`/partenariats/${id}/presentation/impression`] : []),
    ]),
  ];
}

/**
 * The id of a mail the application sent with a link in it (an invitation, sent before the walk), the longest
 * line a phone has to fit.
 */
async function aSentMailOf(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    const answer = await fetch('/api/dev/mails');
    const { items } = (await answer.json()) as { items: Array<{ id: string; subject: string }> };
    return (items.find((mail) => /invit/i.test(mail.subject)) ?? items[0])?.id;
  });
  if (!id) throw new Error('the mail sink holds no mail to open');
  return id;
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

/**
 * Texts the walk looks for, in the language the interface speaks: the first word of every loading message,
 * and the title of a page that failed to render (`RouteError`), which would otherwise pass every check.
 */
const TEXTS = {
  fr: { loading: 'Chargement', routeError: 'Page indisponible' },
  ar: { loading: 'جارٍ', routeError: 'الصفحة غير متاحة' },
} as const;
type WalkLanguage = keyof typeof TEXTS;

async function settled(page: Page, inFlight: () => number, language: WalkLanguage): Promise<void> {
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS) {
    if (inFlight() > 0) quietSince = Date.now();
    await page.waitForTimeout(25);
  }
  await page.waitForFunction(
    (loading) =>
      !Array.from(document.querySelectorAll('[role="status"]')).some((status) =>
        status.textContent?.includes(loading),
      ),
    TEXTS[language].loading,
  );
}

/** Opens `path` inside the app, as a finger on a link does, and waits for it to settle and show its title. */
async function open(page: Page, path: string, inFlight: () => number, language: WalkLanguage): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await settled(page, inFlight, language);
  // A page that did not render would fit trivially: each one shows its title.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** The page's title in the browser tab: its heading, never the application's name alone. */
async function titleProblemOf(page: Page, path: string): Promise<string | undefined> {
  const title = await page.title();
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent())?.trim() ?? '';
  return title.startsWith(`${heading} — `)
    ? undefined
    : `${path}: titled « ${title} », headed « ${heading} »`;
}

/** Addresses a visitor reaches from a mail: fresh invitations to join Angers, a presentation shared by link. */
interface SentLinks {
  invitations: [string, string];
  sharedPresentation: string;
}

/**
 * Signs in as Angers' administrator in `page` through the API, as the app does, and sends two invitations to
 * join as officers (one read in French, one accepted in Arabic) and a link to the presentation of a demo
 * partnership; the invitation links are read from the mails the local mail sink caught (`support/mail-sink.ts`).
 * Fresh addresses: no demo account is changed, so other specs read the demo as they expect.
 */
async function sendLinks(page: Page): Promise<SentLinks> {
  const stamp = Date.now();
  const emails = [`phone-${stamp}@angers.test`, `phone-ar-${stamp}@angers.test`] as const;
  await page.goto('/connexion');
  const sharedPresentation = await page.evaluate(
    async ({ password, emails }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const send = async (path: string, body: object, csrfToken: string) => {
        const answer = await fetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(body),
        });
        if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
        return (await answer.json()) as Record<string, unknown>;
      };
      const signedIn = await send(
        '/api/auth/login',
        { email: 'admin@angers.test', password },
        session.csrfToken,
      );
      const csrfToken = signedIn.csrfToken as string;
      for (const email of emails) {
        await send('/api/organisation/invitations', { email, role: 'officer' }, csrfToken);
      }
      const partnerships = (await (await fetch('/api/partnerships')).json()) as {
        items: Array<{ id: string }>;
      };
      // The first partnership whose presentation has a French text: one cannot share a blank page.
      let shared: Record<string, unknown> | undefined;
      for (const { id } of partnerships.items) {
        shared = await send(
          `/api/partnerships/${id}/presentation/share-links`,
          { language: 'fr', expiresInDays: 7 },
          csrfToken,
        ).catch(() => undefined);
        if (shared) break;
      }
      if (!shared) throw new Error('no demo partnership has a presentation to share');
      return new URL(shared.url as string).pathname;
    },
    { password: DEMO_PASSWORD, emails },
  );
  const invitationLink = async (email: string): Promise<string> => {
    const link = /\/invitation\/[^\s"<>)]+/.exec(
      (await mailTo(email, (mail) => /\/invitation\//.test(mail.text))).text,
    );
    if (!link) throw new Error(`no invitation link in the mail to ${email}`);
    return link[0];
  };
  return {
    invitations: [await invitationLink(emails[0]), await invitationLink(emails[1])],
    sharedPresentation,
  };
}

/** Accepts an invitation through the API in `page`, whose session becomes the new account's. */
async function acceptInvitation(page: Page, invitation: string, language: WalkLanguage): Promise<void> {
  await page.evaluate(
    async ({ token, password, language }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const answer = await fetch(`/api/invitations/${token}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ displayName: 'Leïla Ben Salah', password, language }),
      });
      if (!answer.ok) throw new Error(`accepting the invitation: ${answer.status} ${await answer.text()}`);
    },
    { token: invitation.split('/').pop()!, password: DEMO_PASSWORD, language },
  );
}

/** A phone's browser tab, with what the walk needs to read of it. */
interface Phone {
  context: BrowserContext;
  page: Page;
  inFlight: () => number;
  /** What the product's Content-Security-Policy blocked since the last call, one line each. */
  newlyBlocked: () => string[];
}

describe('on a phone', () => {
  let browser: Browser;
  let links: SentLinks;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await phone();
    links = await sendLinks(page);
    await context.close();
  });

  afterAll(async () => {
    await browser.close();
  });

  /**
   * A phone's browser, under the product's Content-Security-Policy as any browser is (axe runs through the
   * browser's protocol, not as a script the policy would refuse), watching what the policy blocks.
   */
  async function phone(locale = 'fr-FR'): Promise<Phone> {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      // The interface speaks the browser's language before sign-in.
      locale,
      viewport: PHONE,
      isMobile: true,
    });
    const watch = await watchForBlockedContent(context);
    let read = 0;
    const newlyBlocked = (): string[] => {
      const lines = watch.blocked().slice(read);
      read += lines.length;
      return lines;
    };
    const page = await context.newPage();
    return { context, page, inFlight: trackRequests(page), newlyBlocked };
  }

  /**
   * Walks `paths` in the app and lists, per page, what failed to render, is too wide, too small to tap,
   * covered, wrongly titled, fails WCAG 2.1 AA or was blocked by the Content-Security-Policy; on the first
   * page, with the header's menu open too.
   */
  async function problemsOf(
    { page, inFlight, newlyBlocked }: Phone,
    paths: string[],
    language: WalkLanguage = 'fr',
  ) {
    const problems = {
      broken: [] as string[],
      blocked: [] as string[],
      tooWide: [] as string[],
      smallTargets: [] as string[],
      covered: [] as string[],
      untitled: [] as string[],
      inaccessible: [] as string[],
    };
    const inspect = async (where: string): Promise<void> => {
      const screen = await page.evaluate(inspectScreen);
      if (screen.overflow > 0) problems.tooWide.push(`${where}: ${screen.overflow} px too wide`);
      problems.smallTargets.push(...screen.smallTargets.map((target) => `${where}: ${target}`));
      problems.covered.push(...screen.covered.map((control) => `${where}: ${control}`));
      const violations = await accessibilityViolations(page);
      problems.inaccessible.push(...violations.map((violation) => `${where}: ${violation}`));
      problems.blocked.push(...newlyBlocked().map((line) => `${where}: ${line}`));
    };
    for (const [index, path] of paths.entries()) {
      await open(page, path, inFlight, language);
      const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
      if (heading?.includes(TEXTS[language].routeError)) problems.broken.push(path);
      await inspect(path);
      const titleProblem = await titleProblemOf(page, path);
      if (titleProblem) problems.untitled.push(titleProblem);
      // The menu's account, language and links are the same on every page: checked open on the first one.
      const menu = page.locator('button[aria-controls="app-menu"]');
      if (index === 0 && (await menu.isVisible())) {
        await menu.click();
        await page.locator('button[aria-controls="app-menu"][aria-expanded="true"]').waitFor();
        await inspect(`${path} (menu open)`);
        await menu.click();
        await page.locator('button[aria-controls="app-menu"][aria-expanded="false"]').waitFor();
      }
    }
    return problems;
  }

  const NO_PROBLEM = {
    broken: [],
    blocked: [],
    tooWide: [],
    smallTargets: [],
    covered: [],
    untitled: [],
    inaccessible: [],
  };

  it('fits every page a visitor sees in a 375 px screen, each control within a finger’s reach, titled, with no WCAG 2.1 AA fault axe finds', async () => {
    const visitor = await phone();
    await visitor.page.goto('/');
    const problems = await problemsOf(visitor, [
      '/',
      '/connexion',
      ...STEP_GUIDES,
      '/accessibilite',
      NOT_FOUND,
      links.invitations[0],
      links.sharedPresentation,
    ]);
    await visitor.context.close();
    expect(problems).toEqual(NO_PROBLEM);
  });

  it.each(ACCOUNTS)(
    'fits every page %s reaches in a 375 px screen, each control within a finger’s reach, titled, with no WCAG 2.1 AA fault axe finds',
    async (email) => {
      const account = await phone();
      await signInOnPhone(account.page, email);
      const problems = await problemsOf(account, await pagesOf(account.page, email));
      await account.context.close();
      expect(problems).toEqual(NO_PROBLEM);
    },
  );

  it('fits the most used pages in a 375 px screen in Arabic, mirrored right to left, each control within a finger’s reach', async () => {
    const partner = await phone('ar');
    const { context, page } = partner;
    await page.goto('/');
    // A partner reads the invitation in Arabic, and their new account keeps that language.
    const invitation = await problemsOf(partner, [links.invitations[1]], 'ar');
    await acceptInvitation(page, links.invitations[1], 'ar');
    await page.goto('/tableau-de-bord');
    // The partnership furthest along, its actions and one action: where a partner spends their time.
    const ofPartnerships = (await pagesOf(page, '')).filter((path) => path.startsWith('/partenariats/'));
    const furthest = ofPartnerships[0] ?? '/partenariats';
    const problems = await problemsOf(
      partner,
      [
        '/tableau-de-bord',
        '/partenariats',
        '/a-faire',
        '/notifications',
        ...ofPartnerships.filter(
          (path) => path.startsWith(furthest) && /\/partenariats\/[^/]+(\/actions(\/[^/]+)?)?$/.test(path),
        ),
      ],
      'ar',
    );
    const direction = await page.evaluate(() => document.documentElement.dir);
    await context.close();
    expect(direction).toBe('rtl');
    expect(invitation).toEqual(NO_PROBLEM);
    expect(problems).toEqual(NO_PROBLEM);
  });

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
