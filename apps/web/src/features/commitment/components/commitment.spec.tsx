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
} from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [
    { organisationId: 'o-1', name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' },
    { organisationId: 'o-2', name: 'Commune de Bamako', countryCode: 'ML', role: 'partner' },
  ],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 7,
};

// Each motivation carries its own version, different from each other's and from the partnership's (7), so
// a write that sent another record's version would be seen.
const TO_REVIEW = {
  id: 'm-1',
  version: 2,
  partyId: 'o-1',
  category: 'technical_sectoral',
  frameOfReference: 'humanist',
  text: 'Partager notre savoir-faire en gestion de l’eau.',
  shared: false,
  review: null,
  reviewHistory: [],
  createdAt: '2026-02-02T10:00:00.000Z',
};

const APPROVED = {
  id: 'm-2',
  version: 4,
  partyId: 'o-1',
  category: 'political',
  frameOfReference: 'political',
  text: 'Faire rayonner Angers en Afrique de l’Ouest.',
  shared: false,
  review: {
    decision: 'approved',
    reviewerName: 'Marc Roux',
    reviewedAt: '2026-02-10T10:00:00.000Z',
    comment: null,
    councilDecisionRef: 'DEL-2026-014',
    councilDecisionOn: '2026-02-09',
  },
  reviewHistory: [
    {
      decision: 'changes_requested',
      reviewerName: 'Marc Roux',
      reviewedAt: '2026-02-05T10:00:00.000Z',
      comment: 'Préciser les retombées pour Angers.',
      councilDecisionRef: null,
      councilDecisionOn: null,
    },
    {
      decision: 'approved',
      reviewerName: 'Marc Roux',
      reviewedAt: '2026-02-10T10:00:00.000Z',
      comment: null,
      councilDecisionRef: 'DEL-2026-014',
      councilDecisionOn: '2026-02-09',
    },
  ],
  createdAt: '2026-02-03T10:00:00.000Z',
};

const COMMITMENT = {
  motivations: [TO_REVIEW, APPROVED],
  stakes: [{ id: 's-1', title: 'Accès à l’eau potable', cooperationCanBeLever: true }],
  contributions: [{ id: 'c-1', title: 'Ingénierie des réseaux d’eau' }],
  territoryActors: [
    {
      id: 'a-1',
      name: 'Lycée Chevrollier',
      kind: 'school',
      involvement: 'co_carrier',
      consultations: [{ on: '2026-02-15', summary: 'Présentation du projet aux enseignants.' }],
    },
  ],
  partners: [
    {
      partyId: 'o-2',
      organisationName: 'Commune de Bamako',
      motivations: [
        {
          id: 'm-9',
          version: 1,
          partyId: 'o-2',
          category: 'institutional',
          frameOfReference: 'pro_domo',
          text: 'Renforcer les services techniques municipaux.',
          shared: true,
          review: null,
          reviewHistory: [],
          createdAt: '2026-02-04T10:00:00.000Z',
        },
      ],
    },
  ],
};

const LYCEE_ENTRY = {
  id: 'a-1',
  name: 'Lycée Chevrollier',
  kind: 'school',
  contact: '',
  notes: '',
  version: 1,
};

const DIASPORA_ENTRY = {
  id: 'a-2',
  name: 'Association Angers-Sahel',
  kind: 'diaspora_group',
  contact: 'contact@angers-sahel.test',
  notes: '',
  version: 2,
};

function commitmentApi(role: Parameters<typeof signedInAs>[0], routes: StubRoutes = {}) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async (_request, { id }) =>
        id === PARTNERSHIP.id ? jsonResponse(200, PARTNERSHIP) : problemResponse(404, 'RESOURCE.NOT_FOUND'),
      'GET /api/partnerships/:id/commitment': async () => jsonResponse(200, COMMITMENT),
      'GET /api/organisation/territory-actors': async () =>
        jsonResponse(200, { items: [DIASPORA_ENTRY, LYCEE_ENTRY], nextCursor: null }),
      ...routes,
    },
    signedInAs(role),
  );
}

async function findMotivation(text: string) {
  const section = await screen.findByRole('region', { name: 'Motivations' });
  const item = within(section)
    .getAllByRole('listitem')
    .find((candidate) => candidate.textContent?.includes(text));
  if (!item) throw new Error(`No motivation “${text}”`);
  return item;
}

