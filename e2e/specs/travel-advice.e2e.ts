import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';
import { dayFromToday } from '../support/dates';

const TITLE = 'Angers – Ouahigouya : eau et maraîchage';
const OUAHIGOUYA = 'Commune de Ouahigouya';
const REASON = 'Mettre en service le forage avant la saison des pluies';

const day = dayFromToday;

/**
 * The French ministry's travel advice where Angers plans its missions to Ouahigouya: a red zone is refused
 * with the alternatives, nothing is planned; the demo's mission to an orange zone is approved by an elected
 * official of Angers only with an imperative reason and after a confirmation step.
 */
describe('travel advice levels', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let missionsPath: string;

  async function signedIn(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const officer = await signedIn('officer@angers.test');
    await officer.goto('/partenariats');
    await officer.getByRole('link', { name: TITLE }).first().click();
    await officer.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    missionsPath = `${new URL(officer.url()).pathname}/missions`;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('refuses a mission to a red zone where the officer plans it, naming the alternatives', async () => {
    const officer = await signedIn('officer@angers.test');
    await officer.goto(missionsPath);
    await officer.getByRole('button', { name: 'Planifier une mission' }).click();
    const form = officer.getByRole('dialog', { name: 'Planifier une mission' });
    await form.getByLabel(`Notre délégation chez ${OUAHIGOUYA}`).check();
    await form.getByLabel('Premier jour').fill(day(90));
    await form.getByLabel('Dernier jour').fill(day(93));
    await form.getByLabel('Objet de la mission').fill('Mission en zone rouge');
    await form.getByLabel('Niveau de vigilance').selectOption('formally_advised_against');

    const refusal = form.getByTestId('red-zone-refusal');
    await refusal.waitFor();
    const text = await refusal.innerText();
    expect(text).toContain(`${OUAHIGOUYA} est en zone rouge (formellement déconseillée)`);
    expect(text).toContain('se rencontrer dans un lieu tiers');
    expect(text).toContain('échanger à distance');
    expect(await refusal.getByRole('link', { name: 'planifier un échange dans le dialogue' }).count()).toBe(
      1,
    );
    expect(await form.getByRole('button', { name: 'Planifier la mission' }).isDisabled()).toBe(true);

    // Back to a level that allows travel, the mission can be planned again.
    await form.getByLabel('Niveau de vigilance').selectOption('increased_vigilance');
    expect(await form.getByTestId('red-zone-refusal').count()).toBe(0);
    expect(await form.getByRole('button', { name: 'Planifier la mission' }).isDisabled()).toBe(false);
  });

  it('lets an elected official approve the orange-zone mission only with a reason, once confirmed', async () => {
    const elected = await signedIn('elected@angers.test');
    await elected.goto(missionsPath);
    const banner = elected.getByRole('note', { name: 'Zone déconseillée sauf raison impérative' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Approuver cette mission…' }).click();
    await banner.getByText('Indiquez la raison impérative.').waitFor();
    await banner.getByLabel(/Raison impérative/).fill(REASON);
    await banner.getByRole('button', { name: 'Approuver cette mission…' }).click();
    const confirmation = banner.getByRole('alert');
    expect(await confirmation.innerText()).toContain(`« ${REASON} »`);
    await banner.getByRole('button', { name: 'Confirmer l’accord' }).click();
    await elected.getByText(`Raison impérative : ${REASON}`).waitFor();
    expect(
      await elected.getByRole('note', { name: 'Zone déconseillée sauf raison impérative' }).count(),
    ).toBe(0);
  });
});
