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

const OWN_ORGANISATION_ID = '00000000-0000-4000-8000-0000000000aa';

const SEGOU = {
  organisationId: 'o-7',
  name: 'Commune de Ségou',
  kind: 'commune',
  countryCode: 'ML',
  population: 130000,
  languages: ['fr', 'bm'],
  themesOffered: ['culture'],
  themesSought: ['water_sanitation'],
  summary: 'Ville du fleuve Niger.',
};

const KAYES = { ...SEGOU, organisationId: 'o-8', name: 'Ville de Kayes', summary: '' };

const REQUEST = {
  id: 'r-1',
  organisationId: 'o-7',
  organisationName: 'Commune de Ségou',
  countryCode: 'ML',
  title: 'Un partenaire pour notre réseau d’eau',
  description: 'Nous cherchons une ville qui a modernisé son réseau.',
  themes: ['water_sanitation'],
  status: 'open',
  createdAt: '2026-03-01T10:00:00.000Z',
  version: 1,
};

const OWN_REQUEST = {
  ...REQUEST,
  id: 'r-2',
  organisationId: OWN_ORGANISATION_ID,
  organisationName: 'Ville d’Angers',
  countryCode: 'FR',
  title: 'Échanges de jeunes',
  themes: ['youth_mobility'],
  version: 3,
};

function directoryApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'officer') {
  return stubApi(
    {
      'GET /api/directory/organisations': async () => jsonResponse(200, { items: [SEGOU], nextCursor: null }),
      'GET /api/directory/partner-requests': async () =>
        jsonResponse(200, { items: [REQUEST, OWN_REQUEST], nextCursor: null }),
      ...routes,
    },
    signedInAs(role),
  );
}

function queryOf(request: Request | undefined): Record<string, string> {
  return Object.fromEntries(new URL(request?.url ?? 'http://x/').searchParams);
}

