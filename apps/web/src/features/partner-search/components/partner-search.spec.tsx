import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Mali : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [{ organisationId: 'o-1', name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' }],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 4,
};

function at(day: string) {
  return `${day}T12:00:00.000Z`;
}

// Each candidate carries its own version, different from each other's and from the partnership's (4), so
// a move that sent another record's version would be seen.
const SEGOU = {
  id: 'c-1',
  version: 2,
  name: 'Commune de Ségou',
  countryCode: 'ML',
  organisationId: null,
  source: 'authority_network',
  sourceDetail: 'Cités Unies France, groupe pays Mali',
  stage: 'identified',
  nextStep: 'Écrire au maire',
  nextStepOn: '2020-01-15',
  history: [{ stage: 'identified', at: at('2026-02-02') }],
};

const KAYES = {
  id: 'c-2',
  version: 6,
  name: 'Ville de Kayes',
  countryCode: 'ML',
  organisationId: null,
  source: 'territory_actors_network',
  sourceDetail: 'Association Angers–Kayes',
  stage: 'in_discussion',
  nextStep: 'Visio avec le secrétaire général',
  nextStepOn: '2099-06-01',
  history: [
    { stage: 'identified', at: at('2026-02-02') },
    { stage: 'contacted', at: at('2026-02-10') },
    { stage: 'in_discussion', at: at('2026-02-20') },
  ],
};

const BAMAKO = {
  id: 'c-3',
  version: 1,
  name: 'Commune de Bamako',
  countryCode: 'ML',
  organisationId: null,
  source: 'registry_request',
  sourceDetail: 'Demande publiée sur la bourse aux partenariats',
  stage: 'proposed',
  nextStep: null,
  nextStepOn: null,
  history: [{ stage: 'proposed', at: at('2026-02-25') }],
};

const MOPTI = {
  id: 'c-4',
  version: 9,
  name: 'Ville de Mopti',
  countryCode: 'ML',
  organisationId: null,
  source: 'chance_meeting',
  sourceDetail: 'Forum de l’action internationale',
  stage: 'declined',
  nextStep: 'Relancer en septembre',
  nextStepOn: '2020-09-01',
  history: [{ stage: 'declined', at: at('2026-02-12') }],
};

const CANDIDATES = { items: [SEGOU, KAYES, BAMAKO, MOPTI] };

const PAGE = '/partenariats/p-1/partenaires';

function partnerSearchApi(
  routes: StubRoutes = {},
  role: Parameters<typeof signedInAs>[0] = 'officer',
  partnership: typeof PARTNERSHIP = PARTNERSHIP,
) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, partnership),
      'GET /api/partnerships/:id/candidates': async () => jsonResponse(200, CANDIDATES),
      ...routes,
    },
    signedInAs(role),
  );
}

/** The board's column of one stage. */
async function findColumn(stage: string) {
  const board = await screen.findByRole('group', { name: /Candidates par étape|Candidates by stage/ });
  return within(board).getByRole('region', { name: stage });
}

