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

const SEGOU = {
  organisationId: 'o-7',
  name: 'Commune de Ségou',
  kind: 'commune',
  countryCode: 'ML',
  population: 130000,
  languages: ['fr', 'bm'],
  themesOffered: ['culture'],
  themesSought: ['water_sanitation'],
  summary: 'Ville du fleuve Niger, riche de son festival.',
  score: 72,
  reasons: [
    { kind: 'they_offer_what_we_seek', value: 'culture', points: 20 },
    { kind: 'they_seek_what_we_offer', value: 'water_sanitation', points: 20 },
    { kind: 'open_request_on_our_themes', value: 'water_sanitation', points: 10 },
    { kind: 'shared_language', value: 'fr', points: 10 },
    { kind: 'target_country', value: 'ML', points: 12 },
  ],
};

const KAYES = {
  ...SEGOU,
  organisationId: 'o-8',
  name: 'Ville de Kayes',
  summary: '',
  score: 30,
  reasons: [{ kind: 'target_country', value: 'ML', points: 30 }],
};

const PAGE = '/partenariats/p-1/partenaires';

function suggestionsApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'officer') {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/candidates': async () => jsonResponse(200, { version: 4, items: [] }),
      'GET /api/partnerships/:id/suggested-partners': async () =>
        jsonResponse(200, { items: [SEGOU, KAYES], ownProfileListed: true }),
      ...routes,
    },
    signedInAs(role),
  );
}

async function findSuggestions() {
  return screen.findByRole('region', { name: 'Partenaires suggérés' });
}

describe('step 2: partners suggested from the directory', () => {
  it('asks to publish the authority’s profile only while it is not published', async () => {
    const nothingFor = (ownProfileListed: boolean) =>
      suggestionsApi({
        'GET /api/partnerships/:id/suggested-partners': async () =>
          jsonResponse(200, { items: [], ownProfileListed }),
      });
    const { unmount } = await renderApp(PAGE, nothingFor(false));
    expect(await findSuggestions()).toHaveTextContent(
      'Aucune suggestion pour l’instant. Publiez le profil de votre collectivité dans l’annuaire',
    );
    unmount();
    await renderApp(PAGE, nothingFor(true));
    const section = await findSuggestions();
    expect(section).toHaveTextContent(
      'Aucune collectivité de l’annuaire ne correspond pour l’instant aux thèmes et pays visés.',
    );
    expect(section).not.toHaveTextContent('Publiez le profil');
  });

  it('shows each suggestion’s score and the reasons for it in words', async () => {
    await renderApp(PAGE, suggestionsApi());
    const section = await findSuggestions();
    const segou = within(section).getByRole('article', { name: 'Commune de Ségou' });
    expect(segou).toHaveTextContent('Commune · Mali');
    expect(segou).toHaveTextContent('Score : 72/100');
    expect(segou).toHaveTextContent('Ville du fleuve Niger, riche de son festival.');
    const reasons = within(segou).getByRole('list', { name: 'Pourquoi Commune de Ségou est suggérée' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Propose un thème que vous recherchez : culture (+20 points)',
      'Recherche un thème que vous proposez : eau et assainissement (+20 points)',
      'A publié une demande sur : eau et assainissement (+10 points)',
      'Langue commune : français (+10 points)',
      'Dans un pays visé : Mali (+12 points)',
    ]);
    expect(within(section).getByRole('article', { name: 'Ville de Kayes' })).toHaveTextContent(
      'Score : 30/100',
    );
  });

  it('adds a suggestion to the candidates as found in the directory, then refreshes the pipeline and the suggestions', async () => {
    let added = false;
    const api = suggestionsApi({
      'GET /api/partnerships/:id/suggested-partners': async () =>
        jsonResponse(200, { items: added ? [KAYES] : [SEGOU, KAYES] }),
      'POST /api/partnerships/:id/candidates': async () => {
        added = true;
        return jsonResponse(201, {
          version: 5,
          items: [
            {
              id: 'c-1',
              name: 'Commune de Ségou',
              countryCode: 'ML',
              organisationId: 'o-7',
              source: 'authority_network',
              sourceDetail: 'Annuaire Passerelle',
              stage: 'identified',
              nextStep: null,
              nextStepOn: null,
              history: [{ stage: 'identified', at: '2026-03-01T10:00:00.000Z' }],
            },
          ],
        });
      },
    });
    await renderApp(PAGE, api);
    const section = await findSuggestions();
    await userEvent
      .setup()
      .click(within(section).getByRole('button', { name: 'Ajouter Commune de Ségou aux candidates' }));

    expect(await within(section).findByText('Commune de Ségou ajoutée aux candidates.')).toBeVisible();
    const [post] = api.requestsTo('POST', '/api/partnerships/p-1/candidates');
    expect(await post?.json()).toEqual({
      name: 'Commune de Ségou',
      countryCode: 'ML',
      organisationId: 'o-7',
      source: 'authority_network',
      sourceDetail: 'Annuaire Passerelle',
    });
    await waitFor(() =>
      expect(within(section).queryByRole('article', { name: 'Commune de Ségou' })).not.toBeInTheDocument(),
    );
    expect(api.requestsTo('GET', '/api/partnerships/p-1/suggested-partners')).toHaveLength(2);
    const board = screen.getByRole('group', { name: 'Candidates par étape' });
    expect(within(board).getByRole('region', { name: 'Identifiée' })).toHaveTextContent('Commune de Ségou');
    expect(screen.getByRole('heading', { level: 2, name: 'Partenaires suggérés' })).toHaveFocus();
  });

  it('hides the section when the API finds no search of yours (404)', async () => {
    await renderApp(
      PAGE,
      suggestionsApi({
        'GET /api/partnerships/:id/suggested-partners': async () =>
          problemResponse(404, 'RESOURCE.NOT_FOUND'),
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Collectivités candidates' })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Partenaires suggérés' })).not.toBeInTheDocument();
  });

  it('shows the suggestions without the add button to a role that cannot run the search', async () => {
    await renderApp(PAGE, suggestionsApi({}, 'viewer'));
    const section = await findSuggestions();
    expect(within(section).getByText('Score : 72/100')).toBeVisible();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('explains the reasons in English', async () => {
    await renderApp(PAGE, suggestionsApi(), 'en');
    const section = await screen.findByRole('region', { name: 'Suggested partners' });
    const segou = within(section).getByRole('article', { name: 'Commune de Ségou' });
    expect(segou).toHaveTextContent('Score: 72/100');
    expect(segou).toHaveTextContent('Seeks a theme you offer: water and sanitation (+20 points)');
    expect(segou).toHaveTextContent('Shared language: French (+10 points)');
    expect(
      within(segou).getByRole('button', { name: 'Add Commune de Ségou to the candidates' }),
    ).toBeVisible();
  });
});
