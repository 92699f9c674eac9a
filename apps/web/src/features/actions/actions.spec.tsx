import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSTATED_LINE_FIGURES, computeIndicatorPeriods } from '@passerelle/domain';
import type { Schemas } from '../../lib/api/client';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type SessionResponse,
  type StubRoutes,
} from '../../test/render-app';
import { ACTION_FUNDING } from '../funding/action-funding.fixture';

/** Angers, the initiator: the organisation `signedInAs` signs in to. */
const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const BAMAKO = '00000000-0000-4000-8000-0000000000bb';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [
    { organisationId: ANGERS, name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' },
    { organisationId: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML', role: 'partner' },
  ],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 21,
};

const NO_FUNDING = {
  currency: 'EUR',
  totalGranted: 0,
  ownShares: [],
  funders: [],
  requested: 0,
  linesInOtherCurrencies: 0,
};

const ACTION_BASE = {
  description: '',
  objectives: '',
  sectors: [],
  markers: {},
  themes: ['water_sanitation'],
  sdgs: [],
  operators: [],
  budget: [],
  funding: NO_FUNDING,
  indicators: [],
  evaluations: [],
  logCount: 0,
  warnings: [],
};

type IndicatorView = Schemas['IndicatorView'];

/** An indicator's plan with its measurements and the figures the API computes from them. */
function plannedOver(
  plan: Pick<IndicatorView, 'baseline' | 'target' | 'kind' | 'frequency' | 'periods' | 'disaggregations'>,
  measurements: IndicatorView['measurements'],
) {
  const figures = computeIndicatorPeriods({
    kind: plan.kind === 'count' ? 'count' : 'level',
    baseline: plan.baseline,
    target: plan.target,
    periods: plan.periods,
    disaggregations: plan.disaggregations,
    measurements,
  });
  const { baseline: _baseline, target: _target, ...reported } = plan;
  return {
    ...reported,
    measurements,
    figures: JSON.parse(JSON.stringify(figures)) as IndicatorView['figures'],
  };
}

/** A household connection indicator both parties validated, measured once. */
const HOUSEHOLDS = {
  id: 'i-1',
  version: 3,
  name: 'Ménages raccordés à l’eau potable',
  unit: 'ménages',
  baseline: 120,
  target: 400,
  proposedBy: ANGERS,
  validatedBy: [ANGERS, BAMAKO],
  awaitingValidationFrom: [],
  coValidated: true,
  ...plannedOver(
    {
      baseline: 120,
      target: 400,
      kind: 'level',
      frequency: 'half_yearly',
      periods: [
        { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 250, baseline: null },
        { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 400, baseline: null },
      ],
      disaggregations: [],
    },
    [{ on: '2026-06-30', value: 180, recordedBy: BAMAKO, breakdown: [], evidenceIds: [], evidence: [] }],
  ),
};

/** Proposed by Bamako, awaiting Angers' validation. */
const TRAINED = {
  id: 'i-2',
  version: 2,
  name: 'Agents formés à la maintenance',
  unit: 'personnes',
  baseline: 0,
  target: 12,
  proposedBy: BAMAKO,
  validatedBy: [BAMAKO],
  awaitingValidationFrom: [ANGERS],
  coValidated: false,
  ...plannedOver(
    { baseline: 0, target: 12, kind: 'count', frequency: null, periods: [], disaggregations: [] },
    [],
  ),
};

/** Angers' high-priority well, in Bamako, under way and co-funded. */
const WELL = {
  ...ACTION_BASE,
  id: 'a-well',
  title: 'Forage du quartier Nord',
  sdgs: [6],
  locatedIn: [BAMAKO],
  location: 'there',
  initiatedBy: ANGERS,
  proposal: { proposedBy: ANGERS, statedBy: ANGERS, confirmedBy: BAMAKO },
  operators: [{ name: 'Régie des eaux de Bamako', partyId: BAMAKO, territoryActorId: null }],
  priority: 'high',
  status: 'in_progress',
  allowedTransitions: ['on_hold', 'completed', 'cancelled'],
  startsOn: '2026-03-01',
  endsOn: '2026-12-31',
  budget: [
    {
      id: 'b-1',
      version: 1,
      funder: 'own_budget',
      funderName: 'Ville d’Angers',
      partyId: ANGERS,
      amount: 20000,
      currency: 'EUR',
      status: 'granted',
      ...UNSTATED_LINE_FIGURES,
      channel: 'direct',
      eurRate: 1,
    },
    {
      id: 'b-2',
      version: 1,
      funder: 'development_agency',
      funderName: 'Agence de l’eau Loire-Bretagne',
      partyId: null,
      amount: 50000,
      currency: 'EUR',
      status: 'requested',
      ...UNSTATED_LINE_FIGURES,
    },
  ],
  funding: {
    currency: 'EUR',
    totalGranted: 20000,
    ownShares: [{ partyId: ANGERS, granted: 20000, share: 1 }],
    funders: [
      {
        funder: 'development_agency',
        funderName: 'Agence de l’eau Loire-Bretagne',
        granted: 0,
        share: null,
        grantLeverage: null,
        requested: 50000,
      },
    ],
    requested: 50000,
    linesInOtherCurrencies: 0,
  },
  indicators: [HOUSEHOLDS, TRAINED],
  evaluations: [
    { id: 'e-1', on: '2026-07-10', parties: [ANGERS, BAMAKO], summary: 'Chantier dans les temps.' },
  ],
  logCount: 2,
};

/** Bamako's festival on both territories, not yet dated nor funded. */
const FESTIVAL = {
  ...ACTION_BASE,
  id: 'a-festival',
  title: 'Festival croisé des musiques',
  themes: ['culture'],
  locatedIn: [ANGERS, BAMAKO],
  location: 'both',
  initiatedBy: BAMAKO,
  proposal: { proposedBy: BAMAKO, statedBy: BAMAKO, confirmedBy: null },
  priority: 'low',
  status: 'planned',
  allowedTransitions: ['in_progress', 'cancelled'],
  startsOn: null,
  endsOn: null,
};

/** A training at Angers, from a start date on. */
const TRAINING = {
  ...ACTION_BASE,
  id: 'a-training',
  title: 'Formation des agents de la régie',
  themes: ['water_sanitation', 'education'],
  locatedIn: [ANGERS],
  location: 'here',
  initiatedBy: ANGERS,
  proposal: { proposedBy: ANGERS, statedBy: ANGERS, confirmedBy: BAMAKO },
  priority: 'medium',
  status: 'on_hold',
  allowedTransitions: ['in_progress', 'cancelled'],
  startsOn: '2026-09-15',
  endsOn: null,
  funding: {
    currency: 'EUR',
    totalGranted: 10000,
    ownShares: [{ partyId: ANGERS, granted: 4000, share: 0.4 }],
    funders: [
      {
        funder: 'ministry_call',
        funderName: 'MEAE — appel à projets',
        granted: 6000,
        share: 0.6,
        grantLeverage: 4000 / 6000,
        requested: 0,
      },
    ],
    requested: 0,
    linesInOtherCurrencies: 0,
  },
};

const ACTIONS_VIEW = {
  // Deliberately out of order: the page ranks them by priority itself.
  actions: [FESTIVAL, WELL, TRAINING],
  funding: {
    currency: 'EUR',
    totalGranted: 80000,
    ownShares: [
      { partyId: ANGERS, granted: 24000, share: 0.3 },
      { partyId: BAMAKO, granted: 9400, share: 0.1175 },
    ],
    funders: [
      {
        funder: 'ministry_call',
        funderName: 'MEAE — appel à projets',
        granted: 10000,
        share: 0.125,
        grantLeverage: 4.7,
        requested: 0,
      },
      {
        funder: 'european_union',
        funderName: 'Union européenne',
        granted: 36600,
        share: 0.4575,
        grantLeverage: 1.2,
        requested: 30000,
      },
    ],
    requested: 30000,
    linesInOtherCurrencies: 1,
  },
  asymmetry: {
    parties: [
      {
        partyId: ANGERS,
        actionsInitiated: 2,
        actionsInitiatedShare: 0.67,
        actionsLocated: 2,
        actionsLocatedShare: 0.67,
        visitsMade: 1,
        visitsHosted: 0,
        indicatorsProposed: 1,
        motivationsStated: 3,
        motivationsShared: 2,
      },
      {
        partyId: BAMAKO,
        actionsInitiated: 1,
        actionsInitiatedShare: 0.33,
        actionsLocated: 2,
        actionsLocatedShare: 0.67,
        visitsMade: 0,
        visitsHosted: 1,
        indicatorsProposed: 1,
        motivationsStated: 2,
        motivationsShared: 2,
      },
    ],
    initiativeByTerritory: [
      { proposedBy: ANGERS, territoryOf: ANGERS, actions: 1 },
      { proposedBy: ANGERS, territoryOf: BAMAKO, actions: 1 },
      { proposedBy: BAMAKO, territoryOf: ANGERS, actions: 1 },
      { proposedBy: BAMAKO, territoryOf: BAMAKO, actions: 1 },
    ],
    actionsCount: 3,
    visitsToPartner: 1,
    visitsFromPartner: 0,
    indicatorsCount: 2,
    indicatorsCoValidated: 1,
    indicatorsCoValidatedShare: 0.5,
  },
  warnings: [
    {
      id: 'ACTIONS.NO_RECENT_JOINT_EVALUATION',
      step: 'ACTIONS',
      explanationKey: 'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION',
      whyKey: 'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION',
      details: { actionId: 'a-training' },
    },
  ],
  parties: [
    {
      partyId: ANGERS,
      name: 'Ville d’Angers',
      role: 'initiator',
      territoryActors: [{ id: 'ta-1', name: 'Association Angers–Bamako' }],
    },
    { partyId: BAMAKO, name: 'Commune de Bamako', role: 'partner', territoryActors: [] },
  ],
};

/** The well's own version (5) differs from the partnership's (21): its writes must send the action's. */
const WELL_DETAIL = {
  version: 5,
  action: {
    ...WELL,
    log: [
      {
        id: 'l-2',
        at: '2026-07-02T09:30:00.000Z',
        byParty: BAMAKO,
        kind: 'delivery',
        text: 'Pompe livrée et installée.',
        attachmentIds: ['f-photo'],
        attachments: [
          {
            id: 'f-photo',
            name: 'pompe-installee.jpg',
            mediaType: 'image/jpeg',
            sizeBytes: 120000,
            sha256: 'ab',
            uploadedAt: '2026-07-02T09:00:00.000Z',
            uploadedByOrganisationId: BAMAKO,
          },
        ],
      },
      {
        id: 'l-1',
        at: '2026-03-05T14:00:00.000Z',
        byParty: ANGERS,
        kind: 'meeting',
        text: 'Réunion de lancement avec la régie.',
        attachmentIds: [],
        attachments: [],
      },
    ],
  },
};

const LIST_PAGE = '/partenariats/p-1/actions';
const WELL_PAGE = '/partenariats/p-1/actions/a-well';

/** Bamako's officer: the partner authority reads the same pages from its side. */
const BAMAKO_OFFICER: SessionResponse = {
  ...signedInAs('officer', { id: '00000000-0000-4000-8000-000000000011', displayName: 'Awa Traoré' }),
  organisation: { id: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML' },
};

const ODA_CODE_LISTS = {
  sectors: [
    {
      code: '14031',
      category: '140',
      nameFr: 'Approvisionnement en eau potable – dispositifs de base',
      nameEn: 'Basic drinking water supply',
    },
  ],
  sectorCategories: [
    {
      code: '140',
      nameFr: "I.4. Distribution d'Eau et Assainissement",
      nameEn: 'I.4. Water supply and sanitation',
    },
  ],
  markers: ['gender'],
  channels: ['direct'],
  sectorsVersion: '2026-12-06',
  recipientsVersion: '2026-12-06',
};

function actionsApi(routes: StubRoutes = {}, session: SessionResponse = signedInAs('officer')) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/actions': async () => jsonResponse(200, ACTIONS_VIEW),
      'GET /api/oda/code-lists': async () => jsonResponse(200, ODA_CODE_LISTS),
      'GET /api/partnerships/:id/actions/:actionId': async (_request, params) =>
        params['actionId'] === 'a-well'
          ? jsonResponse(200, WELL_DETAIL)
          : problemResponse(404, 'RESOURCE.NOT_FOUND'),
      ...routes,
    },
    session,
  );
}

