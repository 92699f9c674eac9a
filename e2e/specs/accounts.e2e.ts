import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { invitationLinkFromMailSink, signIn } from '../support/session';

describe('accounts and partner authorities', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('an admin invites a colleague, who sets a password from the mail and signs in', async () => {
    const colleague = `lea.${randomBytes(3).toString('hex')}@angers.test`;
    const { context: adminContext, page: admin } = await newPage(browser);
    await signIn(admin, 'admin@angers.test');
    await admin.goto('/organisation/utilisateurs');
    const inviteForm = admin
      .getByRole('region', { name: 'Inviter un collègue' })
      .or(admin.locator('form').filter({ hasText: 'Envoyer l’invitation' }));
    await inviteForm.getByLabel('Adresse e-mail').fill(colleague);
    await inviteForm.getByLabel('Rôle', { exact: true }).selectOption('officer');
    await inviteForm.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await admin.getByRole('cell', { name: colleague }).waitFor();

    const link = await invitationLinkFromMailSink(admin, colleague);
    await adminContext.close();

    const { context, page } = await newPage(browser);
    await page.goto(link);
    await page.getByText("Ville d'Angers").first().waitFor();
    await page.getByLabel('Votre nom').fill('Léa Petit');
    await page.getByLabel('Mot de passe', { exact: true }).fill('court');
    await page.getByLabel('Confirmez le mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page
      .getByText(/12 caractères/)
      .first()
      .waitFor();

    await page.getByLabel('Mot de passe', { exact: true }).fill('un long mot de passe');
    await page.getByLabel('Confirmez le mot de passe').fill('un long mot de passe');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();

    await signIn(page, colleague, 'un long mot de passe');
    await page.getByText("Ville d'Angers").first().waitFor();
    await context.close();
  });

  it('an officer invites a partner authority; its new admin sees that partnership and no other', async () => {
    const suffix = randomBytes(3).toString('hex');
    const title = `Angers – Tombouctou ${suffix}`;
    const partnerEmail = `maire.${suffix}@tombouctou.test`;
    const { context: officerContext, page: officer } = await newPage(browser);
    await signIn(officer, 'officer@angers.test');
    await officer.goto('/partenariats');
    await officer.getByLabel('Intitulé').fill(title);
    await officer.getByRole('button', { name: 'Créer le partenariat' }).click();
    await officer.getByRole('link', { name: title }).first().click();
    await officer.getByRole('button', { name: 'Inviter par e-mail' }).click();
    await officer.getByRole('dialog', { name: 'Inviter une collectivité partenaire' }).waitFor();
    await officer.getByLabel('Adresse e-mail du contact').fill(partnerEmail);
    await officer.getByLabel('Nom de la collectivité').fill('Commune de Tombouctou');
    await officer.getByLabel('Type de collectivité').selectOption('commune');
    await officer.getByLabel('Pays', { exact: true }).selectOption('ML');
    await officer.getByLabel('Langues').fill('fr, son');
    await officer.getByLabel('Fuseau horaire').selectOption('Africa/Bamako');
    await officer.getByRole('button', { name: 'Inviter la collectivité' }).click();
    // Leaving the page before the answer would abort the invitation's request.
    await officer.getByText(`Invitation envoyée à ${partnerEmail}.`).waitFor();
    const link = await invitationLinkFromMailSink(officer, partnerEmail);
    await officerContext.close();

    const { context, page } = await newPage(browser);
    await page.goto(link);
    await page.getByText('Commune de Tombouctou').first().waitFor();
    await page.getByLabel('Votre nom').fill('Ali Maïga');
    await page.getByLabel('Mot de passe', { exact: true }).fill('un long mot de passe');
    await page.getByLabel('Confirmez le mot de passe').fill('un long mot de passe');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    await page.goto('/partenariats');
    await page.getByRole('link', { name: title }).first().waitFor();
    const titles = await page.getByRole('main').getByRole('link').allInnerTexts();
    expect(titles.filter((text) => text.includes('Angers') || text.includes('Rennes'))).toEqual([title]);
    await page.getByText('Commune de Tombouctou').first().waitFor();
    await context.close();
  });
});
