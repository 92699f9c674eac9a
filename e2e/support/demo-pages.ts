import type { Page } from 'playwright-core';

/** The demo's Angers – Kairouan partnership and its heritage worksite (apps/api/src/demo). */
export const DEMO_PARTNERSHIP = 'Angers – Kairouan : patrimoine et jeunesse';
export const DEMO_ACTION = 'Chantier-école de restauration des portes de la médina';

/** From the signed-in user's list of partnerships to the demo's worksite action, as a user clicks there. */
export async function openDemoAction(page: Page): Promise<void> {
  await page.goto('/partenariats');
  await page.getByRole('link', { name: DEMO_PARTNERSHIP }).first().click();
  await page.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/actions`);
  await page.getByRole('link', { name: DEMO_ACTION }).first().click();
  await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
}