/** Opens an act's dialog with its button; gives the form inside, named by the dialog's title. */
async function openForm(opener: HTMLElement, form: string): Promise<HTMLElement> {
  await userEvent.setup().click(opener);
  return screen.findByRole('form', { name: form });
}

describe('step 1: building the commitment', () => {
  it('lists motivations with their status, stakes, contributions and territory actors', async () => {
    await renderApp('/partenariats/p-1/engagement', commitmentApi('officer'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Construire l’engagement' })).toBeVisible();
    expect(await findMotivation('Partager notre savoir-faire')).toHaveTextContent('À relire');
    const approved = await findMotivation('Faire rayonner Angers');
    expect(approved).toHaveTextContent('Approuvée');
    expect(approved).toHaveTextContent('Délibération DEL-2026-014 du 9 février 2026.');
    // Earlier reviews stay readable: the request for changes that came before the approval.
    expect(approved).toHaveTextContent('Historique des relectures (2)');
    expect(approved).toHaveTextContent('Préciser les retombées pour Angers.');
    expect(screen.getByRole('region', { name: 'Enjeux du territoire' })).toHaveTextContent(
      'Accès à l’eau potableLa coopération peut être un levier',
    );
    expect(screen.getByRole('region', { name: 'Contributions' })).toHaveTextContent(
      'Ingénierie des réseaux d’eau',
    );
    const actors = screen.getByRole('region', { name: 'Acteurs du territoire' });
    expect(actors).toHaveTextContent('Établissement scolaire · Co-porteur');
    expect(
      within(actors).getByRole('list', { name: 'Consultations de Lycée Chevrollier' }),
    ).toHaveTextContent('15 février 2026 — Présentation du projet aux enseignants.');
  });

  it('shows the partners’ shared motivations beside the authority’s own', async () => {
    await renderApp('/partenariats/p-1/engagement', commitmentApi('viewer'));
    const shared = await screen.findByRole('region', { name: 'Motivations partagées par vos partenaires' });
    expect(within(shared).getByRole('group', { name: 'Vos motivations partagées' })).toHaveTextContent(
      'Vous n’avez encore partagé aucune motivation.',
    );
    const bamako = within(shared).getByRole('group', { name: 'Commune de Bamako' });
    expect(bamako).toHaveTextContent('Renforcer les services techniques municipaux.');
    expect(bamako).toHaveTextContent('Référentiel : Pro domo');
  });

  it('lets a viewer read the file but offers no form', async () => {
    await renderApp('/partenariats/p-1/engagement', commitmentApi('viewer'));
    await findMotivation('Partager notre savoir-faire');
    expect(screen.getByText('Votre rôle permet de consulter ce dossier, pas de le modifier.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ajouter une motivation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approuver' })).not.toBeInTheDocument();
  });

  it('shows the field error of an empty motivation beside the field', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/motivations': async () =>
        validationProblem([{ field: 'text', rule: 'isNotEmpty' }]),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Ajouter une motivation' }));
    const form = await screen.findByRole('form', { name: 'Nouvelle motivation' });
    await page.selectOptions(within(form).getByLabelText('Catégorie'), 'economic');
    await page.selectOptions(within(form).getByLabelText('Référentiel'), 'pro_domo');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la motivation' }));

    const text = within(form).getByLabelText('Motivation');
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveAccessibleDescription(
      'Ce que votre collectivité recherche dans cette coopération, en quelques phrases. Ce champ est obligatoire.',
    );
    expect(text).toHaveFocus();
    expect(within(form).getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/motivations');
    expect(await sent?.json()).toEqual({ category: 'economic', frameOfReference: 'pro_domo', text: '' });
  });

  it('states a motivation and refreshes the assessment', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/motivations': async () =>
        jsonResponse(201, {
          ...COMMITMENT,
          motivations: [
            ...COMMITMENT.motivations,
            { ...TO_REVIEW, id: 'm-3', version: 1, text: 'Mobiliser la diaspora malienne d’Angers.' },
          ],
        }),
    });
    const { queryClient } = await renderApp('/partenariats/p-1/engagement', api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Ajouter une motivation' }));
    const form = await screen.findByRole('form', { name: 'Nouvelle motivation' });
    await page.type(within(form).getByLabelText('Motivation'), 'Mobiliser la diaspora malienne d’Angers.');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la motivation' }));

    // The dialog closes and says so beside its button.
    expect(
      await screen.findByText('Motivation ajoutée : elle attend la relecture d’un·e élu·e.'),
    ).toBeVisible();
    expect(await findMotivation('Mobiliser la diaspora')).toHaveTextContent('À relire');
    expect(screen.queryByRole('form', { name: 'Nouvelle motivation' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter une motivation' })).toHaveFocus();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
  });

  it('lets an elected official approve a motivation with its own version and the council decision', async () => {
    const api = commitmentApi('elected', {
      'POST /api/partnerships/:id/motivations/:motivationId/review': async () =>
        jsonResponse(200, {
          ...COMMITMENT,
          motivations: [
            { ...TO_REVIEW, version: 3, review: { ...APPROVED.review, reviewerName: 'Claire Martin' } },
            APPROVED,
          ],
        }),
    });
    const { queryClient } = await renderApp('/partenariats/p-1/engagement', api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    const item = await findMotivation('Partager notre savoir-faire');
    expect(
      within(await findMotivation('Faire rayonner Angers')).queryByRole('button', { name: 'Approuver' }),
    ).toBeNull();

    await page.type(within(item).getByLabelText('Référence de la délibération'), 'DEL-2026-014');
    await page.type(within(item).getByLabelText('Commentaire'), 'Conforme au mandat.');
    await page.click(within(item).getByRole('button', { name: 'Approuver' }));

    expect(await within(item).findByText('Motivation approuvée.')).toBeVisible();
    expect(item).toHaveTextContent('Approuvée par Claire Martin');
    expect(within(item).queryByRole('button', { name: 'Approuver' })).not.toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Modifier' })).toHaveFocus();
    // The reviewed motivation's own version (m-1 is at 2), not the partnership's nor another motivation's.
    const [review] = api.requestsTo('POST', '/api/partnerships/p-1/motivations/m-1/review');
    expect(await review?.json()).toEqual({
      version: 2,
      decision: 'approved',
      comment: 'Conforme au mandat.',
      councilDecisionRef: 'DEL-2026-014',
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
  });

  it('says the file changed meanwhile and reloads it when a share meets a conflict', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/motivations/:motivationId/share': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 5 }),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const item = await findMotivation('Faire rayonner Angers');
    await userEvent
      .setup()
      .click(within(item).getByRole('button', { name: 'Partager avec les partenaires' }));

    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps. Les données ont été rechargées',
    );
    const [share] = api.requestsTo('POST', '/api/partnerships/p-1/motivations/m-2/share');
    expect(await share?.json()).toEqual({ version: 4 });
    await waitFor(() => expect(api.requestsTo('GET', '/api/partnerships/p-1/commitment')).toHaveLength(2));
  });

  it('words a refused share with the lifecycle model’s message', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/motivations/:motivationId/share': async () =>
        problemResponse(409, 'COMMITMENT.MOTIVATION_NOT_APPROVED'),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const item = await findMotivation('Faire rayonner Angers');
    await userEvent
      .setup()
      .click(within(item).getByRole('button', { name: 'Partager avec les partenaires' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent(
      'Une motivation doit être validée par un·e élu·e avant d’être partagée.',
    );
  });

  it('warns that a revision goes back to review, then sends it with the motivation’s own version', async () => {
    const api = commitmentApi('officer', {
      'PUT /api/partnerships/:id/motivations/:motivationId': async () =>
        jsonResponse(200, {
          ...COMMITMENT,
          motivations: [
            TO_REVIEW,
            { ...APPROVED, version: 5, text: 'Faire rayonner Angers au Sahel.', review: null },
          ],
        }),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const item = await findMotivation('Faire rayonner Angers');
    await page.click(within(item).getByRole('button', { name: 'Modifier' }));
    const form = within(item).getByRole('form', { name: 'Modifier la motivation' });
    const save = within(form).getByRole('button', { name: 'Enregistrer la modification' });
    expect(save).toHaveAccessibleDescription(
      'Une motivation modifiée repart en relecture : un·e élu·e devra l’approuver à nouveau.',
    );
    const text = within(form).getByLabelText('Motivation');
    await page.clear(text);
    await page.type(text, 'Faire rayonner Angers au Sahel.');
    await page.click(save);

    expect(await within(item).findByText('Motivation modifiée : elle repart en relecture.')).toBeVisible();
    expect(item).toHaveTextContent('À relire');
    expect(within(item).getByRole('button', { name: 'Modifier' })).toHaveFocus();
    const [revise] = api.requestsTo('PUT', '/api/partnerships/p-1/motivations/m-2');
    expect(await revise?.json()).toEqual({
      version: 4,
      category: 'political',
      frameOfReference: 'political',
      text: 'Faire rayonner Angers au Sahel.',
    });
  });

  it('records a stake that cooperation can be a lever for', async () => {
    const api = commitmentApi('admin', {
      'POST /api/partnerships/:id/stakes': async () =>
        jsonResponse(201, {
          ...COMMITMENT,
          stakes: [
            ...COMMITMENT.stakes,
            { id: 's-2', title: 'Emploi des jeunes', cooperationCanBeLever: true },
          ],
        }),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Enjeux du territoire' });
    const opener = within(section).getByRole('button', { name: 'Ajouter un enjeu' });
    const form = await openForm(opener, 'Nouvel enjeu');
    await page.type(within(form).getByLabelText('Enjeu'), 'Emploi des jeunes');
    await page.click(within(form).getByRole('checkbox', { name: 'La coopération peut être un levier' }));
    await page.click(within(form).getByRole('button', { name: 'Ajouter l’enjeu' }));

    expect(await within(section).findByText('Emploi des jeunes')).toBeVisible();
    expect(within(section).getByText('Enjeu ajouté.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    const [stake] = api.requestsTo('POST', '/api/partnerships/p-1/stakes');
    expect(await stake?.json()).toEqual({ title: 'Emploi des jeunes', cooperationCanBeLever: true });
  });

  it('puts a refusal of the lifecycle model about one field beside that field', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/contributions': async () =>
        problemResponse(422, 'RECORD.TEXT_REQUIRED', { details: { field: 'title' } }),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Contributions' });
    const form = await openForm(
      within(section).getByRole('button', { name: 'Ajouter une contribution' }),
      'Nouvelle contribution',
    );
    await page.type(within(form).getByLabelText('Ce que le territoire peut apporter'), 'Formations');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la contribution' }));

    const field = within(form).getByLabelText('Ce que le territoire peut apporter');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(
      'Un savoir-faire, un service, un équipement, une expérience… Ce champ est obligatoire.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    // A refusal keeps the dialog open, with the error at the field.
    expect(screen.getByRole('dialog', { name: 'Nouvelle contribution' })).toBeInTheDocument();
  });

  it('records a dated consultation of a territory actor', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/territory-actors/:actorId/consultations': async () =>
        jsonResponse(201, COMMITMENT),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    await page.click(
      await screen.findByRole('button', { name: 'Noter une consultation : Lycée Chevrollier' }),
    );
    const form = await screen.findByRole('form', { name: 'Nouvelle consultation de Lycée Chevrollier' });
    await page.type(within(form).getByLabelText('Date de la consultation'), '2026-03-02');
    await page.type(within(form).getByLabelText('Compte rendu'), 'Accord des élèves pour un échange.');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la consultation' }));

    expect(await screen.findByText('Consultation enregistrée.')).toBeVisible();
    const [consultation] = api.requestsTo('POST', '/api/partnerships/p-1/territory-actors/a-1/consultations');
    expect(await consultation?.json()).toEqual({
      on: '2026-03-02',
      summary: 'Accord des élèves pour un échange.',
    });
  });

  it('associates an actor of the directory not yet associated with the partnership', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/territory-actors': async () => jsonResponse(201, COMMITMENT),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const form = await openForm(
      await screen.findByRole('button', { name: 'Associer un acteur de l’annuaire' }),
      'Associer un acteur de l’annuaire',
    );
    const picker = await within(form).findByLabelText('Acteur de l’annuaire');
    // Lycée Chevrollier is already associated: only the other actor is offered.
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choisissez un acteur', 'Association Angers-Sahel (Diaspora)']);
    await page.selectOptions(picker, 'a-2');
    await page.selectOptions(within(form).getByLabelText('Implication'), 'operator');
    await page.click(within(form).getByRole('button', { name: 'Associer l’acteur' }));

    expect(await screen.findByText('Acteur associé.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [association] = api.requestsTo('POST', '/api/partnerships/p-1/territory-actors');
    expect(await association?.json()).toEqual({ directoryActorId: 'a-2', involvement: 'operator' });
  });

  it('says when the directory actor is already associated with the partnership', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/territory-actors': async () => problemResponse(409, 'RECORD.DUPLICATE_ID'),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const form = await openForm(
      await screen.findByRole('button', { name: 'Associer un acteur de l’annuaire' }),
      'Associer un acteur de l’annuaire',
    );
    await page.selectOptions(await within(form).findByLabelText('Acteur de l’annuaire'), 'a-2');
    await page.click(within(form).getByRole('button', { name: 'Associer l’acteur' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Cet acteur est déjà associé à ce partenariat.',
    );
  });

  it('asks for a directory actor before associating one', async () => {
    const api = commitmentApi('officer');
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const form = await openForm(
      await screen.findByRole('button', { name: 'Associer un acteur de l’annuaire' }),
      'Associer un acteur de l’annuaire',
    );
    await page.click(await within(form).findByRole('button', { name: 'Associer l’acteur' }));

    const picker = within(form).getByLabelText('Acteur de l’annuaire');
    await waitFor(() => expect(picker).toHaveFocus());
    expect(picker).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(api.requestsTo('POST', '/api/partnerships/p-1/territory-actors')).toHaveLength(0);
  });

  it('associates a new actor by name, which files it in the directory', async () => {
    const api = commitmentApi('officer', {
      'POST /api/partnerships/:id/territory-actors': async () => jsonResponse(201, COMMITMENT),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    const page = userEvent.setup();
    const directory = await screen.findByRole('button', { name: 'Associer un acteur de l’annuaire' });
    await page.click(directory);
    await screen.findByRole('form', { name: 'Associer un acteur de l’annuaire' });
    await page.keyboard('{Escape}');
    expect(api.requestsTo('GET', '/api/organisation/territory-actors')).toHaveLength(1);
    const form = await openForm(
      await screen.findByRole('button', { name: 'Associer un nouvel acteur' }),
      'Associer un nouvel acteur',
    );
    await page.type(within(form).getByLabelText('Nom de l’acteur'), ' Club de basket ');
    await page.selectOptions(within(form).getByLabelText('Type d’acteur'), 'association');
    await page.selectOptions(within(form).getByLabelText('Implication'), 'co_carrier');
    await page.click(within(form).getByRole('button', { name: 'Associer l’acteur' }));

    expect(await screen.findByText('Acteur associé.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [association] = api.requestsTo('POST', '/api/partnerships/p-1/territory-actors');
    expect(await association?.json()).toEqual({
      name: 'Club de basket',
      kind: 'association',
      involvement: 'co_carrier',
    });
    // The directory is read again when next opened: it now holds the new actor.
    await page.click(directory);
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation/territory-actors')).toHaveLength(2));
  });

  it('offers no directory picker when every actor of the directory is associated', async () => {
    const api = commitmentApi('officer', {
      'GET /api/organisation/territory-actors': async () =>
        jsonResponse(200, { items: [LYCEE_ENTRY], nextCursor: null }),
    });
    await renderApp('/partenariats/p-1/engagement', api);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Associer un acteur de l’annuaire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Associer un acteur de l’annuaire' });
    expect(await within(dialog).findByText('Aucun autre acteur de votre annuaire à associer.')).toBeVisible();
    expect(within(dialog).getByRole('link', { name: 'Voir les acteurs du territoire' })).toHaveAttribute(
      'href',
      '/organisation/acteurs',
    );
    expect(within(dialog).queryByRole('button', { name: 'Associer l’acteur' })).not.toBeInTheDocument();
  });

  it('focuses the section a stepper link names', async () => {
    await renderApp('/partenariats/p-1/engagement#enjeux', commitmentApi('officer'));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Enjeux du territoire' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
