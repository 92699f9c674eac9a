import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, USER_TIME_ZONE } from '../support/browser';
import { watchForBlockedContent, type BlockedContent } from '../support/content-policy';
import { dayFromToday } from '../support/dates';
import { openDemoAction } from '../support/demo-pages';
import { DEMO_PASSWORD } from '../support/session';

const PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
const ACTION = 'Chantier-école de restauration des portes de la médina';
const INDICATOR = 'Jeunes artisans formés';
/** A 2×2 PNG: what a phone's camera gives, the API checks the content, not the name. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGM4wcBwggGMgRQAGQ4DIUwhR/0AAAAASUVORK5CYII=',
  'base64',
);

interface Counts {
  exchanges: number;
  logEntries: number;
  photos: number;
  measurements: number;
  /** The evidence files of the indicator's measurements. */
  evidence: number;
}

/**
 * A partner authority's officer on a phone loses the connection in the field: the exchange, the measurement
 * and the log entry with its photo are kept on the device, survive a reload without a connection (the app
 * comes from its service worker, the pages from the persisted cache), and are stored once each when the
 * connection comes back — exactly three rows, however often the app syncs again. A record the API refuses
 * once the connection is back (the indicator was changed at the office meanwhile) stays on the device,
 * refused, with the API's reason; the header counts it apart and says so, and nothing is stored.
 */