function optionsOf(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('step 2: searching for partners', () => {
  it('shows the pipeline as columns by stage, with each candidate’s channel, next step and history', async () => {
    await renderApp(PAGE, partnerSearchApi());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Rechercher des partenaires' }),
    ).toBeVisible();

    const identified = await findColumn('Identifiée');
    expect(within(identified).getByRole('heading', { level: 4 })).toHaveTextContent('Commune de Ségou');
    expect(identified).toHaveTextContent('Mali');
    expect(identified).toHaveTextContent('Réseau de collectivités — Cités Unies France, groupe pays Mali');
    expect(identified).toHaveTextContent('Écrire au maire le 15 janvier 2020 ⚠ En retard');

    const discussing = await findColumn('En discussion');
    expect(discussing).toHaveTextContent('Ville de Kayes');
    expect(discussing).toHaveTextContent('Visio avec le secrétaire général le 1 juin 2099');
    expect(discussing).not.toHaveTextContent('En retard');
    const history = within(discussing).getByRole('list', { name: 'Historique de Ville de Kayes' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Identifiée : 2 février 2026',
      'Contactée : 10 février 2026',
      'En discussion : 20 février 2026',
    ]);

    expect(await findColumn('Proposée')).toHaveTextContent('Commune de Bamako');
    expect(await findColumn('Contactée')).toHaveTextContent('Aucune candidate.');
    expect(await findColumn('Acceptée')).toHaveTextContent('Aucune candidate.');
    expect(await findColumn('Abandonnée')).toHaveTextContent('Aucune candidate.');
    // A passed date on a candidate that left the pipeline is no longer a late step.
    const declined = await findColumn('Déclinée');
    expect(declined).toHaveTextContent('Ville de Mopti');
    expect(declined).not.toHaveTextContent('En retard');
  });

  it('switches to a table of the candidates and remembers the view in the address', async () => {
    const { router } = await renderApp(PAGE, partnerSearchApi());
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Tableau' }));

    const table = await screen.findByRole('table', { name: 'Collectivités candidates et leur étape' });
    expect(screen.getByRole('button', { name: 'Tableau' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Colonnes par étape' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(router.state.location.search).toBe('?vue=tableau');
    const segou = within(table).getByRole('row', { name: /Commune de Ségou/ });
    expect(segou).toHaveTextContent('Identifiée');
    expect(segou).toHaveTextContent('En retard');
    expect(within(table).getByRole('row', { name: /Ville de Kayes/ })).toHaveTextContent('En discussion');
    expect(within(segou).getByLabelText('Faire avancer Commune de Ségou')).toBeInTheDocument();
  });

  it('offers only the stages the pipeline allows next, never “accepted”', async () => {
    await renderApp(PAGE, partnerSearchApi());
    expect(optionsOf(await screen.findByLabelText('Faire avancer Commune de Ségou'))).toEqual([
      'Identifiée (inchangée)',
      'Contactée',
      'Abandonnée',
    ]);
    expect(optionsOf(screen.getByLabelText('Faire avancer Ville de Kayes'))).toEqual([
      'En discussion (inchangée)',
      'Proposée',
      'Déclinée',
      'Abandonnée',
    ]);
    expect(optionsOf(screen.getByLabelText('Faire avancer Commune de Bamako'))).toEqual([
      'Proposée (inchangée)',
      'Déclinée',
      'Abandonnée',
    ]);
    expect(screen.queryByLabelText('Faire avancer Ville de Mopti')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Enregistrer' })).toHaveLength(3);
  });

  it('keeps each candidate at its stage by default: saving a new next step declines no one', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates/:candidateId/advance': async () =>
        jsonResponse(200, {
          items: [
            SEGOU,
            KAYES,
            { ...BAMAKO, version: 2, nextStep: 'Appeler le cabinet du maire', nextStepOn: '2099-04-02' },
            MOPTI,
          ],
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const select = await screen.findByLabelText('Faire avancer Commune de Bamako');
    expect(select).toHaveDisplayValue('Proposée (inchangée)');
    // The next step already planned is there to be edited, not typed again.
    expect(screen.getByLabelText('Suite prévue avec Ville de Kayes')).toHaveValue(
      'Visio avec le secrétaire général',
    );
    const form = select.closest('form')!;
    await page.type(
      within(form).getByLabelText('Suite prévue avec Commune de Bamako'),
      'Appeler le cabinet du maire',
    );
    await page.type(within(form).getByLabelText('Date prévue avec Commune de Bamako'), '2099-04-02');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText('Commune de Bamako : suite prévue enregistrée, étape inchangée.'),
    ).toBeVisible();
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates/c-3/advance');
    expect(await sent?.json()).toEqual({
      stage: 'proposed',
      version: 1,
      nextStep: 'Appeler le cabinet du maire',
      nextStepOn: '2099-04-02',
    });
    expect(await findColumn('Proposée')).toHaveTextContent('Appeler le cabinet du maire le 2 avril 2099');
    expect(await findColumn('Déclinée')).not.toHaveTextContent('Commune de Bamako');
  });

  it('moves a candidate with its own version, then shows it in its new column and refreshes the assessment', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates/:candidateId/advance': async () =>
        jsonResponse(200, {
          items: [
            {
              ...SEGOU,
              version: 3,
              stage: 'contacted',
              nextStep: 'Relancer par téléphone',
              nextStepOn: '2099-03-10',
              history: [...SEGOU.history, { stage: 'contacted', at: at('2026-03-01') }],
            },
            KAYES,
            BAMAKO,
            MOPTI,
          ],
        }),
    });
    const { queryClient } = await renderApp(PAGE, api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    const select = await screen.findByLabelText('Faire avancer Commune de Ségou');
    const form = select.closest('form')!;
    await page.selectOptions(select, 'Contactée');
    const nextStep = within(form).getByLabelText('Suite prévue avec Commune de Ségou');
    await page.clear(nextStep);
    await page.type(nextStep, 'Relancer par téléphone');
    const nextStepOn = within(form).getByLabelText('Date prévue avec Commune de Ségou');
    await page.clear(nextStepOn);
    await page.type(nextStepOn, '2099-03-10');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Commune de Ségou : étape « Contactée » enregistrée.')).toBeVisible();
    const contacted = await findColumn('Contactée');
    expect(contacted).toHaveTextContent('Relancer par téléphone le 10 mars 2099');
    expect(await findColumn('Identifiée')).not.toHaveTextContent('Commune de Ségou');
    await waitFor(() =>
      expect(within(contacted).getByRole('heading', { name: 'Commune de Ségou' })).toHaveFocus(),
    );
    // Ségou's own version (2), not the partnership's nor another candidate's.
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates/c-1/advance');
    expect(await sent?.json()).toEqual({
      stage: 'contacted',
      version: 2,
      nextStep: 'Relancer par téléphone',
      nextStepOn: '2099-03-10',
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
  });

  it('reloads the pipeline when someone else moved it meanwhile', async () => {
    let reads = 0;
    const api = partnerSearchApi({
      'GET /api/partnerships/:id/candidates': async () => {
        reads += 1;
        return jsonResponse(
          200,
          reads === 1 ? CANDIDATES : { items: [SEGOU, { ...KAYES, version: 7 }, BAMAKO, MOPTI] },
        );
      },
      'POST /api/partnerships/:id/candidates/:candidateId/advance': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 7 }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const select = await screen.findByLabelText('Faire avancer Ville de Kayes');
    await page.click(within(select.closest('form')!).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps. Les données ont été rechargées : vérifiez-les puis recommencez.',
    );
    await waitFor(() => expect(reads).toBe(2));
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates/c-2/advance');
    expect(await sent?.json()).toMatchObject({ version: 6 });
  });

  it('adds a candidate with its channel', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates': async () =>
        jsonResponse(201, {
          items: [
            ...CANDIDATES.items,
            {
              ...SEGOU,
              id: 'c-5',
              version: 1,
              name: 'Commune de Sikasso',
              source: 'chance_meeting',
              sourceDetail: 'Salon des maires',
              nextStep: null,
              nextStepOn: null,
            },
          ],
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Ajouter une collectivité candidate' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Ajouter une collectivité candidate' });
    await page.type(within(form).getByLabelText('Nom de la collectivité candidate'), 'Commune de Sikasso');
    await page.selectOptions(within(form).getByLabelText('Pays'), 'Mali');
    await page.selectOptions(within(form).getByLabelText('Canal'), 'Rencontre fortuite');
    await page.type(within(form).getByLabelText('Précision sur le canal'), 'Salon des maires');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la candidate' }));

    expect(await screen.findByText('Candidate « Commune de Sikasso » ajoutée.')).toBeVisible();
    expect(await findColumn('Identifiée')).toHaveTextContent('Commune de Sikasso');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates');
    expect(await sent?.json()).toEqual({
      name: 'Commune de Sikasso',
      countryCode: 'ML',
      source: 'chance_meeting',
      sourceDetail: 'Salon des maires',
    });
  });

  it('explains that a candidate already in the pipeline cannot be added twice', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates': async () =>
        problemResponse(409, 'PARTNER_SEARCH.DUPLICATE_CANDIDATE', { details: { candidateId: 'c-1' } }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Ajouter une collectivité candidate' }));
    const form = await screen.findByRole('form', { name: 'Ajouter une collectivité candidate' });
    await page.type(within(form).getByLabelText('Nom de la collectivité candidate'), 'Commune de Ségou');
    await page.selectOptions(within(form).getByLabelText('Pays'), 'Mali');
    await page.type(within(form).getByLabelText('Précision sur le canal'), 'Jumelage de Cholet');
    await page.type(within(form).getByLabelText('Prochaine étape'), 'Appeler le maire');
    await page.type(within(form).getByLabelText('Date de la prochaine étape'), '2099-04-01');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la candidate' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Cette collectivité est déjà candidate pour ce partenariat.',
    );
    expect(within(form).getByLabelText('Nom de la collectivité candidate')).toHaveValue('Commune de Ségou');
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates');
    expect(await sent?.json()).toEqual({
      name: 'Commune de Ségou',
      countryCode: 'ML',
      source: 'territory_actors_network',
      sourceDetail: 'Jumelage de Cholet',
      nextStep: 'Appeler le maire',
      nextStepOn: '2099-04-01',
    });
  });

  it('offers the invitation only to a proposed candidate, and explains that motivations must be reviewed first', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates/:candidateId/invitation': async () =>
        problemResponse(409, 'PARTNER_SEARCH.COMMITMENT_NOT_BUILT'),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const proposed = await findColumn('Proposée');
    expect(proposed).toHaveTextContent('Le partenaire a accepté : envoyer l’invitation');
    expect(screen.getAllByRole('button', { name: /^Envoyer l’invitation à/ })).toHaveLength(1);
    const open = within(proposed).getByRole('button', { name: 'Envoyer l’invitation à Commune de Bamako' });
    expect(open).toHaveAttribute('aria-expanded', 'false');

    await page.click(open);
    const invite = await screen.findByRole('region', { name: 'Inviter Commune de Bamako' });
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(within(invite).getByRole('heading', { name: 'Inviter Commune de Bamako' })).toHaveFocus();
    expect(invite).toHaveTextContent('Collectivité invitée : Commune de Bamako (Mali)');
    await page.type(within(invite).getByLabelText('Adresse e-mail du contact'), 'maire@bamako.test');
    await page.selectOptions(within(invite).getByLabelText('Type de collectivité'), 'Commune');
    await page.type(within(invite).getByLabelText('Langues'), 'fr, bm');
    // The zone is chosen by its city, named in the reader's language, and sent by its IANA name.
    await page.selectOptions(
      within(invite).getByLabelText('Fuseau horaire'),
      within(invite).getByRole('option', { name: /^Bamako — heure moyenne de Greenwich/ }),
    );
    await page.click(within(invite).getByRole('button', { name: 'Inviter la collectivité' }));

    expect(await within(invite).findByRole('alert')).toHaveTextContent(
      'N’acceptez un partenaire qu’une fois vos motivations validées par un·e élu·e.',
    );
    expect(
      within(invite).getByRole('link', { name: 'Faire valider vos motivations (étape 1)' }),
    ).toHaveAttribute('href', '/partenariats/p-1/engagement#motivations');
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/candidates/c-3/invitation');
    expect(await sent?.json()).toEqual({
      email: 'maire@bamako.test',
      organisation: {
        name: 'Commune de Bamako',
        kind: 'commune',
        countryCode: 'ML',
        languages: ['fr', 'bm'],
        timeZone: 'Africa/Bamako',
      },
    });
  });

  it('sends the invitation of a proposed candidate and says when it becomes a party', async () => {
    const api = partnerSearchApi({
      'POST /api/partnerships/:id/candidates/:candidateId/invitation': async () =>
        jsonResponse(201, {
          id: 'i-1',
          kind: 'partner_authority',
          email: 'maire@bamako.test',
          role: 'admin',
          status: 'pending',
          partnershipId: 'p-1',
          partnershipTitle: PARTNERSHIP.title,
          organisationName: 'Commune de Bamako',
          invitingOrganisationName: 'Ville d’Angers',
          invitedBy: 'Claire Martin',
          expiresAt: '2026-03-15T10:00:00.000Z',
          createdAt: '2026-03-01T10:00:00.000Z',
        }),
    });
    const { queryClient } = await renderApp(PAGE, api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Envoyer l’invitation à Commune de Bamako' }));
    const invite = await screen.findByRole('region', { name: 'Inviter Commune de Bamako' });
    await page.type(within(invite).getByLabelText('Adresse e-mail du contact'), 'maire@bamako.test');
    await page.type(within(invite).getByLabelText('Langues'), 'fr');
    await page.click(within(invite).getByRole('button', { name: 'Inviter la collectivité' }));

    expect(
      await screen.findByText(
        'Invitation envoyée à maire@bamako.test : Commune de Bamako deviendra partie au partenariat en l’acceptant.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Inviter Commune de Bamako' })).not.toBeInTheDocument();
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'candidates'] });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
  });

  it('lets a viewer follow the pipeline without any form', async () => {
    await renderApp(PAGE, partnerSearchApi({}, 'viewer'));
    expect(await findColumn('Identifiée')).toHaveTextContent('Commune de Ségou');
    expect(
      screen.getByText('Votre rôle permet de consulter la recherche, pas de la faire avancer.'),
    ).toBeVisible();
    expect(screen.queryByRole('combobox', { name: /Faire avancer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Envoyer l’invitation/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter la candidate' })).not.toBeInTheDocument();
  });

  it('tells another party that the initiator runs the search', async () => {
    const api = partnerSearchApi(
      {
        'GET /api/partnerships/:id/candidates': async () => problemResponse(404, 'RESOURCE.NOT_FOUND'),
      },
      'officer',
      { ...PARTNERSHIP, yourRole: 'partner' },
    );
    await renderApp(PAGE, api);
    expect(
      await screen.findByText(
        'La recherche de partenaires est menée par la collectivité à l’initiative du partenariat.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter la candidate' })).not.toBeInTheDocument();
  });

  it('writes the stages and channels in English', async () => {
    await renderApp(PAGE, partnerSearchApi(), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Find partners' })).toBeVisible();
    const board = await screen.findByRole('group', { name: 'Candidates by stage' });
    expect(
      within(board)
        .getAllByRole('region')
        .map((column) => within(column).getByRole('heading', { level: 3 }).firstChild?.textContent),
    ).toEqual(['Identified', 'Contacted', 'In discussion', 'Proposed', 'Accepted', 'Declined', 'Dropped']);
    const identified = await findColumn('Identified');
    expect(identified).toHaveTextContent('Local authorities’ network');
    expect(identified).toHaveTextContent('Overdue');
    expect(optionsOf(within(identified).getByLabelText('Move Commune de Ségou forward'))).toEqual([
      'Identified (unchanged)',
      'Contacted',
      'Dropped',
    ]);
    expect(
      within(await findColumn('Proposed')).getByRole('button', {
        name: 'Send the invitation to Commune de Bamako',
      }),
    ).toBeInTheDocument();
  });

  it('is linked from the partnership page of its initiator', async () => {
    await renderApp('/partenariats/p-1', partnerSearchApi());
    expect(await screen.findByRole('link', { name: /^Rechercher des partenaires : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/partenaires',
    );
  });
});