async function bodyOf(api: ReturnType<typeof actionsApi>, method: string, path: string) {
  await waitFor(() => expect(api.requestsTo(method, path)).toHaveLength(1));
  const [request] = api.requestsTo(method, path);
  return (await request?.json()) as unknown;
}

/** An amount in euros as a French reader sees it (with its narrow no-break spaces). */
function euros(amount: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(amount);
}

/** Opens an act's dialog with its button, and gives the form inside. */
async function openForm(button: string, form: string): Promise<HTMLElement> {
  await userEvent.setup().click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('form', { name: form });
}

describe('step 6: the actions of a partnership', () => {
  it('lists the actions by priority, worded from the viewer’s side, with their funding', async () => {
    await renderApp(LIST_PAGE, actionsApi());
    const list = await screen.findByRole('list', { name: 'Actions par priorité' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Forage du quartier Nord',
      'Formation des agents de la régie',
      'Festival croisé des musiques',
    ]);

    const well = screen.getByRole('article', { name: 'Forage du quartier Nord' });
    expect(within(well).getByRole('link', { name: 'Forage du quartier Nord' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/actions/a-well',
    );
    expect(within(well).getByText('Priorité haute')).toBeVisible();
    expect(within(well).getByText('En cours')).toBeVisible();
    expect(well).toHaveTextContent('ThématiquesEau et assainissement');
    expect(well).toHaveTextContent('OùChez Commune de Bamako');
    expect(well).toHaveTextContent('À l’initiative deNotre collectivité');
    expect(well).toHaveTextContent('DatesDu 1 mars 2026 au 31 décembre 2026');
    expect(well).toHaveTextContent(/Financements20\s000,00\s€ accordés, dont 100\s% de budgets propres/);

    const festival = screen.getByRole('article', { name: 'Festival croisé des musiques' });
    expect(festival).toHaveTextContent('OùChez nous et chez Commune de Bamako');
    // Who proposed it, as Bamako stated it, until Angers confirms.
    expect(festival).toHaveTextContent('À l’initiative deCommune de Bamako (à confirmer par l’autre partie)');
    expect(festival).toHaveTextContent('Dates à préciser');
    expect(festival).toHaveTextContent('Financements—');

    const training = screen.getByRole('article', { name: 'Formation des agents de la régie' });
    expect(training).toHaveTextContent('OùChez nous');
    expect(training).toHaveTextContent('À partir du 15 septembre 2026');
    expect(within(training).getByText('Suspendue')).toBeVisible();
  });

  it('shows each funding figure for what it is, the balance between the parties and the warnings', async () => {
    await renderApp(LIST_PAGE, actionsApi());
    const funding = await screen.findByRole('table', { name: 'Financements du partenariat' });
    // Each authority's own share, each funder's share and the leverage of its grant, requests apart.
    expect(
      within(funding).getByRole('row', {
        name: /^Budget propre de Ville d’Angers 24\s000,00\s€ 30\s%/,
      }),
    ).toBeVisible();
    expect(
      within(funding).getByRole('row', {
        name: /^MEAE — appel à projets 10\s000,00\s€ 12,5\s% 4,7 mobilisés pour 1 accordé —$/,
      }),
    ).toBeVisible();
    expect(
      within(funding).getByRole('row', {
        name: /^Union européenne 36\s600,00\s€ 45,8\s% 1,2 mobilisés pour 1 accordé 30\s000,00\s€$/,
      }),
    ).toBeVisible();
    expect(
      within(funding).getByRole('row', { name: /^Total 80\s000,00\s€ 100\s%\s+30\s000,00\s€$/ }),
    ).toBeVisible();
    expect(screen.getByText('1 ligne dans une autre devise que EUR n’est pas comptée.')).toBeVisible();

    const balance = screen.getByRole('table', { name: 'Équilibre entre les parties' });
    expect(within(balance).getByRole('row', { name: 'Ville d’Angers 2 2 1' })).toBeVisible();
    expect(within(balance).getByRole('row', { name: 'Commune de Bamako 1 2 1' })).toBeVisible();

    // Who proposes crossed with where the actions take place.
    const cross = screen.getByRole('table', { name: 'Qui propose, où l’action a lieu' });
    expect(within(cross).getByRole('row', { name: 'Commune de Bamako 1 1' })).toBeVisible();

    const warnings = screen.getByRole('list', { name: 'Points d’attention sur les actions' });
    expect(warnings).toHaveTextContent(
      'Une action en cours n’a pas fait l’objet d’une évaluation conjointe depuis un an.',
    );
  });

  it('words the same actions from the partner authority’s side', async () => {
    const fromBamako = {
      ...ACTIONS_VIEW,
      actions: [{ ...WELL, location: 'here' }],
    };
    await renderApp(
      LIST_PAGE,
      actionsApi(
        { 'GET /api/partnerships/:id/actions': async () => jsonResponse(200, fromBamako) },
        BAMAKO_OFFICER,
      ),
    );
    const well = await screen.findByRole('article', { name: 'Forage du quartier Nord' });
    expect(well).toHaveTextContent('OùChez nous');
    expect(well).toHaveTextContent('À l’initiative deVille d’Angers');
  });

  // Types into every field of the form, one key at a time as a user does: slower than most tests.
  it('creates an action with every field, then opens its page', async () => {
    const created = {
      version: 1,
      action: {
        ...WELL_DETAIL.action,
        id: 'a-new',
        title: 'Potagers scolaires',
        status: 'planned',
        allowedTransitions: ['in_progress', 'cancelled'],
        budget: [],
        funding: NO_FUNDING,
        indicators: [],
        evaluations: [],
        log: [],
      },
    };
    const api = actionsApi({
      'POST /api/partnerships/:id/actions': async () => jsonResponse(201, created),
      'GET /api/partnerships/:id/actions/:actionId': async () => jsonResponse(200, created),
    });
    const { router } = await renderApp(LIST_PAGE, api);
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Intitulé de l’action'), '  Potagers scolaires ');
    await page.click(screen.getByRole('checkbox', { name: 'Éducation' }));
    await page.click(screen.getByRole('checkbox', { name: 'Eau et assainissement' }));
    await page.click(screen.getByRole('checkbox', { name: 'ODD 11 – Villes et communautés durables' }));
    await page.click(screen.getByRole('checkbox', { name: 'ODD 4 – Éducation de qualité' }));
    await page.click(screen.getByRole('checkbox', { name: 'Commune de Bamako' }));
    await page.click(screen.getByRole('checkbox', { name: 'Ville d’Angers (chez nous)' }));
    await page.selectOptions(screen.getByLabelText('Priorité'), 'high');
    await page.type(screen.getByLabelText('Date de début'), '2026-10-01');
    await page.type(screen.getByLabelText('Date de fin'), '2027-06-30');

    await page.click(screen.getByRole('button', { name: 'Ajouter un opérateur' }));
    const first = screen.getByRole('group', { name: 'Opérateur 1' });
    await page.selectOptions(within(first).getByLabelText('Acteur du territoire'), 'ta-1');
    expect(within(first).getByLabelText('Nom de l’opérateur')).toHaveValue('Association Angers–Bamako');
    await page.click(screen.getByRole('button', { name: 'Ajouter un opérateur' }));
    const second = screen.getByRole('group', { name: 'Opérateur 2' });
    await page.selectOptions(within(second).getByLabelText('Partie de l’opérateur'), BAMAKO);
    await page.type(within(second).getByLabelText('Nom de l’opérateur'), 'École Mamadou Konaté');
    // Angers enters an action Bamako proposed.
    await page.selectOptions(screen.getByLabelText(/Proposée par/), BAMAKO);
    await page.click(screen.getByRole('button', { name: 'Créer l’action' }));

    // A new action conflicts with nothing: its creation carries no version.
    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions')).toEqual({
      title: 'Potagers scolaires',
      themes: ['water_sanitation', 'education'],
      sdgs: [4, 11],
      locatedIn: [ANGERS, BAMAKO],
      proposedBy: BAMAKO,
      operators: [
        { name: 'Association Angers–Bamako', partyId: ANGERS, territoryActorId: 'ta-1' },
        { name: 'École Mamadou Konaté', partyId: BAMAKO, territoryActorId: null },
      ],
      priority: 'high',
      startsOn: '2026-10-01',
      endsOn: '2027-06-30',
    });
    expect(await screen.findByRole('heading', { name: 'Potagers scolaires', level: 2 })).toBeVisible();
    expect(router.state.location.pathname).toBe('/partenariats/p-1/actions/a-new');
  }, 20_000);

  it('shows the domain’s refusal of the dates at the end date', async () => {
    await renderApp(
      LIST_PAGE,
      actionsApi({
        'POST /api/partnerships/:id/actions': async () =>
          problemResponse(422, 'ACTION.END_BEFORE_START', {
            details: { startsOn: '2026-10-01', endsOn: '2026-09-01' },
          }),
      }),
    );
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Intitulé de l’action'), 'Potagers scolaires');
    await page.click(screen.getByRole('button', { name: 'Créer l’action' }));
    expect(await screen.findByLabelText('Date de fin')).toHaveAccessibleDescription(
      /Une action ne peut pas finir avant d’avoir commencé\./,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
  });

  it('shows an action’s status, budget with its funders and funding figures, indicators, evaluations and log', async () => {
    await renderApp(WELL_PAGE, actionsApi());
    expect(await screen.findByRole('heading', { name: 'Forage du quartier Nord', level: 2 })).toBeVisible();
    const facts = screen.getByLabelText('L’action en bref');
    expect(facts).toHaveTextContent('ODD 6 – Eau propre et assainissement');
    expect(facts).toHaveTextContent('Régie des eaux de Bamako (Commune de Bamako)');

    const budget = screen.getByRole('table', { name: 'Lignes de financement' });
    expect(
      within(budget).getByRole('row', {
        name: /Ville d’Angers Budget propre de Ville d’Angers 20\s000,00\s€ Accordé/,
      }),
    ).toBeVisible();
    expect(
      within(budget).getByRole('row', {
        name: /Agence de l’eau Loire-Bretagne Agence de développement 50\s000,00\s€ Demandé/,
      }),
    ).toBeVisible();
    expect(
      within(screen.getByRole('table', { name: 'Financements de l’action' })).getByRole('row', {
        name: /^Agence de l’eau Loire-Bretagne 0,00\s€ — — 50\s000,00\s€$/,
      }),
    ).toBeVisible();

    const households = screen.getByRole('article', { name: 'Ménages raccordés à l’eau potable' });
    expect(households).toHaveTextContent('Proposé par nous');
    expect(within(households).getByText('Validé par toutes les parties')).toBeVisible();
    const measurements = within(households).getByRole('table', {
      name: 'Mesures : Ménages raccordés à l’eau potable',
    });
    expect(
      within(measurements).getByRole('row', { name: '30 juin 2026 180 ménages Commune de Bamako — —' }),
    ).toBeVisible();
    // Actual against target per half-year, as an image named and described, and as a table.
    expect(
      within(households).getByRole('img', {
        name: /Réalisé et cible par période : Ménages raccordés à l’eau potable/,
      }),
    ).toBeVisible();
    const figures = within(households).getByRole('table', {
      name: 'Chiffres par période : Ménages raccordés à l’eau potable',
    });
    expect(
      within(figures).getByRole('row', {
        name: /^1 janvier 2026 – 30 juin 2026 120 250 180 ménages 46\s%\sCommune de Bamako —$/,
      }),
    ).toBeVisible();
    expect(
      within(figures).getByRole('row', { name: /^Ensemble de l’action 120 400 180 ménages 21\s%/ }),
    ).toBeVisible();
    expect(
      within(figures).getByRole('row', {
        name: '1 juillet 2026 – 31 décembre 2026 120 400 non mesuré — — —',
      }),
    ).toBeVisible();

    expect(screen.getByRole('list', { name: 'Évaluations conjointes' })).toHaveTextContent(
      'Évaluation du 10 juillet 2026Avec Ville d’Angers et Commune de BamakoChantier dans les temps.',
    );

    const log = screen.getByRole('list', { name: 'Entrées du journal' });
    const entries = [...log.children];
    expect(entries[0]).toHaveTextContent('Réalisation');
    expect(entries[0]).toHaveTextContent('Consigné par Commune de Bamako');
    expect(
      within(entries[0] as HTMLElement).getByRole('link', { name: 'pompe-installee.jpg' }),
    ).toHaveAttribute('href', '/api/partnerships/p-1/files/f-photo');
    expect(entries[1]).toHaveTextContent('Réunion');
    expect(entries[1]).toHaveTextContent('Consigné par nous');
  });

  it('records a measurement in the indicator’s unit, with a key that makes sending it again harmless', async () => {
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/indicators/:indicatorId/measurements': async () =>
        jsonResponse(201, {
          actionId: 'a-well',
          indicatorId: 'i-1',
          on: '2026-09-30',
          value: 212.5,
          recordedBy: ANGERS,
        }),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm(
      'Enregistrer une mesure : Ménages raccordés à l’eau potable',
      'Nouvelle mesure : Ménages raccordés à l’eau potable',
    );
    const page = userEvent.setup();
    const day = within(form).getByLabelText('Date de la mesure');
    await page.clear(day);
    await page.type(day, '2026-09-30');
    await page.type(within(form).getByLabelText('Valeur mesurée'), '212,5');
    expect(within(form).getByLabelText('Unité de la mesure')).toHaveValue('ménages');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));

    expect(
      await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/indicators/i-1/measurements'),
    ).toEqual({ on: '2026-09-30', value: 212.5, unit: 'ménages', breakdown: [], evidenceIds: [] });
    const [request] = api.requestsTo(
      'POST',
      '/api/partnerships/p-1/actions/a-well/indicators/i-1/measurements',
    );
    expect(request?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Mesure enregistrée.')).toBeVisible();
    // The action is read again: the measurement shows as the API keeps it.
    await waitFor(() =>
      expect(api.requestsTo('GET', '/api/partnerships/p-1/actions/a-well').length).toBeGreaterThan(1),
    );
  });

  it('shows a measurement in another unit refused at the unit field', async () => {
    await renderApp(
      WELL_PAGE,
      actionsApi({
        'POST /api/partnerships/:id/actions/:actionId/indicators/:indicatorId/measurements': async () =>
          problemResponse(422, 'ACTION.MEASUREMENT_WRONG_UNIT', {
            details: { unit: 'foyers', expectedUnit: 'ménages' },
          }),
      }),
    );
    const form = await openForm(
      'Enregistrer une mesure : Ménages raccordés à l’eau potable',
      'Nouvelle mesure : Ménages raccordés à l’eau potable',
    );
    const page = userEvent.setup();
    await page.type(within(form).getByLabelText('Valeur mesurée'), '200');
    const unit = within(form).getByLabelText('Unité de la mesure');
    await page.clear(unit);
    await page.type(unit, 'foyers');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));

    await waitFor(() =>
      expect(unit).toHaveAccessibleDescription(/Une mesure s’exprime dans l’unité de son indicateur\./),
    );
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Date de la mesure')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a measurement dated before the action starts refused at the date field', async () => {
    await renderApp(
      WELL_PAGE,
      actionsApi({
        'POST /api/partnerships/:id/actions/:actionId/indicators/:indicatorId/measurements': async () =>
          problemResponse(422, 'ACTION.MEASUREMENT_BEFORE_START', {
            details: { on: '2026-02-01', startsOn: '2026-03-01' },
          }),
      }),
    );
    const form = await openForm(
      'Enregistrer une mesure : Ménages raccordés à l’eau potable',
      'Nouvelle mesure : Ménages raccordés à l’eau potable',
    );
    const page = userEvent.setup();
    const day = within(form).getByLabelText('Date de la mesure');
    await page.clear(day);
    await page.type(day, '2026-02-01');
    await page.type(within(form).getByLabelText('Valeur mesurée'), '150');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la mesure' }));

    await waitFor(() =>
      expect(day).toHaveAccessibleDescription(
        /Une mesure ne peut pas être antérieure au début de l’action\./,
      ),
    );
  });

  it('offers the measurement form only once every party validated the indicator', async () => {
    await renderApp(WELL_PAGE, actionsApi());
    const trained = await screen.findByRole('article', { name: 'Agents formés à la maintenance' });
    expect(within(trained).queryByRole('button', { name: 'Enregistrer la mesure' })).not.toBeInTheDocument();
    expect(trained).toHaveTextContent(
      'Les mesures s’enregistrent une fois l’indicateur validé par toutes les parties.',
    );
  });

  it('plans an indicator’s periods in a dialog that closes on success and gives the focus back', async () => {
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/indicators/:indicatorId/plan': async () =>
        jsonResponse(200, WELL_DETAIL),
    });
    await renderApp(WELL_PAGE, api);
    const households = await screen.findByRole('article', { name: 'Ménages raccordés à l’eau potable' });
    expect(within(households).queryByRole('form')).not.toBeInTheDocument();
    const opener = within(households).getByRole('button', {
      name: 'Planifier les périodes : Ménages raccordés à l’eau potable',
    });
    const form = await openForm(
      'Planifier les périodes : Ménages raccordés à l’eau potable',
      'Planifier les périodes : Ménages raccordés à l’eau potable',
    );
    const page = userEvent.setup();
    await page.click(within(form).getByRole('checkbox', { name: 'par sexe (femmes, hommes)' }));
    await page.click(within(form).getByRole('button', { name: 'Enregistrer le plan' }));

    const body = await bodyOf(api, 'PUT', '/api/partnerships/p-1/actions/a-well/indicators/i-1/plan');
    expect(body).toMatchObject({
      version: 3,
      kind: 'level',
      frequency: 'half_yearly',
      periods: [
        { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 250, baseline: null },
        { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 400, baseline: null },
      ],
      disaggregations: [{ dimension: 'sex' }],
    });
    expect(await within(households).findByText('Plan enregistré.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('validates an indicator for the viewer’s party, with the indicator’s own version', async () => {
    const validated = {
      version: 6,
      action: {
        ...WELL_DETAIL.action,
        indicators: [
          HOUSEHOLDS,
          { ...TRAINED, validatedBy: [BAMAKO, ANGERS], awaitingValidationFrom: [], coValidated: true },
        ],
      },
    };
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/indicators/:indicatorId/validation': async () =>
        jsonResponse(200, validated),
    });
    await renderApp(WELL_PAGE, api);
    const households = await screen.findByRole('article', { name: 'Ménages raccordés à l’eau potable' });
    expect(
      within(households).queryByRole('button', { name: 'Valider cet indicateur' }),
    ).not.toBeInTheDocument();

    const trained = screen.getByRole('article', { name: 'Agents formés à la maintenance' });
    expect(trained).toHaveTextContent('Proposé par Commune de Bamako');
    const validation = within(trained).getByRole('list', {
      name: 'Validation : Agents formés à la maintenance',
    });
    expect(
      within(validation)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ville d’Angers : validation attendue Valider cet indicateur', 'Commune de Bamako : validé']);
    await userEvent.setup().click(within(trained).getByRole('button', { name: 'Valider cet indicateur' }));

    expect(
      await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/indicators/i-2/validation'),
    ).toEqual({ version: 2 });
    expect(await within(trained).findByText('Indicateur validé pour Ville d’Angers.')).toBeVisible();
    expect(within(trained).getByText('Validé par toutes les parties')).toBeVisible();
    expect(within(trained).queryByRole('button', { name: 'Valider cet indicateur' })).not.toBeInTheDocument();
  });

  it('logs an entry with several attachments, sending the uploaded files’ ids', async () => {
    let uploads = 0;
    const api = actionsApi({
      'POST /api/partnerships/:id/files': async () => {
        uploads += 1;
        return jsonResponse(201, {
          id: `00000000-0000-4000-8000-00000000f00${uploads}`,
          name: uploads === 1 ? 'feuille-de-presence.pdf' : 'photo-formation.png',
          mediaType: uploads === 1 ? 'application/pdf' : 'image/png',
          sizeBytes: 2048,
          sha256: 'cd',
          uploadedAt: '2026-09-30T10:00:00.000Z',
          uploadedByOrganisationId: ANGERS,
        });
      },
      'POST /api/partnerships/:id/actions/:actionId/log': async () =>
        jsonResponse(201, {
          id: '00000000-0000-4000-8000-00000000e001',
          at: '2026-09-30T10:05:00.000Z',
          byParty: ANGERS,
          kind: 'training',
          text: 'Formation de six agents à la maintenance.',
          attachmentIds: [],
          attachments: [],
        }),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Consigner ce qui a été fait' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Ajouter au journal' });
    await page.selectOptions(within(form).getByLabelText('Nature'), 'training');
    await page.type(
      within(form).getByLabelText('Ce qui a été fait'),
      'Formation de six agents à la maintenance.',
    );
    // The chooser speaks the account's language, not the browser's ("Choose File").
    expect(within(form).getByText('Choisir un fichier…')).toBeVisible();
    await page.upload(
      within(form).getByLabelText('Joindre un fichier'),
      new File(['%PDF-1.7'], 'feuille-de-presence.pdf', { type: 'application/pdf' }),
    );
    expect(await within(form).findByText('feuille-de-presence.pdf')).toBeVisible();
    await page.upload(
      within(form).getByLabelText('Joindre un fichier'),
      new File(['png'], 'photo-formation.png', { type: 'image/png' }),
    );
    expect(await within(form).findByText('photo-formation.png')).toBeVisible();
    await page.click(within(form).getByRole('button', { name: 'Ajouter au journal' }));

    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/log')).toEqual({
      kind: 'training',
      text: 'Formation de six agents à la maintenance.',
      attachmentIds: ['00000000-0000-4000-8000-00000000f001', '00000000-0000-4000-8000-00000000f002'],
    });
    // The dialog closes on success, says so beside its button and gives the focus back to it.
    expect(await screen.findByText('Entrée ajoutée au journal.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Ajouter au journal' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('shows the conflict words when the action changed meanwhile, and reloads it', async () => {
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/priority': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 6 }),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Changer la priorité', 'Changer la priorité');
    await page.selectOptions(within(form).getByLabelText('Priorité de l’action'), 'low');
    await page.click(within(form).getByRole('button', { name: 'Changer la priorité' }));

    expect(await bodyOf(api, 'PUT', '/api/partnerships/p-1/actions/a-well/priority')).toEqual({
      version: 5,
      priority: 'low',
    });
    // The refusal shows in the dialog, which stays open on the action read again.
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cette action entre-temps : elle a été rechargée. Vérifiez-la puis recommencez.',
    );
    await waitFor(() =>
      expect(api.requestsTo('GET', '/api/partnerships/p-1/actions/a-well').length).toBeGreaterThan(1),
    );
    expect(screen.getByRole('dialog', { name: 'Changer la priorité' })).toBeVisible();
  });

  it('corrects who proposed the action in a dialog: sent with the action’s version, then to be confirmed', async () => {
    const URL = '/api/partnerships/p-1/actions/a-well/proposer';
    const corrected = {
      ...WELL_DETAIL,
      version: 6,
      action: {
        ...WELL_DETAIL.action,
        proposal: { proposedBy: BAMAKO, statedBy: ANGERS, confirmedBy: null },
      },
    };
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/proposer': async () => jsonResponse(200, corrected),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const facts = await screen.findByLabelText('L’action en bref');
    const opener = within(facts).getByRole('button', { name: 'Corriger qui a proposé l’action' });
    await page.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Corriger qui a proposé l’action' });
    expect(dialog).toHaveTextContent(
      'Votre correction sera à confirmer par l’autre partie, même si elle avait confirmé la précédente.',
    );
    const form = within(dialog).getByRole('form', { name: 'Corriger qui a proposé l’action' });
    // The other party is offered first; restating the current proposer cannot be sent.
    const select = within(form).getByLabelText('Proposée par');
    expect(select).toHaveValue(BAMAKO);
    await page.selectOptions(select, ANGERS);
    expect(within(form).getByRole('button', { name: 'Enregistrer la correction' })).toBeDisabled();
    await page.selectOptions(select, BAMAKO);
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la correction' }));

    expect(await bodyOf(api, 'PUT', URL)).toEqual({ version: 5, proposedBy: BAMAKO });
    expect(await screen.findByText('Correction enregistrée : l’autre partie la confirmera.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(facts).toHaveTextContent('Commune de Bamako (à confirmer par l’autre partie)');
  });

  it('keeps the correction dialog open with the refusal at the field', async () => {
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/proposer': async () =>
        problemResponse(409, 'ACTION.PROPOSER_UNCHANGED'),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Corriger qui a proposé l’action', 'Corriger qui a proposé l’action');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la correction' }));
    expect(await within(form).findByText(/déjà indiquée comme celle qui a proposé l’action/)).toBeVisible();
    expect(within(form).getByLabelText('Proposée par')).toHaveAccessibleDescription(
      /déjà indiquée comme celle qui a proposé l’action/,
    );
    expect(screen.getByRole('dialog', { name: 'Corriger qui a proposé l’action' })).toBeVisible();
  });

  it('moves the status only through the transitions the API allows, and shows its refusal', async () => {
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/status': async () =>
        problemResponse(409, 'ACTION.INVALID_TRANSITION', {
          details: { from: 'in_progress', to: 'on_hold' },
        }),
    });
    await renderApp(WELL_PAGE, api);
    const moves = await screen.findByRole('group', { name: 'Faire avancer l’action' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Suspendre l’action', 'Marquer l’action comme terminée', 'Abandonner l’action']);
    await userEvent.setup().click(within(moves).getByRole('button', { name: 'Suspendre l’action' }));

    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/status')).toEqual({
      version: 5,
      to: 'on_hold',
    });
    expect(await within(moves).findByRole('alert')).toHaveTextContent(
      'L’action ne peut pas passer à ce statut.',
    );
  });

  it('shows the partner authority no status buttons on an action the other side initiated', async () => {
    const seenByBamako = {
      ...WELL_DETAIL,
      action: { ...WELL_DETAIL.action, location: 'here', allowedTransitions: [] },
    };
    await renderApp(
      WELL_PAGE,
      actionsApi(
        { 'GET /api/partnerships/:id/actions/:actionId': async () => jsonResponse(200, seenByBamako) },
        BAMAKO_OFFICER,
      ),
    );
    expect(
      await screen.findByText(
        'Le statut de cette action est changé par Ville d’Angers, qui l’a lancée. Vous pouvez la documenter, la mesurer et l’évaluer.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Faire avancer l’action' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Marquer l’action comme terminée' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Abandonner l’action' })).not.toBeInTheDocument();
    // Ranking the action stays open to both sides.
    expect(screen.getByRole('button', { name: 'Changer la priorité' })).toBeVisible();
  });

  it('asks to confirm a final status before completing the action', async () => {
    const completed = {
      version: 6,
      action: { ...WELL_DETAIL.action, status: 'completed', allowedTransitions: [] },
    };
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/status': async () => jsonResponse(200, completed),
    });
    await renderApp(WELL_PAGE, api);
    const moves = await screen.findByRole('group', { name: 'Faire avancer l’action' });
    const page = userEvent.setup();
    await page.click(within(moves).getByRole('button', { name: 'Marquer l’action comme terminée' }));
    expect(api.requestsTo('POST', '/api/partnerships/p-1/actions/a-well/status')).toHaveLength(0);
    expect(moves).toHaveTextContent(
      '« Marquer l’action comme terminée » : l’action ne pourra plus changer de statut ensuite. Confirmez-vous ?',
    );
    await page.click(within(moves).getByRole('button', { name: 'Confirmer' }));

    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/status')).toEqual({
      version: 5,
      to: 'completed',
    });
    expect(await within(moves).findByText('Statut de l’action : Terminée.')).toBeVisible();
    expect(within(moves).getByText('Cette action ne peut plus changer de statut.')).toBeVisible();
  });

  it('adds a funding line from another funder, with the amount typed in French', async () => {
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/budget-lines': async () =>
        jsonResponse(201, { ...WELL_DETAIL, version: 6 }),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm('Ajouter une ligne de financement', 'Ajouter une ligne de financement');
    const page = userEvent.setup();
    await page.selectOptions(within(form).getByLabelText('Type de financeur'), 'european_union');
    expect(within(form).queryByLabelText('Budget de quelle partie ?')).not.toBeInTheDocument();
    await page.type(within(form).getByLabelText('Nom du financeur'), 'Programme Erasmus+');
    await page.type(within(form).getByLabelText('Montant'), '12 500,50');
    const currency = within(form).getByLabelText('Devise');
    await page.clear(currency);
    await page.type(currency, 'xof');
    await page.selectOptions(within(form).getByLabelText('Statut du financement'), 'requested');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la ligne de financement' }));

    // A new line conflicts with nothing: it carries no version.
    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/budget-lines')).toEqual({
      funder: 'european_union',
      funderName: 'Programme Erasmus+',
      amount: 12500.5,
      currency: 'XOF',
      status: 'requested',
    });
    expect(await screen.findByText('Ligne de financement ajoutée.')).toBeVisible();
  });

  it('records a line’s rate and payment in its dialog, which closes on success and gives the focus back', async () => {
    const LINE_URL = '/api/partnerships/p-1/actions/a-well/budget-lines/b-2';
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/budget-lines/:lineId': async () =>
        jsonResponse(200, { ...WELL_DETAIL, version: 6 }),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const title = `Période, canal et versements — Agence de l’eau Loire-Bretagne, ${euros(50000)}`;
    const opener = await screen.findByRole('button', { name: title });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: title });
    await page.type(within(form).getByLabelText('Taux : EUR pour 1 €'), '1');
    await page.type(within(form).getByLabelText('Montant versé (EUR)'), '12 000,50');
    await page.type(within(form).getByLabelText('Versé le'), '2026-10-01');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await bodyOf(api, 'PUT', LINE_URL)).toMatchObject({
      version: 1,
      eurRate: 1,
      paidAmount: 12000.5,
      paidOn: '2026-10-01',
    });
    expect(await screen.findByText('Ligne mise à jour.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps a line’s dialog open on a rate that is not a number, the error at the field', async () => {
    const api = actionsApi();
    await renderApp(WELL_PAGE, api);
    const title = `Période, canal et versements — Agence de l’eau Loire-Bretagne, ${euros(50000)}`;
    const form = await openForm(title, title);
    const page = userEvent.setup();
    const rate = within(form).getByLabelText('Taux : EUR pour 1 €');
    await page.type(rate, 'un');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(rate).toHaveAccessibleDescription(/Saisissez un nombre/);
    expect(rate).toHaveFocus();
    expect(screen.getByRole('dialog', { name: title })).toBeVisible();
    expect(api.requestsTo('PUT', '/api/partnerships/p-1/actions/a-well/budget-lines/b-2')).toHaveLength(0);
  });

  it('shows a viewer a line’s figures as text behind a disclosure, with no form', async () => {
    await renderApp(WELL_PAGE, actionsApi({}, signedInAs('viewer')));
    const page = userEvent.setup();
    const summary = await screen.findByText(/^Période, canal et versements — Ville d’Angers, /);
    await page.click(summary);
    const figures = summary.closest('details')?.querySelector('dl');
    expect(figures).toHaveTextContent('Directe (la collectivité)');
    expect(figures).toHaveTextContent('Taux : EUR pour 1 €1');
    expect(screen.queryByRole('button', { name: /^Période, canal et versements/ })).not.toBeInTheDocument();
  });

  it('proposes an indicator for the viewer’s party', async () => {
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/indicators': async () =>
        jsonResponse(201, { ...WELL_DETAIL, version: 6 }),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm('Proposer un indicateur', 'Proposer un indicateur');
    const page = userEvent.setup();
    await page.type(within(form).getByLabelText('Nom de l’indicateur'), 'Bornes-fontaines en service');
    await page.type(within(form).getByLabelText('Unité'), 'bornes');
    await page.type(within(form).getByLabelText('Valeur de départ'), '3');
    await page.type(within(form).getByLabelText('Valeur cible'), '10');
    await page.click(within(form).getByRole('button', { name: 'Proposer l’indicateur' }));

    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/indicators')).toEqual({
      name: 'Bornes-fontaines en service',
      unit: 'bornes',
      baseline: 3,
      target: 10,
      plan: { kind: 'level', frequency: null, periods: [], disaggregations: [] },
    });
  });

  it('records a joint evaluation, and shows at the parties a refusal with only one of them', async () => {
    const api = actionsApi({
      'POST /api/partnerships/:id/actions/:actionId/evaluations': async () =>
        problemResponse(409, 'ACTION.EVALUATION_NOT_JOINT', { details: { parties: [ANGERS] } }),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm(
      'Enregistrer une évaluation conjointe',
      'Enregistrer une évaluation conjointe',
    );
    const page = userEvent.setup();
    const day = within(form).getByLabelText('Date de l’évaluation');
    await page.clear(day);
    await page.type(day, '2026-10-05');
    await page.click(within(form).getByRole('checkbox', { name: 'Commune de Bamako' }));
    await page.type(within(form).getByLabelText('Synthèse de l’évaluation'), 'Bilan à mi-parcours.');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer l’évaluation' }));

    expect(await bodyOf(api, 'POST', '/api/partnerships/p-1/actions/a-well/evaluations')).toEqual({
      on: '2026-10-05',
      parties: [ANGERS],
      summary: 'Bilan à mi-parcours.',
    });
    const parties = within(form).getByRole('group', { name: 'Parties associées' });
    await waitFor(() =>
      expect(parties).toHaveAccessibleDescription(/Une évaluation conjointe associe au moins deux parties\./),
    );
  });

  it('shows no form to a viewer, on the list or on an action', async () => {
    await renderApp(LIST_PAGE, actionsApi({}, signedInAs('viewer')));
    expect(await screen.findByRole('list', { name: 'Actions par priorité' })).toBeVisible();
    expect(
      screen.getByText('Votre rôle permet de consulter les actions, pas de les créer ni de les piloter.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Créer l’action' })).not.toBeInTheDocument();
  });

  it('shows no form to a viewer on an action page', async () => {
    await renderApp(WELL_PAGE, actionsApi({}, signedInAs('viewer')));
    expect(await screen.findByRole('list', { name: 'Entrées du journal' })).toBeVisible();
    const main = screen.getByRole('main');
    expect(within(main).queryByRole('form')).not.toBeInTheDocument();
    expect(within(main).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets an elected official measure and log, but not steer the action', async () => {
    await renderApp(WELL_PAGE, actionsApi({}, signedInAs('elected')));
    expect(
      await screen.findByRole('button', {
        name: 'Enregistrer une mesure : Ménages raccordés à l’eau potable',
      }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Consigner ce qui a été fait' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Changer la priorité' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Faire avancer l’action' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Valider cet indicateur' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ajouter une ligne de financement' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Proposer un indicateur' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Enregistrer une évaluation conjointe' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the action is not in the partnership', async () => {
    await renderApp('/partenariats/p-1/actions/a-gone', actionsApi());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette action est introuvable dans ce partenariat.',
    );
    expect(screen.getByRole('link', { name: 'Toutes les actions du partenariat' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/actions',
    );
  });
});

describe('step 6: an action’s description for the official outputs', () => {
  const DESCRIPTION_URL = '/api/partnerships/p-1/actions/a-well/description';

  it('reads what is recorded first: the texts, the sectors with their shares and the markers targeted', async () => {
    const described = {
      ...WELL_DETAIL,
      action: {
        ...WELL_DETAIL.action,
        description: 'Un puits équipé d’une pompe solaire.',
        objectives: 'Raccorder 120 ménages.',
        sectors: [{ code: '14031', percentage: 100 }],
        markers: { gender: 1, environment: 0 },
      },
    };
    await renderApp(
      WELL_PAGE,
      actionsApi({ 'GET /api/partnerships/:id/actions/:actionId': async () => jsonResponse(200, described) }),
    );
    const facts = await screen.findByLabelText('Ce qui est publié de l’action');
    expect(facts).toHaveTextContent('Un puits équipé d’une pompe solaire.');
    expect(facts).toHaveTextContent('Raccorder 120 ménages.');
    await waitFor(() =>
      expect(facts).toHaveTextContent(
        /14031 · Approvisionnement en eau potable – dispositifs de base — 100\s%/,
      ),
    );
    expect(facts).toHaveTextContent('Égalité femmes-hommes : 1 — objectif significatif');
    // A marker scored "not targeted" is not listed; the six left unscored are counted.
    expect(facts).not.toHaveTextContent('Environnement');
    expect(facts).toHaveTextContent('6 marqueurs à renseigner.');
    expect(screen.queryByRole('form', { name: 'Description et aide publique au développement' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Modifier la description' })).toBeVisible();
  });

  it('names the DAC sectors and their categories in English for a German reader', async () => {
    const described = {
      ...WELL_DETAIL,
      action: { ...WELL_DETAIL.action, sectors: [{ code: '14031', percentage: 100 }] },
    };
    await renderApp(
      WELL_PAGE,
      actionsApi({ 'GET /api/partnerships/:id/actions/:actionId': async () => jsonResponse(200, described) }),
      'de',
    );
    const facts = await screen.findByLabelText('Was von der Maßnahme veröffentlicht wird');
    await waitFor(() => expect(facts).toHaveTextContent(/14031 · Basic drinking water supply — 100\s%/));
    const form = await openForm('Beschreibung ändern', 'Beschreibung und öffentliche Entwicklungsleistungen');
    expect(
      within(form).getByRole('option', { name: '14031 · Basic drinking water supply' }).closest('optgroup'),
    ).toHaveAttribute('label', 'I.4. Water supply and sanitation');
  });

  it('describes the action in a dialog that closes on success and gives the focus back to its button', async () => {
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/description': async () =>
        jsonResponse(200, { ...WELL_DETAIL, version: 6 }),
    });
    await renderApp(WELL_PAGE, api);
    expect(await screen.findByText(/^Pas encore décrite/)).toBeVisible();
    const page = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'Décrire l’action' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Description et aide publique au développement' });
    await page.type(within(form).getByLabelText('Description'), 'Un puits équipé.');
    await page.selectOptions(within(form).getByLabelText('Secteur 1'), '14031');
    await page.selectOptions(within(form).getByLabelText('Égalité femmes-hommes'), '2');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la description' }));
    expect(await bodyOf(api, 'PUT', DESCRIPTION_URL)).toEqual({
      version: 5,
      description: 'Un puits équipé.',
      objectives: '',
      sectors: [{ code: '14031', percentage: 100 }],
      markers: { gender: 2 },
    });
    expect(await screen.findByText('Description enregistrée.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('keeps the dialog open after a refusal, with the error at the sectors and the focus on the first one', async () => {
    const api = actionsApi({
      'PUT /api/partnerships/:id/actions/:actionId/description': async () =>
        problemResponse(422, 'ODA.SECTORS_NOT_100'),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm('Décrire l’action', 'Description et aide publique au développement');
    const page = userEvent.setup();
    // Some 300 codes: the picker groups them in their DAC categories.
    expect(
      within(form)
        .getByRole('option', { name: /^14031/ })
        .closest('optgroup'),
    ).toHaveAttribute('label', "I.4. Distribution d'Eau et Assainissement");
    await page.selectOptions(within(form).getByLabelText('Secteur 1'), '14031');
    const share = within(form).getByLabelText('Part (%)');
    await page.clear(share);
    await page.type(share, '80');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la description' }));
    const sectors = await within(form).findByRole('group', { name: /^Secteurs du CAD/ });
    await waitFor(() =>
      expect(sectors).toHaveAccessibleDescription(
        'Chaque secteur apparaît une fois et les pourcentages font 100.',
      ),
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    expect(within(form).getByLabelText('Secteur 1')).toHaveFocus();
    expect(
      screen.getByRole('dialog', { name: 'Description et aide publique au développement' }),
    ).toBeVisible();
  });

  it('shows the description but no button to those who do not run the action', async () => {
    await renderApp(WELL_PAGE, actionsApi({}, signedInAs('elected')));
    expect(await screen.findByText(/^Pas encore décrite/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Décrire l’action' })).not.toBeInTheDocument();
  });
});

describe('step 6: an action’s applications to calls and the money they bring', () => {
  const fundingApi = () =>
    actionsApi({
      'GET /api/partnerships/:id/actions/:actionId/funding': async () => jsonResponse(200, ACTION_FUNDING),
      'PUT /api/partnerships/:id/funding-applications/:applicationId/tranches/:trancheId/receipt': async () =>
        jsonResponse(200, { ...ACTION_FUNDING.applications[1]!.tranches[1], receivedOn: '2027-05-20' }),
    });
  const RECEIPT_URL = '/api/partnerships/p-1/funding-applications/id-4/tranches/id-7/receipt';

  it('says of each tranche what was expected and what came, in one sentence each', async () => {
    await renderApp(WELL_PAGE, fundingApi());
    const tranches = await screen.findByRole('list', {
      name: 'Tranches de « Autorités locales — patrimoine et emploi des jeunes »',
    });
    const items = within(tranches).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      /^Préfinancement \(60 %\) — attendue 25\s200,00\s€ le 10 juin 2026 — reçue 25\s200,00\s€ le 18 juin 2026$/,
    );
    expect(items[1]).toHaveTextContent(/^Solde — attendue 16\s800,00\s€ le 26 mai 2027 — pas encore reçue/);
  });

  it('records a tranche received in its dialog, under the tranche’s version, then says so on the application', async () => {
    const api = fundingApi();
    await renderApp(WELL_PAGE, api);
    const receipt = await openForm(
      'Noter la réception de la tranche « Solde »',
      'Réception de la tranche « Solde »',
    );
    const amount = within(receipt).getByLabelText('Montant reçu (€)');
    await userEvent.clear(amount);
    await userEvent.type(amount, '16 800,50');
    const on = within(receipt).getByLabelText('Date de réception');
    await userEvent.clear(on);
    await userEvent.type(on, '2027-05-20');
    await userEvent.click(within(receipt).getByRole('button', { name: 'Noter la réception' }));
    expect(await bodyOf(api, 'PUT', RECEIPT_URL)).toEqual({ version: 1, on: '2027-05-20', amount: 16800.5 });
    // The tranche's button goes once it is received: the application says so and takes the focus.
    expect(await screen.findByText('Réception notée.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /^Autorités locales — patrimoine et emploi des jeunes/ }),
    ).toHaveFocus();
  });

  it('refuses an amount that is not one, on the field, keeping the dialog open and sending nothing', async () => {
    const api = fundingApi();
    await renderApp(WELL_PAGE, api);
    const receipt = await openForm(
      'Noter la réception de la tranche « Solde »',
      'Réception de la tranche « Solde »',
    );
    const amount = within(receipt).getByLabelText('Montant reçu (€)');
    await userEvent.clear(amount);
    await userEvent.type(amount, 'seize mille');
    await userEvent.click(within(receipt).getByRole('button', { name: 'Noter la réception' }));
    expect(amount).toHaveAccessibleDescription('Valeur invalide.');
    expect(screen.getByRole('dialog', { name: 'Réception de la tranche « Solde »' })).toBeVisible();
    expect(api.requestsTo('PUT', RECEIPT_URL)).toHaveLength(0);
  });

  it('adds an expected tranche in a dialog that closes on success and gives the focus back to its button', async () => {
    const TRANCHES_URL = '/api/partnerships/p-1/funding-applications/id-4/tranches';
    const api = actionsApi({
      'GET /api/partnerships/:id/actions/:actionId/funding': async () => jsonResponse(200, ACTION_FUNDING),
      'POST /api/partnerships/:id/funding-applications/:applicationId/tranches': async () =>
        jsonResponse(201, ACTION_FUNDING.applications[1]!.tranches[1]),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', {
      name: 'Ajouter une tranche à « Autorités locales — patrimoine et emploi des jeunes »',
    });
    await page.click(opener);
    const form = await screen.findByRole('form', {
      name: 'Nouvelle tranche pour « Autorités locales — patrimoine et emploi des jeunes »',
    });
    await page.type(within(form).getByLabelText('Libellé'), 'Avenant');
    const on = within(form).getByLabelText('Date attendue');
    await page.clear(on);
    await page.type(on, '2027-09-01');
    await page.type(within(form).getByLabelText('Montant attendu (€)'), '4 000');
    await page.click(within(form).getByRole('button', { name: 'Ajouter une tranche' }));
    expect(await bodyOf(api, 'POST', TRANCHES_URL)).toEqual({
      label: 'Avenant',
      expectedOn: '2027-09-01',
      expectedAmount: 4000,
    });
    expect(await screen.findByText('Tranche enregistrée.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens each act of an application as a button, only for the authority that applied', async () => {
    await renderApp(WELL_PAGE, fundingApi());
    expect(
      await screen.findByRole('button', {
        name: 'Noter l’envoi : Rapport intermédiaire, « Autorités locales — patrimoine et emploi des jeunes »',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', {
        name: 'Ajouter un rapport attendu pour « Autorités locales — patrimoine et emploi des jeunes »',
      }),
    ).toBeVisible();
    // No form stands open on the page.
    expect(screen.queryByRole('form', { name: /tranche|rapport|candidature/i })).not.toBeInTheDocument();
  });
  /** The same funding with a draft to an open call of the authority, and another call still open. */
  const DRAFT = {
    ...ACTION_FUNDING.applications[0]!,
    id: 'id-20',
    status: 'draft' as const,
    submittedOn: null,
    decidedOn: null,
    conditions: null,
    version: 3,
    call: { ...ACTION_FUNDING.applications[0]!.call, name: 'Jeunesse et patrimoine' },
  };
  const OPEN_CALL = { ...ACTION_FUNDING.applications[0]!.call, id: 'id-30', name: 'Fonds eau 2027' };
  const withDraft = (routes: StubRoutes = {}, session?: SessionResponse) =>
    actionsApi(
      {
        'GET /api/partnerships/:id/actions/:actionId/funding': async () =>
          jsonResponse(200, {
            ...ACTION_FUNDING,
            applications: [...ACTION_FUNDING.applications, DRAFT],
            openCalls: [OPEN_CALL],
          }),
        ...routes,
      },
      session,
    );

  it('submits a draft in its dialog; its button gone, the application says so and takes the focus', async () => {
    const SUBMISSION_URL = '/api/partnerships/p-1/funding-applications/id-20/submission';
    const api = withDraft({
      'POST /api/partnerships/:id/funding-applications/:applicationId/submission': async () =>
        jsonResponse(200, { ...DRAFT, status: 'submitted', submittedOn: '2026-11-02' }),
    });
    await renderApp(WELL_PAGE, api);
    const form = await openForm(
      'Déposer la candidature à « Jeunesse et patrimoine »',
      'Déposer la candidature à « Jeunesse et patrimoine »',
    );
    const page = userEvent.setup();
    const on = within(form).getByLabelText('Date');
    await page.clear(on);
    await page.type(on, '2026-11-02');
    await page.click(within(form).getByRole('button', { name: 'Déposer la candidature' }));
    expect(await bodyOf(api, 'POST', SUBMISSION_URL)).toEqual({ version: 3, on: '2026-11-02' });
    expect(await screen.findByText('Candidature déposée.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Jeunesse et patrimoine/ })).toHaveFocus();
  });

  it('applies to an open call in a dialog that closes on success and gives the focus back to its button', async () => {
    const DRAFT_URL = '/api/partnerships/p-1/actions/a-well/funding-applications';
    const api = withDraft({
      'POST /api/partnerships/:id/actions/:actionId/funding-applications': async () =>
        jsonResponse(201, DRAFT),
    });
    await renderApp(WELL_PAGE, api);
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Candidater à un appel' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Candidater à un appel' });
    await page.type(within(form).getByLabelText('Montant demandé (€)'), '12 500');
    await page.click(within(form).getByRole('button', { name: 'Créer le brouillon' }));
    expect(await bodyOf(api, 'POST', DRAFT_URL)).toEqual({
      callId: 'id-30',
      requestedAmount: 12500,
      staffTimeAmount: 0,
    });
    expect(
      await screen.findByText('Brouillon créé : vérifiez-le au regard des règles de l’appel.'),
    ).toBeVisible();
    expect(opener).toHaveFocus();
  });

  it('shows an elected official the applications without any act', async () => {
    await renderApp(WELL_PAGE, withDraft({}, signedInAs('elected')));
    expect(await screen.findByRole('heading', { name: /^Jeunesse et patrimoine/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Déposer la candidature/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Noter la réception/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Candidater à un appel' })).not.toBeInTheDocument();
  });
});