describe('field work without a connection', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: BlockedContent;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser);
    // The service worker, the cache kept in IndexedDB and the outbox run under the product's policy.
    watch = await watchForBlockedContent(context);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  /** What the API stores for this run's records (the others of the demo's action aside). */
  async function countStored(partnershipId: string, actionId: string, tag: string): Promise<Counts> {
    const dialogue = await page.request.get(`/api/partnerships/${partnershipId}/dialogue`);
    const action = await page.request.get(`/api/partnerships/${partnershipId}/actions/${actionId}`);
    expect([dialogue.status(), action.status()]).toEqual([200, 200]);
    const events = ((await dialogue.json()) as { events: { items: Array<{ summary: string }> } }).events
      .items;
    const detail = (await action.json()) as {
      action: {
        log: Array<{ text: string; attachments: unknown[] }>;
        indicators: Array<{ name: string; measurements: Array<{ evidence: unknown[] }> }>;
      };
    };
    const entries = detail.action.log.filter((entry) => entry.text.includes(tag));
    const measured =
      detail.action.indicators.find((indicator) => indicator.name === INDICATOR)?.measurements ?? [];
    return {
      exchanges: events.filter((event) => event.summary.includes(tag)).length,
      logEntries: entries.length,
      photos: entries.reduce((sum, entry) => sum + entry.attachments.length, 0),
      measurements: measured.length,
      evidence: measured.reduce((sum, measurement) => sum + measurement.evidence.length, 0),
    };
  }

  /** Waits until the app has kept the pages' queries in IndexedDB (saved a second after they change). */
  async function persistedQueriesHold(fragments: string[]): Promise<void> {
    await page.waitForFunction(
      async (wanted) => {
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('passerelle-offline');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const kept = await new Promise<unknown>((resolve) => {
          const request = database.transaction('queries').objectStore('queries').get('current');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(undefined);
        });
        database.close();
        const text = JSON.stringify(kept ?? null);
        return wanted.every((fragment) => text.includes(fragment));
      },
      fragments,
      { timeout: 20_000, polling: 500 },
    );
  }

  it('keeps three records on the device, and stores exactly three once back online', async () => {
    const tag = `hors-ligne-${Date.now()}`;
    await signInOnPhone(page, 'officer@kairouan.test');
    await page.goto('/partenariats');
    await page.getByRole('link', { name: PARTNERSHIP }).first().click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    const partnershipPath = new URL(page.url()).pathname;
    const partnershipId = partnershipPath.split('/').pop() ?? '';
    // Online first: the action and the dialogue are read once, as a partner does before leaving.
    await page.goto(`${partnershipPath}/actions`);
    await page.getByRole('link', { name: ACTION }).first().click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    const actionPath = new URL(page.url()).pathname;
    const actionId = actionPath.split('/').pop() ?? '';
    const measure = page.getByRole('button', { name: `Enregistrer une mesure : ${INDICATOR}` });
    await measure.waitFor();
    // The service worker installed (the app shell cached) and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.evaluate((path) => {
      window.history.pushState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `${partnershipPath}/dialogue`);
    await page.getByRole('button', { name: 'Consigner un échange' }).waitFor();
    await page.goBack();
    await measure.waitFor();
    await persistedQueriesHold([`"${partnershipId}","dialogue"]`, `"actions","${actionId}"]`]);
    const before = await countStored(partnershipId, actionId, tag);

    await context.setOffline(true);
    await page.getByText('Pas de connexion.', { exact: false }).first().waitFor();

    await measure.click();
    const measurement = page.getByRole('dialog', { name: `Nouvelle mesure : ${INDICATOR}` });
    await measurement.getByLabel('Valeur mesurée').fill('0');
    await measurement.getByLabel('Joindre un justificatif').setInputFiles({
      name: 'feuille-de-presence.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await measurement.getByText('feuille-de-presence.png').waitFor();
    await measurement.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    // The dialog closes, and its button's neighbour says where the measurement is.
    await measurement.waitFor({ state: 'detached' });
    await page
      .getByText('Enregistré sur cet appareil, en attente d’envoi', { exact: false })
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Consigner ce qui a été fait' }).click();
    const log = page.getByRole('dialog', { name: 'Ajouter au journal' });
    await log.getByLabel('Ce qui a été fait').fill(`Pose de la deuxième porte (${tag}).`);
    await log.getByLabel('Joindre un fichier').setInputFiles({
      name: 'porte.png',
      mimeType: 'image/png',
      buffer: PHOTO,
    });
    await log.getByText('porte.png').waitFor();
    await log.getByRole('button', { name: 'Ajouter au journal' }).click();
    await log.waitFor({ state: 'detached' });
    await page
      .getByRole('region', { name: 'Journal de l’action' })
      .getByText('Enregistré sur cet appareil, en attente d’envoi', { exact: false })
      .waitFor();

    // The dialogue, read before leaving, takes the exchange.
    await page.goForward();
    await page.getByRole('button', { name: 'Consigner un échange' }).click();
    const exchange = page.getByRole('dialog', { name: 'Consigner un échange' });
    await exchange.getByLabel('Date de l’échange').fill(dayFromToday(-1));
    await exchange.getByLabel('Heure de l’échange').fill('10:00');
    await exchange.getByLabel('Notes de l’échange').fill(`Visite du chantier sans réseau (${tag}).`);
    await exchange.getByRole('button', { name: 'Consigner l’échange' }).click();
    await exchange.waitFor({ state: 'detached' });
    await page
      .getByText('Enregistré sur cet appareil, en attente d’envoi', { exact: false })
      .first()
      .waitFor();
    await expectOutboxCount(page, '3');

    // Reloaded without a connection: the app comes from its worker, the page from the kept cache, and three
    // records still wait.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('button', { name: 'Consigner un échange' }).waitFor();
    await expectOutboxCount(page, '3');
    await page.getByRole('link', { name: /À envoyer/ }).click();
    const waiting = page.getByRole('list', { name: '3 enregistrements sur cet appareil' });
    await waiting.waitFor();
    expect(await waiting.getByText('En attente d’envoi').count()).toBe(3);
    expect(await page.getByRole('button', { name: 'Envoyer maintenant' }).isDisabled()).toBe(true);

    // Back online: the outbox sends itself, one at a time, and empties.
    await context.setOffline(false);
    await page.getByText('Rien n’attend d’être envoyé.').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('outbox-count').count()).toBe(0);
    const after = await countStored(partnershipId, actionId, tag);
    expect(after).toEqual({
      exchanges: 1,
      logEntries: 1,
      photos: 1,
      measurements: before.measurements + 1,
      evidence: before.evidence + 1,
    });

    // Another start of the app, another sync: still exactly three rows.
    await page.reload();
    await page.getByText('Rien n’attend d’être envoyé.').waitFor();
    await page.goto(actionPath);
    await measure.waitFor();
    await page.waitForTimeout(2_000);
    expect(await countStored(partnershipId, actionId, tag)).toEqual(after);
    expect(watch.blocked()).toEqual([]);
  });

  it('shows a record the API refused once back online, with its reason, and stores nothing of it', async () => {
    const indicator = `Portes posées (refus ${Date.now()})`;
    // Angers' officer, at the office, proposes an indicator for the worksite; Kairouan's validates it.
    const angers = await apiSessionOf(browser, 'officer@angers.test');
    const phone = await phoneContext(browser);
    const blocked = await watchForBlockedContent(phone);
    const field = await phone.newPage();
    try {
      await signInOnPhone(field, 'officer@kairouan.test');
      await openDemoAction(field);
      const actionPath = new URL(field.url()).pathname;
      const [, partnershipId, actionId] = /\/partenariats\/([^/]+)\/actions\/([^/]+)$/.exec(actionPath) ?? [];
      const actionApi = `/api/partnerships/${partnershipId}/actions/${actionId}`;
      await angers.send('POST', `${actionApi}/indicators`, {
        name: indicator,
        unit: 'portes',
        baseline: 0,
        target: 12,
      });
      await field.reload();
      const card = field.getByRole('article', { name: indicator });
      await card.getByRole('button', { name: 'Valider cet indicateur' }).click();
      const measure = card.getByRole('button', { name: `Enregistrer une mesure : ${indicator}` });
      await measure.waitFor();
      await field.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 60_000,
      });

      // In the field without a connection, the officer measures against the indicator as it was validated.
      await phone.setOffline(true);
      await field.getByText('Pas de connexion.', { exact: false }).first().waitFor();
      await measure.click();
      const measurement = field.getByRole('dialog', { name: `Nouvelle mesure : ${indicator}` });
      await measurement.getByLabel('Valeur mesurée').fill('3');
      await measurement.getByRole('button', { name: 'Enregistrer la mesure' }).click();
      await measurement.waitFor({ state: 'detached' });
      await expectOutboxCount(field, '1');

      // Meanwhile Angers changes how the indicator is counted: Kairouan has to validate it again first.
      const planned = await indicatorOf(angers, actionApi, indicator);
      await angers.send('PUT', `${actionApi}/indicators/${planned.id}/plan`, {
        kind: 'count',
        frequency: null,
        periods: [],
        disaggregations: [],
        version: planned.version,
      });

      // Back online, the app sends the measurement on its own; the API refuses it, and the header says so.
      await phone.setOffline(false);
      const link = field.getByRole('link', { name: /^À envoyer/ });
      await field.getByTestId('outbox-refused').waitFor({ timeout: 30_000 });
      expect(await link.textContent()).toMatch(/^À envoyer\s*1 refusé$/);
      expect(await field.getByTestId('outbox-count').count()).toBe(0);
      // Said to a screen reader too, politely, without moving the focus.
      const announcement = field.getByRole('status').filter({ hasText: 'refusé à l’envoi' });
      expect(await announcement.textContent()).toBe(
        '1 enregistrement refusé à l’envoi : la raison est dans « À envoyer ».',
      );
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);

      // The outbox tells what was refused and why, in the API's own terms, worded for the user.
      await link.click();
      const kept = field.getByRole('list', { name: '1 enregistrement sur cet appareil' });
      await kept.waitFor();
      await kept.getByText(`Mesure · ${indicator} — 3 portes`).waitFor();
      await kept
        .getByText('Refusé : Toutes les parties doivent valider l’indicateur avant toute mesure.')
        .waitFor();
      expect((await indicatorOf(angers, actionApi, indicator)).measurements).toEqual([]);

      // Discarded, it leaves the device; nothing was stored.
      await kept.getByRole('button', { name: /Abandonner/ }).click();
      await field.getByText('Rien n’attend d’être envoyé.').waitFor();
      expect(await link.count()).toBe(0);
      expect((await indicatorOf(angers, actionApi, indicator)).measurements).toEqual([]);
      expect(blocked.blocked()).toEqual([]);
    } finally {
      await phone.close();
      await angers.context.close();
    }
  });
});

