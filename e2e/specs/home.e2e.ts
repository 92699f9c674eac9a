import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';

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
    const navigation = page.getByRole('navigation', { name: 'Étapes du partenariat' });
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
});