describe('the directory of authorities', () => {
  it('lists the listed authorities with what they offer and seek', async () => {
    await renderApp('/annuaire', directoryApi());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annuaire des collectivités' }),
    ).toBeVisible();
    const segou = await screen.findByRole('article', { name: 'Commune de Ségou' });
    expect(segou).toHaveTextContent('Commune · Mali');
    expect(segou).toHaveTextContent('Langues : français, bambara');
    expect(segou).toHaveTextContent('Propose : culture');
    expect(segou).toHaveTextContent('Recherche : eau et assainissement');
  });

  it('puts the filters in the address and in the request', async () => {
    const api = directoryApi();
    const { router } = await renderApp('/annuaire', api);
    const page = userEvent.setup();
    await screen.findByRole('article', { name: 'Commune de Ségou' });

    // The header's language switch is labelled « Langue » too: the filters are found in their search form.
    const filters = within(screen.getByRole('search', { name: 'Filtres de l’annuaire' }));
    await page.selectOptions(filters.getByLabelText('Pays'), 'Mali');
    await page.selectOptions(filters.getByLabelText('Type'), 'commune');
    await page.type(filters.getByLabelText('Langue'), 'fr');
    await page.selectOptions(filters.getByLabelText('Thème'), 'water_sanitation');
    await page.type(filters.getByLabelText('Recherche'), 'fleuve');

    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/directory/organisations').at(-1))).toEqual({
        country: 'ML',
        kind: 'commune',
        language: 'fr',
        theme: 'water_sanitation',
        q: 'fleuve',
      }),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      pays: 'ML',
      type: 'commune',
      langue: 'fr',
      theme: 'water_sanitation',
      q: 'fleuve',
    });
    // A half-typed country is never sent.
    expect(
      api
        .requestsTo('GET', '/api/directory/organisations')
        .some((request) => queryOf(request).country === 'M'),
    ).toBe(false);
    expect(queryOf(api.requestsTo('GET', '/api/directory/partner-requests').at(-1))).toEqual({
      country: 'ML',
      theme: 'water_sanitation',
    });
  });

  it('reads the filters from the address, and clears them', async () => {
    const api = directoryApi();
    const { router } = await renderApp('/annuaire?pays=ML&theme=culture', api);
    await screen.findByRole('article', { name: 'Commune de Ségou' });
    expect(screen.getByLabelText('Pays')).toHaveValue('ML');
    expect(screen.getByLabelText('Thème')).toHaveValue('culture');
    expect(queryOf(api.requestsTo('GET', '/api/directory/organisations')[0])).toEqual({
      country: 'ML',
      theme: 'culture',
    });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(router.state.location.search).toBe('');
  });

  it('loads the next page with the cursor', async () => {
    const api = directoryApi({
      'GET /api/directory/organisations': async (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? jsonResponse(200, { items: [KAYES], nextCursor: null })
          : jsonResponse(200, { items: [SEGOU], nextCursor: 'page-2' }),
    });
    await renderApp('/annuaire', api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Voir plus' }));
    expect(await screen.findByRole('article', { name: 'Ville de Kayes' })).toBeVisible();
    expect(screen.getByRole('article', { name: 'Commune de Ségou' })).toBeVisible();
    expect(queryOf(api.requestsTo('GET', '/api/directory/organisations').at(-1))).toEqual({
      cursor: 'page-2',
    });
    expect(screen.queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();
  });

  it('lists the partner requests, and closes one of the authority’s own with its version', async () => {
    const api = directoryApi({
      'POST /api/organisation/partner-requests/:requestId/close': async () =>
        jsonResponse(200, { ...OWN_REQUEST, status: 'closed', version: 4 }),
    });
    await renderApp('/annuaire', api);
    const requests = await screen.findByRole('region', { name: 'Demandes de partenariat' });
    const other = await within(requests).findByRole('article', {
      name: 'Un partenaire pour notre réseau d’eau',
    });
    expect(other).toHaveTextContent('Commune de Ségou (Mali), le 1 mars 2026');
    expect(other).toHaveTextContent('Thèmes : eau et assainissement');
    expect(within(other).queryByRole('button')).not.toBeInTheDocument();
    const own = within(requests).getByRole('article', { name: 'Échanges de jeunes' });
    expect(own).toHaveTextContent('Votre demande');

    await userEvent
      .setup()
      .click(within(own).getByRole('button', { name: 'Clore la demande « Échanges de jeunes »' }));
    expect(await within(requests).findByText('Demande « Échanges de jeunes » close.')).toBeVisible();
    const [close] = api.requestsTo('POST', '/api/organisation/partner-requests/r-2/close');
    expect(await close?.json()).toEqual({ version: 3 });
    await waitFor(() => expect(api.requestsTo('GET', '/api/directory/partner-requests')).toHaveLength(2));
  });

  it('publishes a partner request with its themes', async () => {
    const api = directoryApi({
      'POST /api/organisation/partner-requests': async () => jsonResponse(201, OWN_REQUEST),
    });
    await renderApp('/annuaire', api);
    const form = await screen.findByRole('region', { name: 'Publier une demande' });
    const page = userEvent.setup();
    await page.type(within(form).getByLabelText('Intitulé de la demande'), 'Échanges de jeunes');
    await page.type(within(form).getByLabelText('Description'), 'Des séjours croisés de lycéens.');
    const themes = within(form).getByRole('group', { name: 'Thèmes' });
    await page.click(within(themes).getByLabelText('Mobilité des jeunes'));
    await page.click(within(themes).getByLabelText('Éducation'));
    await page.click(within(form).getByRole('button', { name: 'Publier la demande' }));

    expect(await within(form).findByText('Demande « Échanges de jeunes » publiée.')).toBeVisible();
    const [post] = api.requestsTo('POST', '/api/organisation/partner-requests');
    expect(await post?.json()).toEqual({
      title: 'Échanges de jeunes',
      description: 'Des séjours croisés de lycéens.',
      themes: ['education', 'youth_mobility'],
    });
    expect(within(form).getByLabelText('Intitulé de la demande')).toHaveValue('');
  });

  it('offers neither the request form nor closing to an elected official', async () => {
    await renderApp('/annuaire', directoryApi({}, 'elected'));
    const requests = await screen.findByRole('region', { name: 'Demandes de partenariat' });
    await within(requests).findByRole('article', { name: 'Échanges de jeunes' });
    expect(within(requests).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Publier une demande' })).not.toBeInTheDocument();
  });
});

describe('the directory profile of the authority', () => {
  const ORGANISATION = {
    id: OWN_ORGANISATION_ID,
    name: 'Ville d’Angers',
    kind: 'commune',
    countryCode: 'FR',
    population: 157000,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    version: 6,
  };

  const OWN_ENTRY = {
    organisationId: OWN_ORGANISATION_ID,
    name: 'Ville d’Angers',
    kind: 'commune',
    countryCode: 'FR',
    languages: ['fr'],
    themesOffered: ['water_sanitation'],
    themesSought: ['culture'],
    summary: 'Ville de Loire.',
  };

  function profileApi(routes: StubRoutes = {}) {
    return stubApi(
      {
        'GET /api/organisation': async () => jsonResponse(200, ORGANISATION),
        'GET /api/directory/organisations': async () =>
          jsonResponse(200, { items: [OWN_ENTRY], nextCursor: null }),
        ...routes,
      },
      signedInAs('admin'),
    );
  }

  it('starts from the listed profile and saves it with the organisation version read', async () => {
    const api = profileApi({
      'PUT /api/organisation/directory-profile': async () => jsonResponse(200, OWN_ENTRY),
    });
    await renderApp('/organisation/annuaire', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Profil dans l’annuaire' })).toBeVisible();
    const listed = await screen.findByLabelText('Publier notre profil dans l’annuaire');
    expect(listed).toBeChecked();
    expect(screen.getByLabelText('Présentation courte')).toHaveValue('Ville de Loire.');
    const offered = screen.getByRole('group', { name: 'Thèmes que nous proposons' });
    const sought = screen.getByRole('group', { name: 'Thèmes que nous recherchons' });
    expect(within(offered).getByLabelText('Eau et assainissement')).toBeChecked();
    expect(within(sought).getByLabelText('Culture')).toBeChecked();

    const page = userEvent.setup();
    await page.click(within(offered).getByLabelText('Patrimoine'));
    await page.click(within(sought).getByLabelText('Culture'));
    await page.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));

    expect(
      await screen.findByText('Profil enregistré : votre collectivité figure dans l’annuaire.'),
    ).toBeVisible();
    const [put] = api.requestsTo('PUT', '/api/organisation/directory-profile');
    expect(await put?.json()).toEqual({
      listed: true,
      summary: 'Ville de Loire.',
      themesOffered: ['water_sanitation', 'heritage'],
      themesSought: [],
      version: 6,
    });
    expect(queryOf(api.requestsTo('GET', '/api/directory/organisations')[0])).toEqual({
      q: 'Ville d’Angers',
    });
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation')).toHaveLength(2));
  });

  it('starts empty and unlisted when the authority is not in the directory', async () => {
    await renderApp(
      '/organisation/annuaire',
      profileApi({
        'GET /api/directory/organisations': async () => jsonResponse(200, { items: [], nextCursor: null }),
      }),
    );
    expect(await screen.findByLabelText('Publier notre profil dans l’annuaire')).not.toBeChecked();
    expect(screen.getByLabelText('Présentation courte')).toHaveValue('');
    expect(screen.getByText(/ne figure pas dans l’annuaire pour l’instant/)).toBeVisible();
  });

  it('says the profile changed meanwhile when the version is stale', async () => {
    await renderApp(
      '/organisation/annuaire',
      profileApi({
        'PUT /api/organisation/directory-profile': async () => problemResponse(409, 'RESOURCE.CONFLICT'),
      }),
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enregistrer le profil' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps.',
    );
  });

  it('is offered to administrators only', async () => {
    await renderApp('/organisation/annuaire', stubApi({}, signedInAs('officer')));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeVisible();
  });
});
