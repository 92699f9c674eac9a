import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [{ organisationId: 'o-1', name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' }],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 3,
};

function criterion(id: string, met: boolean, fixTarget: string, blockedBy: string[] = []) {
  return {
    id,
    step: id.split('.')[0],
    met,
    explanationKey: `criteria.${id}`,
    whyKey: `criteriaWhy.${id}`,
    fixTarget,
    blockedBy,
  };
}

const ASSESSMENT = {
  partnershipId: 'p-1',
  status: 'active',
  today: '2026-03-01',
  currentStep: 'COMMITMENT',
  steps: [
    {
      step: 'COMMITMENT',
      status: 'current',
      blockedBy: [],
      criteria: [
        criterion('COMMITMENT.MOTIVATIONS_STATED', true, 'commitment.motivations'),
        criterion('COMMITMENT.STAKES_IDENTIFIED', false, 'commitment.stakes'),
      ],
    },
    {
      step: 'PARTNER_SEARCH',
      status: 'blocked',
      blockedBy: ['COMMITMENT.MOTIVATIONS_REVIEWED'],
      criteria: [
        criterion('PARTNER_SEARCH.CANDIDATE_ACCEPTED', false, 'partner-search.candidates', [
          'COMMITMENT.MOTIVATIONS_REVIEWED',
        ]),
      ],
    },
    {
      step: 'PRESENTATION',
      status: 'todo',
      blockedBy: [],
      criteria: [criterion('PRESENTATION.COMPLETE', false, 'presentation')],
    },
    {
      step: 'INITIATION',
      status: 'todo',
      blockedBy: [],
      criteria: [criterion('INITIATION.VISIT_TO_PARTNER', false, 'visits')],
    },
    { step: 'CONVENTION', status: 'todo', blockedBy: [], criteria: [] },
    { step: 'ACTIONS', status: 'done', blockedBy: [], criteria: [] },
  ],
  warnings: [
    {
      id: 'COMMITMENT.MOTIVATION_CHANGES_REQUESTED',
      step: 'COMMITMENT',
      explanationKey: 'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED',
      whyKey: 'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED',
      details: { motivationId: 'm-2' },
    },
  ],
  figures: {},
};

/** Later on: steps 1 to 4 done, step 5 under way, step 6 started alongside. */
const LATER_ASSESSMENT = {
  ...ASSESSMENT,
  currentStep: 'CONVENTION',
  steps: [
    ...ASSESSMENT.steps.slice(0, 4).map((step) => ({ ...step, status: 'done', blockedBy: [], criteria: [] })),
    {
      step: 'CONVENTION',
      status: 'current',
      blockedBy: [],
      criteria: [
        criterion('CONVENTION.MOTIVATIONS_SHARED_BY_ALL', true, 'commitment.motivations.share'),
        criterion('CONVENTION.COMPATIBILITY_REVIEWED', false, 'convention.compatibility'),
        criterion('CONVENTION.PRIORITIES_SET', false, 'convention.priorities'),
        criterion('CONVENTION.SIGNED', false, 'convention', [
          'CONVENTION.COMPATIBILITY_REVIEWED',
          'CONVENTION.PRIORITIES_SET',
        ]),
        criterion('CONVENTION.DIALOGUE_PLAN_AGREED', false, 'dialogue.plan'),
      ],
    },
    {
      step: 'ACTIONS',
      status: 'todo',
      blockedBy: [],
      criteria: [
        criterion('ACTIONS.FIRST_ACTION_STARTED', false, 'actions'),
        criterion('ACTIONS.FUNDING_IDENTIFIED', false, 'actions.budget'),
        criterion('ACTIONS.INDICATORS_CO_VALIDATED', false, 'actions.indicators'),
      ],
    },
  ],
  warnings: [],
};

function assessmentApi(assessment: unknown = ASSESSMENT) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/internal-notes': async () => jsonResponse(200, { items: [] }),
      'GET /api/partnerships/:id/assessment': async () => jsonResponse(200, assessment),
    },
    signedInAs('officer'),
  );
}

/** A step's page link: the step's title, then what its page holds. */
const STEP_PAGE =
  /^(Construire l’engagement|Rechercher des partenaires|Savoir se présenter|Initier la relation|Conventionner et dialoguer|Passer aux actions) : /;

