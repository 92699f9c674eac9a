import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';
import { dayFromToday, minutesAgoLocal } from '../support/dates';

const TITLE = 'Angers – Kairouan : patrimoine et jeunesse';
const ANGERS = "Ville d'Angers";
const KAIROUAN = 'Municipalité de Kairouan';
const REASON = 'Le nouveau conseil recentre son action internationale sur deux partenariats.';

const day = dayFromToday;

/**
 * The negotiated rupture of a partnership bound by a convention in force (seed 000 §3: no rupture "sans
 * négociation"), in French, each authority in its own browser: Angers proposes it, Kairouan is heard, Angers'
 * elected official records the council's deliberation, and during the notice the partnership goes on —
 * Kairouan logs an exchange — until the effective date.
 */
describe('an orderly rupture between two authorities', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let angers: Page;
  let kairouan: Page;
  let partnershipPath: string;

  async function signedIn(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  /** The « Rupture négociée » part of the partnership's status, on a fresh load of its page. */
  async function rupturePanel(page: Page) {
    await page.goto(partnershipPath);
    const panel = page.getByRole('region', { name: 'Rupture négociée' });
    await panel.waitFor();
    return panel;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    angers = await signedIn('officer@angers.test');
    kairouan = await signedIn('officer@kairouan.test');
    await angers.goto('/partenariats');
    await angers.getByRole('link', { name: TITLE }).first().click();
    await angers.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    partnershipPath = new URL(angers.url()).pathname;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('refuses to end at once a partnership bound by a convention, and lets Angers propose a rupture', async () => {
    const panel = await rupturePanel(angers);
    const status = angers.getByRole('region', { name: 'Statut du partenariat' });
    expect(await status.getByRole('button', { name: 'Mettre fin au partenariat' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Proposer une rupture au partenaire' }).click();
    await panel.getByLabel('Pourquoi envisager la fin du partenariat ?').fill(REASON);
    await panel.getByRole('button', { name: 'Informer le partenaire et ouvrir la négociation' }).click();
    await angers
      .getByText('La rupture est proposée : le partenaire en est informé et peut répondre.')
      .waitFor();
    await panel.getByText('Négociation en cours').waitFor();
    await panel.getByText(`En attente de la réponse de : ${KAIROUAN}.`).waitFor();
  });

  it('hears Kairouan before any decision', async () => {
    const panel = await rupturePanel(kairouan);
    await panel.getByText(`Rupture proposée par ${ANGERS}`).waitFor();
    await panel.getByText(REASON).waitFor();
    await panel.getByRole('button', { name: 'Répondre à la proposition de rupture' }).click();
    await panel
      .getByLabel('Réponse de votre collectivité')
      .fill('Nous demandons d’achever le chantier-école avant la fin.');
    await panel.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await kairouan.getByText('Votre réponse est enregistrée et transmise.').waitFor();

    const angersPanel = await rupturePanel(angers);
    await angersPanel.getByText('Nous demandons d’achever le chantier-école avant la fin.').waitFor();
    await angersPanel.getByText('Le partenaire a répondu.').waitFor();
  });

  it('records the municipal council’s deliberation, stated by an elected official: notice starts', async () => {
    const { context, page: elected } = await newPage(browser);
    contexts.push(context);
    await signIn(elected, 'elected@angers.test');
    const panel = await rupturePanel(elected);
    await panel.getByRole('button', { name: 'Enregistrer la délibération' }).click();
    await panel.getByLabel('Assemblée délibérante', { exact: true }).fill('Conseil municipal d’Angers');
    await panel.getByLabel('Référence de la délibération').fill('DEL-2026-114');
    await panel.getByLabel('Délibération adoptée le').fill(day(0));
    await panel.getByLabel('Préavis donné le').fill(day(0));
    await panel.getByLabel('Date d’effet de la fin').fill(day(120));
    const fates = panel.getByLabel(/^Sort de l’action/);
    for (let index = 0; index < (await fates.count()); index += 1)
      await fates.nth(index).selectOption('complete_during_notice');
    await panel.getByRole('button', { name: 'Enregistrer la délibération et donner le préavis' }).click();
    await elected
      .getByText('La délibération est enregistrée : le préavis court, le partenaire en est informé.')
      .waitFor();
    await panel.getByText('Préavis en cours').waitFor();
    await panel.getByText(/Conseil municipal d’Angers, délibération DEL-2026-114/).waitFor();
    await panel.getByText(/prendra fin automatiquement le .* \(encore 120 jours\)/).waitFor();
  });

  it('runs during the notice: Kairouan logs an exchange, and nothing ends the partnership early', async () => {
    await kairouan.goto(`${partnershipPath}/dialogue`);
    await kairouan.getByRole('button', { name: 'Consigner un échange' }).click();
    const exchange = kairouan.getByRole('dialog', { name: 'Consigner un échange' });
    await exchange.getByLabel('Audience').selectOption('technicians');
    const [exchangeDay, exchangeTime] = minutesAgoLocal(10).split('T');
    await exchange.getByLabel('Date de l’échange').fill(exchangeDay ?? '');
    await exchange.getByLabel('Heure de l’échange').fill(exchangeTime ?? '');
    await exchange.getByLabel('Canal').selectOption('phone');
    await exchange
      .getByRole('group', { name: `Participants — ${KAIROUAN}` })
      .getByLabel('Sami Ben Salah')
      .check();
    await exchange.getByLabel('Notes de l’échange').fill('Passation du chantier-école pendant le préavis.');
    await exchange.getByRole('button', { name: 'Consigner l’échange' }).click();
    await kairouan.getByText('Échange consigné.').waitFor();

    const panel = await rupturePanel(angers);
    await panel.getByText('Préavis en cours').waitFor();
    const status = angers.getByRole('region', { name: 'Statut du partenariat' });
    expect(await status.getByRole('button', { name: 'Suspendre le partenariat' }).count()).toBe(0);
    expect(await status.getByRole('button', { name: 'Mettre fin au partenariat' }).count()).toBe(0);
    await status.getByText('Le partenariat est actif.').waitFor();
  });
});
