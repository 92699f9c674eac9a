import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';
import { dayFromToday } from '../support/dates';
import { capturedMails, inboxDigestTo } from '../support/mail-sink';

/** The header's link to the inbox: its name says how many things wait (« À faire 2 en attente »). */
async function inboxCount(page: Page): Promise<number> {
  const link = page.locator('a.inbox-link');
  await link.waitFor();
  const name = (await link.textContent()) ?? '';
  const match = /(\d+) en attente/.exec(name);
  return match ? Number(match[1]) : 0;
}

/**
 * Opens the inbox and checks that the item is gone and that the header's count is the number of items
 * listed (other specs run beside this one and may add items of their own to the same accounts meanwhile).
 */
async function expectGoneAndCounted(page: Page, kind: string, partnership: string): Promise<void> {
  await page.getByRole('link', { name: /^À faire/ }).click();
  await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
  await page.waitForLoadState('networkidle');
  await expect(inboxItem(page, kind, partnership).count()).resolves.toBe(0);
  expect(await inboxCount(page)).toBe(await page.getByTestId('inbox-item').count());
}

function inboxItem(page: Page, kind: string, partnership: string) {
  return page.getByTestId('inbox-item').filter({ hasText: kind }).filter({ hasText: partnership });
}

/**
 * Opens the notifications page until the notification named so is listed: the worker notices new inbox
 * items on its own schedule (at its start, then every few minutes), so the first look may be early.
 */
async function notificationOf(page: Page, name: RegExp) {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    await page.goto('/notifications');
    const link = page.getByRole('list', { name: 'Vos notifications' }).getByRole('link', { name });
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.waitForLoadState('networkidle');
    if ((await link.count()) === 1) return link;
    await page.waitForTimeout(1_000);
  }
  throw new Error(`no notification ${name} listed`);
}

describe('the personal inbox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('opens on an elected official’s inbox; they review compatibility and the item leaves it', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'elected@angers.test');
    // Signing in lands an elected official on what they decide.
    await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/a-faire');
    await page.getByTestId('inbox-item').first().waitFor();
    expect(await inboxCount(page)).toBe(await page.getByTestId('inbox-item').count());

    const item = inboxItem(page, 'Compatibilité des motivations à examiner', 'Angers – Bamako');
    await item.waitFor();
    await item.getByRole('link', { name: /Examiner la compatibilité/ }).click();
    await page.getByRole('button', { name: 'Juger les motivations compatibles' }).click();
    await page.getByText('Avis enregistré : les motivations sont jugées compatibles.').waitFor();
    await expectGoneAndCounted(page, 'Compatibilité des motivations à examiner', 'Angers – Bamako');
    await context.close();
  });

  it('gives an officer the follow-ups they own; marking one done takes it out', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'officer@angers.test');
    await page.goto('/a-faire');
    const item = inboxItem(page, 'Suite de mission à réaliser', 'Angers – Kairouan');
    await item.waitFor();
    const link = item.getByRole('link', { name: /Voir la suite/ });
    // The link leads to the follow-up itself among the visits' follow-ups.
    const anchor = new URL((await link.getAttribute('href'))!, 'http://x').hash;
    expect(anchor).toMatch(/^#follow-up-/);
    await link.click();
    const followUp = page.locator(anchor);
    await followUp.getByRole('button', { name: /Marquer comme faite/ }).click();
    await followUp.getByText(/Faite le/).waitFor();
    await expectGoneAndCounted(page, 'Suite de mission à réaliser', 'Angers – Kairouan');
    await context.close();
  });

  it('asks a partner authority’s elected official for their council’s approval, which they record', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, 'elected@ouahigouya.test');
    await page.getByRole('heading', { level: 1, name: 'À faire' }).waitFor();
    await inboxItem(page, 'Version de la convention à approuver', 'Angers – Ouahigouya').waitFor();
    // The item came to them as an in-app notification too, which opens the page where it is done.
    const notification = await notificationOf(
      page,
      /^Version de la convention à approuver.* — Angers – Ouahigouya/,
    );
    await notification.click();
    await page.getByRole('heading', { level: 1, name: /Convention/ }).waitFor();
    const approvalName = /^Enregistrer l’approbation de la version \d+ par votre conseil$/;
    await page.getByRole('button', { name: approvalName }).click();
    const approval = page.getByRole('dialog', { name: approvalName });
    await approval.getByLabel('Référence de la délibération').fill('DEL-OUA-2026-07');
    await approval.getByLabel('Date de la délibération').fill(dayFromToday(0));
    await approval.getByRole('button', { name: 'Enregistrer l’approbation', exact: true }).click();
    await page.getByText(/L’approbation de la version \d+ par votre collectivité est enregistrée/).waitFor();
    await expectGoneAndCounted(page, 'Version de la convention à approuver', 'Angers – Ouahigouya');
    await context.close();
  });

  it('has mailed each person one digest of what waited for them, with a link to act', async () => {
    const digest = await inboxDigestTo('elected@ouahigouya.test');
    expect(digest.text).toContain('Version de la convention à approuver');
    expect(digest.text).toMatch(/\/partenariats\/[0-9a-f-]+\/convention/);
    expect(
      capturedMails().filter(
        (mail) => mail.to.includes('elected@ouahigouya.test') && mail.subject.includes('à faire'),
      ),
    ).toHaveLength(1);
  });
});