/** A partner's phone, in the demo users' time zone. */
function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    locale: 'fr-FR',
    timezoneId: USER_TIME_ZONE,
    viewport: { width: 375, height: 812 },
  });
}

/** Signed in on a phone (its sign-out button sits in the menu): signed in once the sign-in page is left. */
async function signInOnPhone(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

interface ApiSession {
  context: BrowserContext;
  get(path: string): Promise<unknown>;
  send(method: 'POST' | 'PUT', path: string, body: object): Promise<unknown>;
}

/** Someone else, elsewhere, working through the API as the app does (session cookie and CSRF token). */
async function apiSessionOf(browser: Browser, email: string): Promise<ApiSession> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const { request } = context;
  const session = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  const signedIn = await request.post('/api/auth/login', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { email, password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return {
    context,
    get: async (path) => (await request.get(path)).json(),
    send: async (method, path, body) => {
      const answer = await request.fetch(path, {
        method,
        headers: { 'x-csrf-token': csrfToken },
        data: body,
      });
      if (!answer.ok()) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
      return answer.json();
    },
  };
}

/** The indicator named so on the action, as the API holds it now. */
async function indicatorOf(
  session: ApiSession,
  actionApi: string,
  name: string,
): Promise<{ id: string; version: number; measurements: unknown[] }> {
  const { action } = (await session.get(actionApi)) as {
    action: { indicators: Array<{ id: string; name: string; version: number; measurements: unknown[] }> };
  };
  const found = action.indicators.find((indicator) => indicator.name === name);
  if (!found) throw new Error(`no indicator « ${name} » on ${actionApi}`);
  return found;
}

async function expectOutboxCount(page: Page, count: string): Promise<void> {
  const badge = page.getByTestId('outbox-count');
  await badge.waitFor();
  expect(await badge.textContent()).toBe(count);
}
