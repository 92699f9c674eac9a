import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';
import { dayFromToday } from '../support/dates';

const TITLE = 'Angers – Tétouan : médina et savoir-faire';
const ANGERS = "Ville d'Angers";
const TETOUAN = 'Commune de Tétouan';

const day = dayFromToday;

/** The smallest file the API recognises as a PDF by its content. */
const SIGNED_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

/**
 * Two authorities, each in its own browser, take the demo partnership between Angers and Tétouan from step 4
 * to step 6, in French: reciprocal delegation visits, both sides' motivations reviewed by their elected
 * officials, a convention drafted, amended, approved by both councils and signed, a dialogue plan agreed and
 * an exchange logged by the partner, an action measured by the partner, a healthy dashboard; then Angers
 * proposes to end the partnership, which the convention now binds, and Tétouan is asked for its answer.
 */
describe('steps 4 to 6 between two authorities', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let angers: Page;
  let tetouan: Page;
  let partnershipPath: string;

  async function signedIn(email: string): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, email);
    return page;
  }

  /** A page of one elected official, closed once their decision is recorded. */
  async function asElected(email: string, work: (page: Page) => Promise<void>): Promise<void> {
    const { context, page } = await newPage(browser);
    await signIn(page, email);
    await work(page);
    await context.close();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    angers = await signedIn('officer@angers.test');
    tetouan = await signedIn('officer@tetouan.test');
    await angers.goto('/partenariats');
    await angers.getByRole('link', { name: TITLE }).first().click();
    await angers.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    partnershipPath = new URL(angers.url()).pathname;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('records the return visit of Tétouan, so that visits went both ways', async () => {
    await tetouan.goto(`${partnershipPath}/missions`);
    await tetouan.getByRole('button', { name: 'Planifier une mission' }).click();
    const form = tetouan.getByRole('dialog', { name: 'Planifier une mission' });
    await form.getByLabel(`Notre délégation chez ${ANGERS}`).check();
    await form.getByLabel('Premier jour').fill(day(-20));
    await form.getByLabel('Dernier jour').fill(day(-17));
    await form.getByLabel('Objet de la mission').fill('Découvrir les métiers d’art angevins');
    const delegation = form.getByRole('group', { name: `Délégation (${TETOUAN})` });
    await delegation.getByLabel('Ajouter une personne par son nom').fill('Karim Bennani');
    await delegation.getByLabel('Qualité').selectOption('territory_actor');
    await delegation.getByRole('button', { name: 'Ajouter cette personne' }).click();
    await delegation.getByLabel('Ajouter une personne par son nom').fill('Nadia Benjelloun');
    await delegation.getByLabel('Qualité').selectOption('elected');
    await delegation.getByRole('button', { name: 'Ajouter cette personne' }).click();
    await form.getByLabel('Niveau de vigilance').selectOption('normal_vigilance');
    await form.getByLabel('Source').fill('Ministère des Affaires étrangères du Maroc');
    await form.getByLabel('Vérifiés le').fill(day(-30));
    await form.getByRole('button', { name: 'Planifier la mission' }).click();
    await tetouan.getByText(/Mission planifiée/).waitFor();

    await tetouan.getByRole('button', { name: 'Rédiger le compte rendu' }).first().click();
    const report = tetouan.locator('form').filter({
      has: tetouan.getByRole('button', { name: 'Enregistrer le compte rendu' }),
    });
    await report.getByLabel('Synthèse').fill('Rencontre des ardoisiers et des artisans du patrimoine.');
    await report.getByLabel('Résultats').fill('Projet d’ateliers croisés');
    await report.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await tetouan.getByText(/Compte rendu enregistré/).waitFor();

    // Angers sees the same visit, worded from its side.
    await angers.goto(`${partnershipPath}/missions`);
    await angers.getByText(`Délégation de ${TETOUAN} chez nous`).first().waitFor();
  });

  it('puts both sides’ motivations on the table, reviewed by an elected official of each side', async () => {
    // Tétouan states a motivation, its elected official approves it, its officer shares it.
    const motivation = 'Faire connaître l’artisanat de la médina et former ses jeunes artisans.';
    await tetouan.goto(`${partnershipPath}/engagement`);
    await tetouan.getByRole('button', { name: 'Ajouter une motivation' }).click();
    const form = tetouan.getByRole('dialog', { name: 'Nouvelle motivation' });
    await form.getByLabel('Catégorie').selectOption('economic');
    await form.getByLabel('Référentiel').selectOption('pro_domo');
    await form.getByLabel('Motivation', { exact: true }).fill(motivation);
    await form.getByRole('button', { name: 'Ajouter la motivation' }).click();
    await form.waitFor({ state: 'detached' });
    await tetouan.getByText(motivation).first().waitFor();
    await asElected('elected@tetouan.test', async (elected) => {
      await elected.goto('/motivations-a-relire');
      const item = elected.getByRole('listitem').filter({ hasText: motivation }).first();
      await item.getByRole('button', { name: 'Approuver' }).click();
      await elected
        .getByText(/approuvée/i)
        .first()
        .waitFor();
    });
    await tetouan.goto(`${partnershipPath}/engagement`);
    await tetouan
      .getByRole('listitem')
      .filter({ hasText: motivation })
      .first()
      .getByRole('button', { name: 'Partager avec les partenaires' })
      .click();
    await tetouan.getByText('Motivation partagée : vos partenaires la voient désormais.').waitFor();

    // Side by side, then each side's elected official judges them compatible.
    for (const [email, party] of [
      ['elected@angers.test', ANGERS],
      ['elected@tetouan.test', TETOUAN],
    ] as const) {
      await asElected(email, async (elected) => {
        await elected.goto(`${partnershipPath}/motivations-croisees`);
        await elected.getByText(motivation).first().waitFor();
        const form = elected.locator('form').filter({
          has: elected.getByRole('heading', { name: `Rendre l’avis de ${party}` }),
        });
        await form.getByLabel('Commentaire').fill('Des motivations qui se répondent.');
        await form.getByRole('button', { name: 'Juger les motivations compatibles' }).click();
        await elected.getByText('Avis enregistré : les motivations sont jugées compatibles.').waitFor();
      });
    }

    // Angers proposes a common priority; Tétouan's elected official agrees to it.
    const priority = 'Transmission des savoir-faire des métiers d’art';
    await angers.goto(`${partnershipPath}/motivations-croisees`);
    await angers.getByLabel('Intitulé de la priorité').fill(priority);
    await angers.getByRole('button', { name: 'Proposer la priorité' }).click();
    await angers.getByRole('listitem').filter({ hasText: priority }).first().waitFor();
    await asElected('elected@tetouan.test', async (elected) => {
      await elected.goto(`${partnershipPath}/motivations-croisees`);
      await elected
        .getByRole('listitem')
        .filter({ hasText: priority })
        .first()
        .getByRole('button', { name: 'Approuver cette priorité' })
        .click();
      await elected.getByText(`Vous avez approuvé la priorité « ${priority} ».`).waitFor();
    });
  });

  it('drafts and amends the convention, has it approved by both councils and signs it', async () => {
    await angers.goto(`${partnershipPath}/convention`);
    const draft = angers.getByRole('form', { name: 'Rédiger la convention' });
    await draft
      .getByLabel('Objectifs', { exact: true })
      .fill('Transmettre les savoir-faire des métiers d’art.');
    await draft
      .getByLabel('Priorités', { exact: true })
      .fill('Ateliers croisés\nFormation des jeunes artisans');
    await draft.getByLabel('Durée (en mois)').fill('36');
    await draft.getByLabel('Préavis de résiliation (en jours)').fill('90');
    await draft
      .getByLabel('Gouvernance', { exact: true })
      .fill('Un comité de pilotage annuel, alternativement dans chaque ville.');
    await draft.getByLabel('Modalités du dialogue').fill('Élus chaque trimestre, techniciens chaque mois.');
    await draft
      .getByLabel('Engagements financiers')
      .fill('Chaque ville finance les déplacements de sa délégation.');
    await draft.getByLabel('Clause de résiliation').fill('Préavis de trois mois, par courrier.');
    await draft
      .getByLabel('Texte intégral de la convention')
      .fill('Convention de coopération entre la Ville d’Angers et la Commune de Tétouan.');
    await draft.getByRole('button', { name: 'Enregistrer le projet de convention' }).click();
    await angers.getByRole('button', { name: 'Réviser la convention' }).waitFor();

    // An amendment makes version 2; the difference shows what changed.
    await angers.getByRole('button', { name: 'Réviser la convention' }).click();
    const revision = angers.getByRole('form', { name: 'Rédiger la version 2' });
    await revision
      .getByLabel('Objectifs', { exact: true })
      .fill('Transmettre les savoir-faire des métiers d’art et ouvrir des débouchés aux artisans.');
    await revision.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await angers.getByRole('button', { name: 'Comparer' }).waitFor();
    await angers.getByLabel('Version de départ').selectOption('1');
    await angers.getByLabel('Version d’arrivée').selectOption('2');
    await angers.getByRole('button', { name: 'Comparer' }).click();
    await angers
      .getByText(/ouvrir des débouchés aux artisans/)
      .last()
      .waitFor();
    await angers.getByRole('button', { name: 'Ouvrir la négociation' }).click();

    // Each council approves version 2.
    for (const [page, reference] of [
      [angers, 'DEL-2026-201'],
      [tetouan, 'CM-2026-17'],
    ] as const) {
      await page.goto(`${partnershipPath}/convention`);
      const approvalName = /^Enregistrer l’approbation de la version \d+ par votre conseil$/;
      await page.getByRole('button', { name: approvalName }).click();
      const approval = page.getByRole('dialog', { name: approvalName });
      await approval.getByLabel('Référence de la délibération').fill(reference);
      await approval.getByLabel('Date de la délibération').fill(day(-2));
      await approval.getByRole('button', { name: 'Enregistrer l’approbation', exact: true }).click();
      await approval.waitFor({ state: 'detached' });
      await page.getByText(reference).first().waitFor();
    }

    // Angers records the signature with the signed PDF, then the entry into force.
    await angers.goto(`${partnershipPath}/convention`);
    const signatureName = /^Enregistrer la signature de la version \d+$/;
    await angers.getByRole('button', { name: signatureName }).click();
    const signature = angers.getByRole('dialog', { name: signatureName });
    await signature.getByLabel(`Nom du ou de la signataire (${ANGERS})`).fill('Christophe Béchu');
    await signature.getByLabel(`Qualité (${ANGERS})`).fill('Maire d’Angers');
    await signature.getByLabel(`Nom du ou de la signataire (${TETOUAN})`).fill('Mustapha El Bakkali');
    await signature.getByLabel(`Qualité (${TETOUAN})`).fill('Président du conseil communal');
    await signature.getByLabel('Date de signature').fill(day(-1));
    await signature.getByLabel('Convention signée (PDF)').setInputFiles({
      name: 'convention-angers-tetouan.pdf',
      mimeType: 'application/pdf',
      buffer: SIGNED_PDF,
    });
    await signature.getByText('Fichier joint : convention-angers-tetouan.pdf').waitFor();
    await signature.getByRole('button', { name: 'Enregistrer la signature', exact: true }).click();
    await signature.waitFor({ state: 'detached' });
    await angers.getByRole('button', { name: 'Faire entrer en vigueur' }).click();
    const entryIntoForce = angers.getByRole('dialog', { name: 'Entrée en vigueur' });
    await entryIntoForce.getByLabel('Date d’entrée en vigueur').fill(day(0));
    await entryIntoForce.getByRole('button', { name: 'Faire entrer en vigueur' }).click();
    await entryIntoForce.waitFor({ state: 'detached' });

    // Tétouan reads the same convention, in force, with the signed file.
    await tetouan.goto(`${partnershipPath}/convention`);
    await tetouan
      .getByText(/En vigueur/)
      .first()
      .waitFor();
    await tetouan
      .getByRole('link', { name: /convention-angers-tetouan\.pdf/ })
      .first()
      .waitFor();
  });

  it('agrees a dialogue plan between both sides, and the partner logs an exchange', async () => {
    await angers.goto(`${partnershipPath}/dialogue`);
    const plan = angers.locator('form').filter({
      has: angers.getByRole('button', { name: 'Proposer ces modalités' }),
    });
    // The officers of both sides take part in every audience, by video call.
    const officers = { [ANGERS]: 'Claire Martin', [TETOUAN]: 'Youssef El Amrani' };
    for (const audience of ['Élus', 'Techniciens', 'Acteurs du territoire']) {
      const group = plan.getByRole('group', { name: audience, exact: true });
      await group.getByLabel('Visioconférence').check();
      for (const [party, name] of Object.entries(officers)) {
        await group
          .getByRole('group', { name: `Participants — ${party}` })
          .getByLabel(new RegExp(name))
          .check();
      }
    }
    await plan.getByRole('button', { name: 'Proposer ces modalités' }).click();
    await angers.getByText(/Modalités proposées et approuvées pour/).waitFor();

    await tetouan.goto(`${partnershipPath}/dialogue`);
    await tetouan.getByRole('button', { name: 'Approuver ces modalités' }).click();
    await tetouan.getByText('Ces modalités sont approuvées par toutes les parties.').waitFor();

    await tetouan.getByRole('button', { name: 'Consigner un échange' }).click();
    const exchange = tetouan.getByRole('dialog', { name: 'Consigner un échange' });
    await exchange.getByLabel('Audience').selectOption('technicians');
    await exchange.getByLabel('Date de l’échange').fill(day(-1));
    await exchange.getByLabel('Heure de l’échange').fill('10:00');
    await exchange.getByLabel('Canal').selectOption('video_call');
    await exchange
      .getByRole('group', { name: `Participants — ${TETOUAN}` })
      .getByLabel('Youssef El Amrani')
      .check();
    await exchange
      .getByRole('group', { name: `Participants — ${ANGERS}` })
      .getByLabel('Claire Martin')
      .check();
    await exchange.getByLabel('Notes de l’échange').fill('Préparation des ateliers croisés de l’automne.');
    await exchange.getByLabel('Décisions').fill('Calendrier des ateliers arrêté');
    await exchange.getByRole('button', { name: 'Consigner l’échange' }).click();
    await tetouan.getByText('Échange consigné.').waitFor();

    // Angers reads the exchange in the shared log, logged by Tétouan.
    await angers.goto(`${partnershipPath}/dialogue`);
    await angers.getByText('Préparation des ateliers croisés de l’automne.').waitFor();
    await angers.getByText(`Consigné par ${TETOUAN}`).first().waitFor();
  });

  it('creates a joint action that the partner measures, and the dashboard shows a healthy relation', async () => {
    const action = 'Ateliers croisés de zellige et d’ardoise';
    await angers.goto(`${partnershipPath}/actions`);
    await angers.getByLabel('Intitulé de l’action').fill(action);
    await angers
      .getByRole('group', { name: 'Thématiques' })
      .getByLabel(/patrimoine/i)
      .check();
    const where = angers.getByRole('group', { name: 'Où se déroule l’action ?' });
    await where.getByLabel(`${ANGERS} (chez nous)`).check();
    await where.getByLabel(TETOUAN).check();
    await angers.getByLabel('Date de début').fill(day(-3));
    await angers.getByLabel('Date de fin').fill(day(180));
    await angers.getByRole('button', { name: 'Créer l’action' }).click();
    await angers.waitForURL(/\/actions\/[0-9a-f-]{36}/);
    const actionPath = new URL(angers.url()).pathname;

    // Each act opens its own form in a dialog, which closes once the act is done.
    await angers.getByRole('button', { name: 'Proposer un indicateur' }).click();
    const indicator = angers.getByRole('dialog', { name: 'Proposer un indicateur' });
    await indicator.getByLabel('Nom de l’indicateur').fill('Jeunes artisans formés');
    await indicator.getByLabel('Unité', { exact: true }).fill('personnes');
    await indicator.getByLabel('Valeur de départ').fill('0');
    await indicator.getByLabel('Valeur cible').fill('24');
    await indicator.getByRole('button', { name: 'Proposer l’indicateur' }).click();
    await indicator.waitFor({ state: 'detached' });
    await angers.getByText('Jeunes artisans formés').first().waitFor();
    await angers.getByRole('button', { name: 'Démarrer l’action' }).click();
    await angers.getByRole('button', { name: 'Démarrer l’action' }).waitFor({ state: 'detached' });

    // Tétouan validates the indicator for its side, then records the first measurement.
    await tetouan.goto(actionPath);
    await tetouan.getByRole('button', { name: 'Valider cet indicateur' }).click();
    await tetouan.getByRole('button', { name: 'Enregistrer une mesure : Jeunes artisans formés' }).click();
    const measurement = tetouan.getByRole('dialog', { name: 'Nouvelle mesure : Jeunes artisans formés' });
    await measurement.getByLabel('Date de la mesure').fill(day(0));
    await measurement.getByLabel('Valeur mesurée').fill('8');
    await measurement.getByLabel('Unité de la mesure').fill('personnes');
    await measurement.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await tetouan.getByText('Mesure enregistrée.').waitFor();
    await tetouan
      .getByText(/8 personnes/)
      .first()
      .waitFor();
    await angers.goto(actionPath);
    await angers
      .getByText(/8 personnes/)
      .first()
      .waitFor();

    // Angers' dashboard: the partnership is healthy, with visits both ways.
    await angers.goto('/tableau-de-bord');
    const row = angers.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toMatch(/1 envoyée/);
    expect(text).toMatch(/1 reçue/);
    expect(text).toMatch(/En vigueur/);
    const score = Number(/(\d+) \/ 100/.exec(text)?.[1]);
    expect(score).toBeGreaterThanOrEqual(70);
  });

  it('proposes to end the partnership bound by the convention, and the partner is heard on its side', async () => {
    await angers.goto(partnershipPath);
    const status = angers.getByRole('region', { name: 'Statut du partenariat' });
    // A signed convention binds both parties: no ending at once, the rupture is negotiated (rupture.e2e.ts).
    expect(await status.getByRole('button', { name: 'Mettre fin au partenariat' }).count()).toBe(0);
    await status.getByRole('button', { name: 'Proposer une rupture au partenaire' }).click();
    await status
      .getByLabel('Pourquoi envisager la fin du partenariat ?')
      .fill('Les deux villes poursuivent par un réseau d’artisans.');
    await status.getByRole('button', { name: 'Informer le partenaire et ouvrir la négociation' }).click();
    await angers.getByText(/La rupture est proposée : le partenaire en est informé/).waitFor();

    await tetouan.goto(partnershipPath);
    await tetouan.getByText('Négociation en cours').waitFor();
    await tetouan.getByText('Les deux villes poursuivent par un réseau d’artisans.').waitFor();
    await tetouan.getByRole('button', { name: 'Répondre à la proposition de rupture' }).waitFor();
    expect(await tetouan.getByRole('button', { name: 'Mettre fin au partenariat' }).count()).toBe(0);
  });
});
