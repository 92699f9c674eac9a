import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { signIn } from '../support/session';

/**
 * An officer of Angers takes a new partnership through steps 1 to 3, in French: the commitment file, the
 * elected review, a partner found through a suggested match and the pipeline, then the presentation, its
 * PDF and a share link opened by someone without an account.
 */
describe('steps 1 to 3 of a partnership', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  async function stepStatus(page: Page, step: string): Promise<string> {
    const stepper = page.getByRole('region', { name: 'Avancement du partenariat' });
    await stepper.waitFor();
    return stepper.getByRole('listitem').filter({ hasText: step }).first().innerText();
  }

  it('builds the commitment, finds a partner, presents itself and shares the presentation', async () => {
    const title = `Angers – Sahel ${randomBytes(3).toString('hex')}`;
    const { context: officerContext, page: officer } = await newPage(browser);
    await signIn(officer, 'officer@angers.test');

    // A new partnership, aimed at Mali, on water.
    await officer.goto('/partenariats');
    await officer.getByLabel('Intitulé').fill(title);
    await officer.getByRole('button', { name: 'Créer le partenariat' }).click();
    await officer.getByRole('link', { name: title }).first().click();
    await officer.waitForURL(/\/partenariats\/[0-9a-f-]{36}$/);
    const partnershipUrl = new URL(officer.url()).pathname;
    expect(await stepStatus(officer, 'Construire l’engagement')).toMatch(/En cours/);

    // Step 1: motivations, stakes, contributions, a territory actor with a consultation.
    await officer.goto(`${partnershipUrl}/engagement`);
    await officer.getByRole('button', { name: 'Ajouter une motivation' }).click();
    const motivation = officer.getByRole('dialog', { name: 'Nouvelle motivation' });
    await motivation.getByLabel('Catégorie').selectOption('political');
    await motivation.getByLabel('Référentiel').selectOption('humanist');
    await motivation
      .getByLabel('Motivation', { exact: true })
      .fill('Faire vivre la solidarité avec le Sahel portée par la diaspora.');
    await motivation.getByRole('button', { name: 'Ajouter la motivation' }).click();
    await motivation.waitFor({ state: 'detached' });
    await officer
      .getByText('Faire vivre la solidarité avec le Sahel portée par la diaspora.')
      .first()
      .waitFor();
    await officer.getByRole('button', { name: 'Ajouter un enjeu' }).click();
    const stake = officer.getByRole('dialog', { name: 'Nouvel enjeu' });
    await stake.getByLabel('Enjeu', { exact: true }).fill('Accès à l’eau potable');
    await stake.getByLabel('La coopération peut être un levier').check();
    await stake.getByRole('button', { name: 'Ajouter l’enjeu' }).click();
    await stake.waitFor({ state: 'detached' });
    await officer.getByText('Accès à l’eau potable').first().waitFor();
    await officer.getByRole('button', { name: 'Ajouter une contribution' }).click();
    const contribution = officer.getByRole('dialog', { name: 'Nouvelle contribution' });
    await contribution
      .getByLabel('Ce que le territoire peut apporter')
      .fill('Savoir-faire de la régie des eaux');
    await contribution.getByRole('button', { name: 'Ajouter la contribution' }).click();
    await contribution.waitFor({ state: 'detached' });
    await officer.getByText('Savoir-faire de la régie des eaux').first().waitFor();
    // The method asks for several actors of several kinds, each consulted (docs/domain.md).
    const actors = [
      {
        name: 'Association Angers-Sahel',
        kind: 'association',
        summary: 'Présentation de la démarche aux membres',
      },
      { name: 'Lycée Joachim-du-Bellay', kind: 'school', summary: 'Réunion avec l’équipe de direction' },
      { name: 'Collectif des jardins partagés', kind: 'association', summary: 'Atelier avec les bénévoles' },
    ];
    for (const actor of actors) {
      await officer.getByRole('button', { name: 'Associer un nouvel acteur' }).click();
      const newActor = officer.getByRole('dialog', { name: 'Associer un nouvel acteur' });
      await newActor.getByLabel('Nom de l’acteur').fill(actor.name);
      await newActor.getByLabel('Type d’acteur').selectOption(actor.kind);
      await newActor.getByLabel('Implication').selectOption('co_carrier');
      await newActor.getByRole('button', { name: 'Associer l’acteur' }).click();
      await newActor.waitFor({ state: 'detached' });
      await officer.getByRole('button', { name: `Noter une consultation : ${actor.name}` }).click();
      const consultation = officer.getByRole('dialog', { name: `Nouvelle consultation de ${actor.name}` });
      await consultation.getByLabel('Date de la consultation').fill('2026-10-12');
      await consultation.getByLabel('Compte rendu').fill(actor.summary);
      await consultation.getByRole('button', { name: 'Enregistrer la consultation' }).click();
      await consultation.waitFor({ state: 'detached' });
      await officer.getByText(actor.summary).first().waitFor();
    }

    // The elected official approves the motivation from the review queue.
    const { context: electedContext, page: elected } = await newPage(browser);
    await signIn(elected, 'elected@angers.test');
    await elected.goto('/motivations-a-relire');
    const item = elected
      .getByRole('listitem')
      .filter({ hasText: 'Faire vivre la solidarité avec le Sahel' })
      .first();
    await item.getByRole('button', { name: 'Approuver' }).click();
    await elected
      .getByText(/approuvée/i)
      .first()
      .waitFor();
    await electedContext.close();

    await officer.goto(partnershipUrl);
    expect(await stepStatus(officer, 'Construire l’engagement')).toMatch(/Terminée/);

    // Step 2: a suggested partner, moved along the pipeline, invited; Bamako accepts.
    await officer.goto(`${partnershipUrl}/partenaires`);
    await officer.getByRole('heading', { name: 'Partenaires suggérés' }).waitFor();
    await officer.getByRole('button', { name: 'Ajouter District de Bamako aux candidates' }).click();
    const nextStage: Record<string, string | undefined> = {
      contacted: 'in_discussion',
      in_discussion: 'proposed',
    };
    for (const stage of ['contacted', 'in_discussion', 'proposed']) {
      await officer.getByLabel('Faire avancer District de Bamako').selectOption(stage);
      await officer
        .locator('li, article, tr')
        .filter({ has: officer.getByLabel('Faire avancer District de Bamako') })
        .first()
        .getByRole('button', { name: 'Enregistrer', exact: true })
        .click();
      // The move landed once the select offers the stage after it (or, at the end, the invitation).
      const following = nextStage[stage];
      if (following) {
        await officer
          .getByLabel('Faire avancer District de Bamako')
          .locator(`option[value="${following}"]`)
          .waitFor({ state: 'attached' });
      }
    }
    await officer.getByRole('button', { name: 'Envoyer l’invitation à District de Bamako' }).click();
    await officer.getByLabel('Adresse e-mail du contact').fill('officer@bamako.test');
    await officer.getByLabel('Langues').fill('fr, bm');
    await officer.getByLabel('Fuseau horaire').selectOption('Africa/Bamako');
    await officer.getByRole('button', { name: 'Inviter la collectivité' }).click();
    await officer
      .getByText(/invitation/i)
      .filter({ hasText: /envoyée|sent/i })
      .first()
      .waitFor();

    const { context: bamakoContext, page: bamako } = await newPage(browser);
    await signIn(bamako, 'admin@bamako.test');
    await bamako.goto('/invitations-partenariat');
    await bamako
      .getByRole('button', { name: new RegExp(`Accepter l’invitation au partenariat ${title}`) })
      .click();
    await bamako.getByText('Invitation acceptée').first().waitFor();
    await bamakoContext.close();

    await officer.goto(partnershipUrl);
    expect(await stepStatus(officer, 'Rechercher des partenaires')).toMatch(/Terminée/);

    // Step 3: the presentation from the draft, its PDF, and a share link.
    await officer.goto(`${partnershipUrl}/presentation`);
    await officer.getByRole('heading', { name: 'Savoir se présenter' }).waitFor();
    await officer.getByRole('button', { name: 'Reprendre le brouillon' }).click();
    await officer
      .getByLabel('Notre territoire et ses acteurs')
      .fill("Angers, ville ligérienne de 157 000 habitants, et l'Association Angers-Sahel.");
    await officer.getByRole('button', { name: 'Enregistrer la présentation' }).click();
    await officer
      .getByText(/Présentation enregistrée/)
      .first()
      .waitFor();
    const pdfHref = await officer
      .getByRole('link', { name: 'Télécharger le PDF (français)' })
      .getAttribute('href');
    const pdf = await officer.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await officer.getByLabel('Validité (jours)').fill('14');
    await officer.getByRole('button', { name: 'Créer un lien de partage' }).click();
    const shareUrl = await officer.getByLabel('Lien à envoyer').inputValue();
    expect(shareUrl).toContain('/presentation-partagee/');

    await officer.goto(partnershipUrl);
    for (const step of ['Construire l’engagement', 'Rechercher des partenaires', 'Savoir se présenter']) {
      expect(await stepStatus(officer, step)).toMatch(/Terminée/);
    }
    await officerContext.close();

    // Someone without an account opens the link and sees that presentation only.
    const { context: visitorContext, page: visitor } = await newPage(browser);
    await visitor.goto(shareUrl);
    await visitor.getByRole('heading', { name: "Ville d'Angers" }).waitFor();
    await visitor
      .getByText('Faire vivre la solidarité avec le Sahel portée par la diaspora.')
      .first()
      .waitFor();
    expect(await visitor.getByRole('button', { name: 'Se déconnecter' }).count()).toBe(0);
    await visitorContext.close();
  });
});
