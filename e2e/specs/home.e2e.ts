import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { watchForBlockedContent } from '../support/content-policy';
import { signIn } from '../support/session';

describe('home page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('opens in French and shows PostgreSQL and Redis as up', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Passerelle' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByText('Tous les services fonctionnent.').waitFor();
    expect(await page.getByTestId('service-database').innerText()).toContain('en service');
    expect(await page.getByTestId('service-redis').innerText()).toContain('en service');
    await context.close();
  });

  it('switches to English and remembers the choice after a reload', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Passerelle' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByText('All services are running.').waitFor();
    await context.close();
  });

  it('navigates the six steps of the method from the header, by keyboard', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    const navigation = page.getByRole('navigation', { name: 'Les six étapes de la méthode' });
    expect(await navigation.getByRole('link').count()).toBe(6);
    await navigation.getByRole('link', { name: /Conventionner et dialoguer/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Conventionner et dialoguer' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/etapes/convention');
    // A reload on a client-side route is served the app, not a 404.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Conventionner et dialoguer' }).waitFor();
    await context.close();
  });

  it('runs under its Content-Security-Policy without anything blocked', async () => {
    const { context, page } = await newPage(browser);
    const watch = await watchForBlockedContent(context);
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Passerelle' }).waitFor();
    await signIn(page, 'officer@angers.test');
    await page.goto('/tableau-de-bord');
    await page.waitForLoadState('networkidle');
    await page.goto('/partenariats');
    await page
      .getByRole('link', { name: /Angers – Kairouan/ })
      .first()
      .click();
    await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    await page.waitForLoadState('networkidle');
    await page.goto(`${new URL(page.url()).pathname}/actions`);
    await page.waitForLoadState('networkidle');
    // Nothing blocked, and no error either: a policy too tight often shows there first.
    expect(watch.blocked()).toEqual([]);
    expect(watch.errors()).toEqual([]);
    await context.close();
  });
});
