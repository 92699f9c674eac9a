import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  validationProblem,
  type StubRoutes,
} from '../../test/render-app';

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
  version: 7,
};

const NO_FRAMES = { humanist: 0, political: 0, pro_domo: 0 };

const ANGERS_SIDE = {
  partyId: ANGERS,
  name: 'Ville d’Angers',
  role: 'initiator',
  sharedMotivations: [
    {
      id: 'm-a1',
      category: 'political',
      frameOfReference: 'humanist',
      text: 'Agir pour l’accès à l’eau dans une ville amie.',
      createdAt: '2026-02-10T10:00:00.000Z',
      sharedAt: '2026-03-01T10:00:00.000Z',
    },
    {
      id: 'm-a2',
      category: 'institutional',
      frameOfReference: 'political',
      text: 'Faire connaître le savoir-faire de la régie des eaux.',
      createdAt: '2026-02-11T10:00:00.000Z',
      sharedAt: '2026-03-01T10:00:00.000Z',
    },
  ],
  framesOfReference: { humanist: 1, political: 1, pro_domo: 0 },
  latestCompatibilityReview: null,
};

const BAMAKO_SIDE = {
  partyId: BAMAKO,
  name: 'Commune de Bamako',
  role: 'partner',
  sharedMotivations: [
    {
      id: 'm-b1',
      category: 'economic',
      frameOfReference: 'pro_domo',
      text: 'Former les agents du service des eaux.',
      createdAt: '2026-02-20T10:00:00.000Z',
      sharedAt: '2026-03-02T10:00:00.000Z',
    },
  ],
  framesOfReference: { humanist: 0, political: 0, pro_domo: 1 },
  latestCompatibilityReview: {
    decision: 'changes_requested',
    reviewerName: 'Amadou Traoré',
    reviewedAt: '2026-03-05T10:00:00.000Z',
    comment: 'Préciser le volet économique.',
    councilDecisionRef: 'DEL-2026-07',
    councilDecisionOn: '2026-03-04',
    coversLatestSharing: true,
  },
};

const VIEW = {
  version: 7,
  // The partner first, as the API may list it: the page puts the viewer's side first.
  parties: [BAMAKO_SIDE, ANGERS_SIDE],
  priorities: [
    {
      id: 'pr-1',
      title: 'Accès à l’eau potable',
      stakeIds: ['s-1', 's-bamako'],
      agreedBy: [BAMAKO],
      agreedByAll: false,
      agreedAt: '2026-03-06T10:00:00.000Z',
    },
    {
      id: 'pr-2',
      title: 'Formation des agents',
      stakeIds: [],
      agreedBy: [ANGERS, BAMAKO],
      agreedByAll: true,
      agreedAt: '2026-03-07T10:00:00.000Z',
    },
  ],
  missingForApproval: ['CONVENTION.COMPATIBILITY_REVIEWED', 'CONVENTION.PRIORITIES_SET'],
  awaitedForApproval: [
    { criterion: 'CONVENTION.COMPATIBILITY_REVIEWED', awaitedParties: [BAMAKO] },
    { criterion: 'CONVENTION.PRIORITIES_SET', awaitedParties: [ANGERS] },
  ],
};

const COMMITMENT = {
  version: 7,
  motivations: [],
  stakes: [
    { id: 's-1', title: 'Eau potable dans les quartiers', cooperationCanBeLever: true },
    { id: 's-2', title: 'Emploi des jeunes', cooperationCanBeLever: true },
  ],
  contributions: [],
  territoryActors: [],
  partners: [],
};

const PAGE = '/partenariats/p-1/motivations-croisees';
const API = '/api/partnerships/p-1/political-dialogue';

function politicalDialogueApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'elected') {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/political-dialogue': async () => jsonResponse(200, VIEW),
      'GET /api/partnerships/:id/commitment': async () => jsonResponse(200, COMMITMENT),
      ...routes,
    },
    signedInAs(role),
  );
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  return request?.json();
}

