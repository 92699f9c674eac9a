import type { Page } from 'playwright-core';

/** Demo accounts loaded by the started product (apps/api/src/demo/demo-data.ts). */
export const DEMO_PASSWORD = 'passerelle-demo';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
}

/** Opens the newest captured mail to `address` on the development mail page and returns its invitation link. */
export async function invitationLinkFromMailSink(page: Page, address: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.goto('/dev/mail');
    // The list answers before a row is looked for: a page still loading would count as no mail.
    await page.getByRole('table').or(page.getByText('Aucun courriel pour l’instant.')).first().waitFor();
    const row = page.getByRole('row').filter({ hasText: address }).first();
    if ((await row.count()) > 0) {
      await row.getByRole('link').click();
      const link = page.getByRole('link', { name: /\/invitation\// }).first();
      await link.waitFor();
      const href = await link.getAttribute('href');
      if (href) return href;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no invitation mail to ${address} in the local mail sink`);
}
