import type { BrowserContext } from 'playwright-core';
import { BENCH_PASSWORD } from '../load/load-dataset';

/**
 * Signs in through the sign-in page, like a user (and like e2e/support/session.ts), in a tab of its own:
 * the context keeps the session. Done once the app leaves the sign-in page, which holds on a phone too,
 * where the account's controls are folded behind the menu button.
 */
export async function signInThroughPage(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(BENCH_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'), { timeout: 60_000 });
  } finally {
    await page.close();
  }
}