describe('step 5: motivations side by side', () => {
  it('puts each party’s shared motivations in a column headed by its name, the viewer’s first', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const section = await screen.findByRole('region', { name: 'Motivations mises sur la table' });
    const columns = within(section).getAllByRole('group');
    expect(columns.map((column) => within(column).getByRole('heading').textContent)).toEqual([
      'Ville d’Angers',
      'Commune de Bamako',
    ]);
    const [angers, bamako] = columns;
    expect(angers).toHaveTextContent('Votre collectivité');
    expect(angers).toHaveTextContent('Référentiels — humaniste : 1 · politique : 1 · pro domo : 0');
    expect(
      within(angers!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Politique · HumanisteAgir pour l’accès à l’eau dans une ville amie.Partagée le 1 mars 2026',
      'Institutionnelle · PolitiqueFaire connaître le savoir-faire de la régie des eaux.Partagée le 1 mars 2026',
    ]);
    expect(bamako).toHaveTextContent('Économique · Pro domo');
    expect(bamako).toHaveTextContent('Former les agents du service des eaux.');
    expect(screen.queryByText(/n’a encore partagé aucune motivation/)).not.toBeInTheDocument();
  });

  it('says plainly when the partner has put nothing on the table yet', async () => {
    const nothingShared = {
      ...VIEW,
      parties: [
        {
          ...BAMAKO_SIDE,
          sharedMotivations: [],
          framesOfReference: NO_FRAMES,
          latestCompatibilityReview: null,
        },
        ANGERS_SIDE,
      ],
    };
    await renderApp(
      PAGE,
      politicalDialogueApi({
        'GET /api/partnerships/:id/political-dialogue': async () => jsonResponse(200, nothingShared),
      }),
    );
    expect(
      await screen.findByText(
        'Commune de Bamako n’a encore partagé aucune motivation : la comparaison sera possible dès que ses motivations seront mises sur la table.',
      ),
    ).toBeVisible();
    const bamako = screen.getByRole('group', { name: 'Commune de Bamako' });
    expect(bamako).toHaveTextContent('Commune de Bamako n’a encore partagé aucune motivation.');
    expect(within(bamako).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows each side’s compatibility review: verdict, who, when, comment and council decision', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const reviews = await screen.findByRole('list', { name: 'Avis de compatibilité par partie' });
    const [angers, bamako] = within(reviews).getAllByRole('listitem');
    expect(angers).toHaveTextContent('Ville d’Angers');
    expect(angers).toHaveTextContent('Aucun avis rendu pour l’instant.');
    expect(within(bamako!).getByText('Ajustements demandés')).toBeVisible();
    expect(bamako).toHaveTextContent('Avis de Amadou Traoré, le 5 mars 2026.');
    expect(bamako).toHaveTextContent('Préciser le volet économique.');
    expect(bamako).toHaveTextContent('Délibération DEL-2026-07 du 4 mars 2026.');
    expect(bamako).not.toHaveTextContent('il ne compte plus');
  });

  it('warns that a review older than the latest sharing no longer counts', async () => {
    const outdated = {
      ...VIEW,
      parties: [
        {
          ...BAMAKO_SIDE,
          latestCompatibilityReview: { ...BAMAKO_SIDE.latestCompatibilityReview, coversLatestSharing: false },
        },
        ANGERS_SIDE,
      ],
    };
    await renderApp(
      PAGE,
      politicalDialogueApi({
        'GET /api/partnerships/:id/political-dialogue': async () => jsonResponse(200, outdated),
      }),
    );
    expect(
      await screen.findByText(
        'Cet avis précède le dernier partage de motivations : il ne compte plus, un nouvel avis est attendu.',
      ),
    ).toBeVisible();
  });

  it('lets an elected official record their side’s review, with the version read', async () => {
    const reviewed = {
      ...VIEW,
      version: 8,
      parties: [
        BAMAKO_SIDE,
        {
          ...ANGERS_SIDE,
          latestCompatibilityReview: {
            decision: 'approved',
            reviewerName: 'Claire Martin',
            reviewedAt: '2026-03-10T10:00:00.000Z',
            comment: 'Motivations complémentaires.',
            councilDecisionRef: 'DEL-2026-014',
            councilDecisionOn: '2026-03-09',
            coversLatestSharing: true,
          },
        },
      ],
    };
    const api = politicalDialogueApi({
      'POST /api/partnerships/:id/political-dialogue/compatibility-reviews': async () =>
        jsonResponse(201, reviewed),
    });
    await renderApp(PAGE, api);
    const form = await screen.findByRole('form', { name: 'Rendre l’avis de Ville d’Angers' });
    const page = userEvent.setup();
    await page.type(within(form).getByLabelText('Commentaire'), '  Motivations complémentaires. ');
    await page.type(within(form).getByLabelText('Référence de la délibération'), 'DEL-2026-014');
    await page.type(within(form).getByLabelText('Date de la délibération'), '2026-03-09');
    await page.click(within(form).getByRole('button', { name: 'Juger les motivations compatibles' }));

    expect(
      await screen.findByText('Avis enregistré : les motivations sont jugées compatibles.'),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', `${API}/compatibility-reviews`);
    expect(await bodyOf(request)).toEqual({
      version: 7,
      decision: 'approved',
      comment: 'Motivations complémentaires.',
      councilDecisionRef: 'DEL-2026-014',
      councilDecisionOn: '2026-03-09',
    });
    const [angers] = within(
      screen.getByRole('list', { name: 'Avis de compatibilité par partie' }),
    ).getAllByRole('listitem');
    expect(within(angers!).getByText('Compatibles')).toBeVisible();
    expect(angers).toHaveTextContent('Avis de Claire Martin, le 10 mars 2026.');
  });

  it('asks for adjustments with only the verdict when nothing else is given', async () => {
    const api = politicalDialogueApi({
      'POST /api/partnerships/:id/political-dialogue/compatibility-reviews': async () =>
        jsonResponse(201, VIEW),
    });
    await renderApp(PAGE, api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Demander des ajustements' }));
    expect(await screen.findByText('Avis enregistré : des ajustements sont demandés.')).toBeVisible();
    const [request] = api.requestsTo('POST', `${API}/compatibility-reviews`);
    expect(await bodyOf(request)).toEqual({ version: 7, decision: 'changes_requested' });
  });

  it('shows the conflict and reloads the page when the political dialogue changed meanwhile', async () => {
    const api = politicalDialogueApi({
      'POST /api/partnerships/:id/political-dialogue/compatibility-reviews': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 9 }),
    });
    await renderApp(PAGE, api);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Juger les motivations compatibles' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié le dialogue politique entre-temps : il a été rechargé, vérifiez puis recommencez.',
    );
    await waitFor(() => expect(api.requestsTo('GET', API)).toHaveLength(2));
  });

  it('shows the lifecycle model’s words when it refuses the reviewer', async () => {
    await renderApp(
      PAGE,
      politicalDialogueApi({
        'POST /api/partnerships/:id/political-dialogue/compatibility-reviews': async () =>
          problemResponse(403, 'REVIEW.REVIEWER_NOT_ELECTED'),
      }),
    );
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Juger les motivations compatibles' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Seul·e un·e élu·e peut rendre cet avis/);
  });

  it('lists the priorities with the stakes they answer and which parties agreed', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const list = await screen.findByRole('list', { name: 'Priorités' });
    const [water, training] = [...list.children] as HTMLElement[];
    expect(within(water!).getByRole('heading', { name: 'Accès à l’eau potable' })).toBeVisible();
    expect(within(water!).getByText('En attente d’accord')).toBeVisible();
    expect(
      await within(water!).findByText('Enjeux de votre territoire : Eau potable dans les quartiers'),
    ).toBeVisible();
    expect(water).toHaveTextContent('Enjeux du territoire partenaire : 1');
    expect(
      within(within(water!).getByRole('list', { name: 'Accord des parties sur « Accès à l’eau potable »' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ville d’Angers : accord attendu', 'Commune de Bamako : d’accord']);
    expect(within(training!).getByText('Approuvée par toutes les parties')).toBeVisible();
    expect(
      within(training!).queryByRole('button', { name: 'Approuver cette priorité' }),
    ).not.toBeInTheDocument();
  });

  it('lets an elected official agree to a priority for their party', async () => {
    const agreed = {
      ...VIEW,
      version: 8,
      priorities: [
        { ...VIEW.priorities[0], agreedBy: [BAMAKO, ANGERS], agreedByAll: true },
        VIEW.priorities[1],
      ],
    };
    const api = politicalDialogueApi({
      'POST /api/partnerships/:id/political-dialogue/priorities/:priorityId/agreement': async () =>
        jsonResponse(200, agreed),
    });
    await renderApp(PAGE, api);
    const button = await screen.findByRole('button', { name: 'Approuver cette priorité' });
    expect(button).toHaveAccessibleDescription('Accès à l’eau potable');
    await userEvent.setup().click(button);

    expect(
      await screen.findByText('Vous avez approuvé la priorité « Accès à l’eau potable ».'),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', `${API}/priorities/pr-1/agreement`);
    expect(await bodyOf(request)).toEqual({ version: 7 });
    expect(screen.queryByRole('button', { name: 'Approuver cette priorité' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Approuvée par toutes les parties')).toHaveLength(2);
  });

  it('proposes a priority with its title and the stakes of the territory it answers', async () => {
    const proposed = {
      ...VIEW,
      version: 8,
      priorities: [
        ...VIEW.priorities,
        {
          id: 'pr-3',
          title: 'Emploi des jeunes du secteur de l’eau',
          stakeIds: ['s-2'],
          agreedBy: [ANGERS],
          agreedByAll: false,
          agreedAt: '2026-03-11T10:00:00.000Z',
        },
      ],
    };
    const api = politicalDialogueApi(
      { 'POST /api/partnerships/:id/political-dialogue/priorities': async () => jsonResponse(201, proposed) },
      'officer',
    );
    await renderApp(PAGE, api);
    const form = await screen.findByRole('form', { name: 'Proposer une priorité' });
    expect(form).toHaveTextContent(
      'La priorité est proposée au nom de Ville d’Angers, qui l’approuve d’office ; Commune de Bamako devra ensuite l’approuver à son tour.',
    );
    const page = userEvent.setup();
    await page.type(
      within(form).getByLabelText('Intitulé de la priorité'),
      ' Emploi des jeunes du secteur de l’eau ',
    );
    await page.click(await within(form).findByRole('checkbox', { name: 'Emploi des jeunes' }));
    await page.click(within(form).getByRole('button', { name: 'Proposer la priorité' }));

    expect(
      await screen.findByText(
        'Priorité « Emploi des jeunes du secteur de l’eau » proposée : elle attend l’accord de Commune de Bamako.',
      ),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', `${API}/priorities`);
    expect(await bodyOf(request)).toEqual({
      version: 7,
      title: 'Emploi des jeunes du secteur de l’eau',
      stakeIds: ['s-2'],
    });
    expect(within(form).getByLabelText('Intitulé de la priorité')).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Emploi des jeunes du secteur de l’eau' })).toBeVisible();
  });

  it('asks for the title of a priority before sending anything', async () => {
    const api = politicalDialogueApi({}, 'officer');
    await renderApp(PAGE, api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Proposer la priorité' }));
    expect(await screen.findByLabelText('Intitulé de la priorité')).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez l’intitulé de la priorité.'),
    );
    expect(screen.getByLabelText('Intitulé de la priorité')).toHaveFocus();
    expect(api.requestsTo('POST', `${API}/priorities`)).toHaveLength(0);
  });

  it('shows a stake the API refuses at the stakes of the form', async () => {
    await renderApp(
      PAGE,
      politicalDialogueApi(
        {
          'POST /api/partnerships/:id/political-dialogue/priorities': async () =>
            validationProblem([{ field: 'stakeIds.0', rule: 'knownStake' }]),
        },
        'officer',
      ),
    );
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Intitulé de la priorité'), 'Eau potable');
    await page.click(await screen.findByRole('checkbox', { name: 'Eau potable dans les quartiers' }));
    await page.click(screen.getByRole('button', { name: 'Proposer la priorité' }));
    expect(
      await screen.findByRole('group', { name: 'Enjeux de votre territoire auxquels elle répond' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Valeur invalide.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
  });

  it('offers an officer the priority form but neither the review nor the agreement', async () => {
    await renderApp(PAGE, politicalDialogueApi({}, 'officer'));
    expect(await screen.findByRole('form', { name: 'Proposer une priorité' })).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Rendre l’avis de Ville d’Angers' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approuver cette priorité' })).not.toBeInTheDocument();
  });

  it('offers a reader no form at all', async () => {
    await renderApp(PAGE, politicalDialogueApi({}, 'viewer'));
    expect(await screen.findByRole('list', { name: 'Priorités' })).toBeVisible();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approuver cette priorité' })).not.toBeInTheDocument();
  });

  it('lists what the convention still needs, in the method’s words', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const missing = await screen.findByRole('list', { name: 'Conditions restant à remplir' });
    expect(missing).toHaveTextContent('Les parties ont fixé ensemble au moins une priorité.');
    expect(within(missing).getAllByRole('listitem')).toHaveLength(2);
  });

  it('tells the party that did its part of a condition that it waits for the other, not to do it again', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const missing = await screen.findByRole('list', { name: 'Conditions restant à remplir' });
    const [compatibility, priorities] = within(missing).getAllByRole('listitem');
    expect(compatibility).toHaveTextContent(
      'Votre collectivité a fait sa part : en attente de Commune de Bamako.',
    );
    expect(priorities).toHaveTextContent('À faire par votre collectivité.');
  });

  it('links the three pages of step 5', async () => {
    await renderApp(PAGE, politicalDialogueApi());
    const tabs = await screen.findByRole('navigation', { name: 'Pages de l’étape 5' });
    expect(within(tabs).getByRole('link', { name: 'Motivations croisées' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