/** The stepper region, once the assessment is shown. */
async function findStepper(name = 'Avancement du partenariat') {
  const stepper = await screen.findByRole('region', { name });
  await within(stepper).findAllByRole('button');
  return stepper;
}

describe('the partnership stepper', () => {
  it('shows the six steps in order with their status written out', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    const names = [
      'Étape 1 : Construire l’engagement — En cours',
      'Étape 2 : Rechercher des partenaires — Bloquée',
      'Étape 3 : Savoir se présenter — À faire',
      'Étape 4 : Initier la relation — À faire',
      'Étape 5 : Conventionner et dialoguer — À faire',
      'Étape 6 : Passer aux actions — Terminée',
    ];
    const steps = within(stepper).getAllByRole('button');
    expect(steps).toHaveLength(names.length);
    steps.forEach((step, index) => expect(step).toHaveAccessibleName(names[index]));
  });

  it('explains a missing criterion of the current step and links to the form that fills it', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    expect(within(stepper).getByRole('button', { name: /Construire l’engagement/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Construire l’engagement »',
    });
    const [stated, stakes] = within(criteria).getAllByRole('listitem');
    expect(stated).toHaveTextContent('Rempli');
    expect(stated).toHaveTextContent('Vos motivations à coopérer sont formulées par écrit.');
    expect(stakes).toHaveTextContent('Manquant');
    expect(stakes).toHaveTextContent(
      'Les enjeux du territoire sur lesquels la coopération peut être un levier sont identifiés.',
    );
    expect(stakes).toHaveTextContent(
      'Pourquoi ? La coopération doit servir les enjeux du territoire, et non être une fin en soi.',
    );
    expect(
      within(stakes!).getByRole('link', { name: 'Identifier les enjeux du territoire' }),
    ).toHaveAttribute('href', '/partenariats/p-1/engagement#enjeux');
    expect(within(stated!).queryByRole('link')).not.toBeInTheDocument();
    expect(within(stepper).getByRole('link', { name: /^Construire l’engagement : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/engagement',
    );
  });

  it('unfolds a blocked step to what blocks it, and links to the step 2 pipeline', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    const toggle = within(stepper).getByRole('button', { name: /Rechercher des partenaires/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(
      within(stepper).getByText('Une collectivité partenaire a accepté de s’engager.'),
    ).not.toBeVisible();

    await userEvent.setup().click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(stepper).getByText('Une collectivité partenaire a accepté de s’engager.')).toBeVisible();
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Rechercher des partenaires »',
    });
    expect(criteria).toHaveTextContent('Une collectivité partenaire a accepté de s’engager.');
    expect(criteria).toHaveTextContent(
      'À remplir d’abord : Chaque motivation a été examinée et validée par un·e élu·e.',
    );
    expect(
      within(criteria).getByRole('link', { name: 'Rechercher et suivre des collectivités candidates' }),
    ).toHaveAttribute('href', '/partenariats/p-1/partenaires#candidates');
    expect(within(stepper).getByRole('link', { name: /^Rechercher des partenaires : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/partenaires',
    );
    expect(stepper).toHaveTextContent(
      'Étape bloquée : Chaque motivation a été examinée et validée par un·e élu·e.',
    );
  });

  it('links the presentation criterion to the step 3 text', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    await userEvent.setup().click(within(stepper).getByRole('button', { name: /Savoir se présenter/ }));
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Savoir se présenter »',
    });
    expect(
      within(criteria).getByRole('link', { name: 'Rédiger la présentation de votre collectivité' }),
    ).toHaveAttribute('href', '/partenariats/p-1/presentation#texte');
    expect(within(stepper).getByRole('link', { name: /^Savoir se présenter : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/presentation',
    );
  });

  it('links the visit criteria to the step 4 delegation visits', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    await userEvent.setup().click(within(stepper).getByRole('button', { name: /Initier la relation/ }));
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Initier la relation »',
    });
    expect(within(criteria).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(criteria).getByRole('link', { name: 'Planifier ou consigner une mission de délégation' }),
    ).toHaveAttribute('href', '/partenariats/p-1/missions#missions');
    expect(within(stepper).getByRole('link', { name: /^Initier la relation : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/missions',
    );
  });

  it('links each step 5 criterion to the page that fills it, and the step to the convention', async () => {
    await renderApp('/partenariats/p-1', assessmentApi(LATER_ASSESSMENT));
    const stepper = await findStepper();
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Conventionner et dialoguer »',
    });
    const links = within(criteria)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      [
        'Faire vérifier la compatibilité des motivations par les élus',
        '/partenariats/p-1/motivations-croisees',
      ],
      ['Fixer ensemble les priorités du partenariat', '/partenariats/p-1/motivations-croisees'],
      ['Négocier, approuver et signer la convention', '/partenariats/p-1/convention#texte'],
      ['Convenir des modalités du dialogue', '/partenariats/p-1/dialogue'],
    ]);
    expect(within(stepper).getByRole('link', { name: /^Conventionner et dialoguer : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/convention',
    );
  });

  it('links the step 6 criteria to the actions and the step to its page', async () => {
    await renderApp('/partenariats/p-1', assessmentApi(LATER_ASSESSMENT));
    const stepper = await findStepper();
    await userEvent.setup().click(within(stepper).getByRole('button', { name: /Passer aux actions/ }));
    const criteria = within(stepper).getByRole('list', {
      name: 'Critères de l’étape « Passer aux actions »',
    });
    const links = within(criteria)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Lancer une première action concrète', '/partenariats/p-1/actions'],
      ['Identifier les financements d’une action', '/partenariats/p-1/actions'],
      ['Faire valider les indicateurs par chaque partie', '/partenariats/p-1/actions'],
    ]);
    expect(within(stepper).getByRole('link', { name: /^Passer aux actions : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/actions',
    );
  });

  it('gives every step a visible link to its own page, saying what the page holds', async () => {
    await renderApp('/partenariats/p-1', assessmentApi(LATER_ASSESSMENT));
    const stepper = await findStepper();
    const pages = within(stepper)
      .getAllByRole('link', { name: STEP_PAGE })
      .map((link) => [link.textContent?.split(' : ')[0], link.getAttribute('href')]);
    expect(pages).toEqual([
      ['Construire l’engagement', '/partenariats/p-1/engagement'],
      ['Rechercher des partenaires', '/partenariats/p-1/partenaires'],
      ['Savoir se présenter', '/partenariats/p-1/presentation'],
      ['Initier la relation', '/partenariats/p-1/missions'],
      ['Conventionner et dialoguer', '/partenariats/p-1/convention'],
      ['Passer aux actions', '/partenariats/p-1/actions'],
    ]);
    // The task list is the one way to the step pages here: no second list of the same links beside it.
    for (const link of screen.getAllByRole('link', { name: STEP_PAGE }))
      expect(stepper).toContainElement(link);
  });

  it('leaves the partner search, the initiator’s own work, out of a partner authority’s list', async () => {
    const api = stubApi(
      {
        'GET /api/partnerships/:id': async () => jsonResponse(200, { ...PARTNERSHIP, yourRole: 'partner' }),
        'GET /api/partnerships/:id/internal-notes': async () => jsonResponse(200, { items: [] }),
        'GET /api/partnerships/:id/assessment': async () => jsonResponse(200, LATER_ASSESSMENT),
      },
      signedInAs('officer'),
    );
    await renderApp('/partenariats/p-1', api);
    const stepper = await findStepper();
    await within(stepper).findByRole('link', { name: /^Passer aux actions : / });
    expect(within(stepper).queryByRole('link', { name: /^Rechercher des partenaires : / })).toBeNull();
    expect(within(stepper).getAllByRole('link', { name: STEP_PAGE })).toHaveLength(5);
  });

  it('words the step 5 and 6 links in English', async () => {
    await renderApp('/partenariats/p-1', assessmentApi(LATER_ASSESSMENT), 'en');
    const stepper = await findStepper('Partnership progress');
    expect(
      within(stepper).getByRole('link', { name: 'Negotiate, approve and sign the convention' }),
    ).toHaveAttribute('href', '/partenariats/p-1/convention#texte');
    expect(
      within(stepper).getByRole('link', { name: 'Start a first concrete action', hidden: true }),
    ).toHaveAttribute('href', '/partenariats/p-1/actions');
  });

  it('lists the warnings apart from the blocking criteria', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    const stepper = await findStepper();
    const warnings = within(stepper).getByRole('group', { name: 'Points d’attention' });
    expect(warnings).toHaveTextContent('Étape 1 · Construire l’engagement');
    expect(warnings).toHaveTextContent('Un·e élu·e a demandé des modifications sur une motivation.');
    expect(warnings).toHaveTextContent(
      'La motivation reste hors de la table tant qu’elle n’est pas révisée et validée.',
    );
    expect(
      within(stepper).getByRole('list', { name: 'Critères de l’étape « Construire l’engagement »' }),
    ).not.toHaveTextContent('Un·e élu·e a demandé des modifications');
  });

  it('says which visit or channel each repeated warning is about', async () => {
    const warning = (id: string, details: Record<string, unknown>) => ({
      id,
      step: id.split('.')[0],
      explanationKey: `warnings.${id}`,
      whyKey: `warningsWhy.${id}`,
      details,
    });
    const visit = (visitId: string, direction: string, startsOn: string, endsOn: string) =>
      warning('INITIATION.DELEGATION_NOT_DIVERSE', {
        visitId,
        direction,
        startsOn,
        endsOn,
        roles: ['elected'],
      });
    await renderApp(
      '/partenariats/p-1',
      assessmentApi({
        ...ASSESSMENT,
        warnings: [
          visit('v-1', 'to_partner', '2026-03-12', '2026-03-15'),
          visit('v-2', 'from_partner', '2026-10-05', '2026-10-09'),
          warning('DIALOGUE.CHANNEL_NOT_USUAL', {
            audience: 'elected_officials',
            channel: 'instant_messaging',
            partyId: 'o-1',
          }),
          warning('DIALOGUE.CHANNEL_NOT_USUAL', {
            audience: 'technicians',
            channel: 'postal_mail',
            partyId: 'o-1',
          }),
          warning('DIALOGUE.EXCHANGE_OVERDUE', {
            audience: 'technicians',
            dueOn: '2026-02-01',
            daysOverdue: 30,
          }),
        ],
      }),
    );
    const stepper = await findStepper();
    const items = within(within(stepper).getByRole('group', { name: 'Points d’attention' })).getAllByRole(
      'listitem',
    );
    expect(items[0]).toHaveTextContent('Mission chez le partenaire, 12–15 mars 2026');
    expect(items[1]).toHaveTextContent('Accueil d’une délégation partenaire, 5–9 octobre 2026');
    expect(items[2]).toHaveTextContent('Canal : Messagerie instantanée (Élus) — Ville d’Angers');
    expect(items[3]).toHaveTextContent('Canal : Courrier postal (Techniciens) — Ville d’Angers');
    expect(items[4]).toHaveTextContent('Échanges avec : Techniciens — attendu le 1 février 2026');
  });

  it('writes the steps and criteria in English', async () => {
    await renderApp('/partenariats/p-1', assessmentApi(), 'en');
    const stepper = await findStepper('Partnership progress');
    expect(within(stepper).getByRole('button', { name: /Build the commitment/ })).toHaveAccessibleName(
      'Step 1: Build the commitment — In progress',
    );
    const criteria = within(stepper).getByRole('list', {
      name: 'Criteria of the step “Build the commitment”',
    });
    const [, stakes] = within(criteria).getAllByRole('listitem');
    expect(stakes).toHaveTextContent('Missing');
    expect(stakes).toHaveTextContent(
      "The territory's stakes where cooperation can be a lever are identified.",
    );
    expect(
      within(stakes!).getByRole('link', { name: 'Identify the territory’s stakes' }),
    ).toBeInTheDocument();
  });

  it('links the partnership page to its step 1 file', async () => {
    await renderApp('/partenariats/p-1', assessmentApi());
    expect(
      await screen.findByRole('link', {
        name: 'Construire l’engagement : motivations, enjeux, contributions et acteurs du territoire',
      }),
    ).toHaveAttribute('href', '/partenariats/p-1/engagement');
  });
});
