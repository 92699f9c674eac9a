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

const LYCEE = {
  id: 'a-1',
  name: 'Lycée Chevrollier',
  kind: 'school',
  contact: 'proviseur@chevrollier.test',
  notes: 'Section européenne.',
  version: 3,
};

const DIASPORA = {
  id: 'a-2',
  name: 'Association Angers-Sahel',
  kind: 'diaspora_group',
  contact: '',
  notes: '',
  version: 1,
};

function actorsApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'officer') {
  return stubApi(
    {
      'GET /api/organisation/territory-actors': async (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? jsonResponse(200, { items: [LYCEE], nextCursor: null })
          : jsonResponse(200, { items: [DIASPORA], nextCursor: 'page-2' }),
      ...routes,
    },
    signedInAs(role),
  );
}

function queryOf(request: Request | undefined): Record<string, string> {
  return Object.fromEntries(new URL(request?.url ?? 'http://x/').searchParams);
}

describe('the directory of territory actors', () => {
  it('lists the organisation’s actors, a page at a time', async () => {
    await renderApp('/organisation/acteurs', actorsApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Acteurs du territoire' })).toBeVisible();
    expect(await screen.findByRole('article', { name: 'Association Angers-Sahel' })).toHaveTextContent(
      'Diaspora',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Voir plus' }));

    const lycee = await screen.findByRole('article', { name: 'Lycée Chevrollier' });
    expect(lycee).toHaveTextContent('Établissement scolaire');
    expect(lycee).toHaveTextContent('Contact : proviseur@chevrollier.test');
    expect(lycee).toHaveTextContent('Section européenne.');
    expect(screen.queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();
  });

  it('asks the API for the words and kind searched, kept in the address', async () => {
    const api = actorsApi();
    const { router } = await renderApp('/organisation/acteurs', api);
    const page = userEvent.setup();
    const search = await screen.findByRole('search', { name: 'Filtres des acteurs' });
    await page.type(within(search).getByLabelText('Rechercher un acteur'), 'lycée');
    await page.selectOptions(within(search).getByLabelText('Filtrer par type'), 'school');

    await waitFor(() =>
      expect(api.requestsTo('GET', '/api/organisation/territory-actors').map(queryOf)).toContainEqual({
        q: 'lycée',
        kind: 'school',
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('type')).toBe('school');
  });

  it('adds an actor to the directory', async () => {
    const api = actorsApi({
      'POST /api/organisation/territory-actors': async () =>
        jsonResponse(201, { ...DIASPORA, id: 'a-3', name: 'Club de basket', kind: 'association' }),
    });
    await renderApp('/organisation/acteurs', api);
    const page = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Ajouter un acteur' });
    await page.type(within(form).getByLabelText('Nom'), ' Club de basket ');
    await page.selectOptions(within(form).getByLabelText('Type d’acteur'), 'association');
    await page.type(within(form).getByLabelText('Contact'), 'Mme Durand');
    await page.type(within(form).getByLabelText('Notes'), 'Tournoi annuel.');
    await page.click(within(form).getByRole('button', { name: 'Ajouter l’acteur' }));

    expect(await within(form).findByText('Acteur « Club de basket » ajouté.')).toBeVisible();
    const [created] = api.requestsTo('POST', '/api/organisation/territory-actors');
    expect(await created?.json()).toEqual({
      name: 'Club de basket',
      kind: 'association',
      contact: 'Mme Durand',
      notes: 'Tournoi annuel.',
    });
    expect(within(form).getByLabelText('Nom')).toHaveValue('');
  });

  it('refuses a name already in the directory, beside the name', async () => {
    const api = actorsApi({
      'POST /api/organisation/territory-actors': async () =>
        problemResponse(409, 'TERRITORY_ACTOR.DUPLICATE_NAME'),
    });
    await renderApp('/organisation/acteurs', api);
    const page = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Ajouter un acteur' });
    await page.type(within(form).getByLabelText('Nom'), 'lycée chevrollier');
    await page.click(within(form).getByRole('button', { name: 'Ajouter l’acteur' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Un acteur de ce nom figure déjà dans l’annuaire.',
    );
    const name = within(form).getByLabelText('Nom');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Un acteur de ce nom figure déjà dans l’annuaire.');
    expect(name).toHaveValue('lycée chevrollier');
  });

  it('edits an actor in place with the version read', async () => {
    const api = actorsApi({
      'PATCH /api/organisation/territory-actors/:actorId': async () =>
        jsonResponse(200, { ...DIASPORA, contact: 'bureau@angers-sahel.test', version: 2 }),
    });
    await renderApp('/organisation/acteurs', api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Modifier Association Angers-Sahel' }));
    const form = screen.getByRole('form', { name: 'Modifier Association Angers-Sahel' });
    expect(within(form).getByLabelText('Nom')).toHaveFocus();
    await page.type(within(form).getByLabelText('Contact'), 'bureau@angers-sahel.test');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByText('Acteur « Association Angers-Sahel » enregistré.')).toBeVisible();
    expect(form).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Modifier Association Angers-Sahel' })).toHaveFocus();
    const [patch] = api.requestsTo('PATCH', '/api/organisation/territory-actors/a-2');
    expect(await patch?.json()).toEqual({
      name: 'Association Angers-Sahel',
      kind: 'diaspora_group',
      contact: 'bureau@angers-sahel.test',
      notes: '',
      version: 1,
    });
  });

  it('reloads an actor changed meanwhile and says so', async () => {
    let current = DIASPORA;
    const api = actorsApi({
      'GET /api/organisation/territory-actors': async () =>
        jsonResponse(200, { items: [current], nextCursor: null }),
      'PATCH /api/organisation/territory-actors/:actorId': async () => {
        current = { ...DIASPORA, contact: 'Changé ailleurs', version: 2 };
        return problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 2 });
      },
    });
    await renderApp('/organisation/acteurs', api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Modifier Association Angers-Sahel' }));
    const form = screen.getByRole('form', { name: 'Modifier Association Angers-Sahel' });
    await page.type(within(form).getByLabelText('Notes'), 'Mes notes');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    const edit = await screen.findByRole('form', { name: 'Modifier Association Angers-Sahel' });
    expect(await within(edit).findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps.',
    );
    // The form starts again from the actor as it now is.
    await waitFor(() => expect(within(edit).getByLabelText('Contact')).toHaveValue('Changé ailleurs'));
    await page.click(within(edit).getByRole('button', { name: 'Enregistrer' }));
    const patches = api.requestsTo('PATCH', '/api/organisation/territory-actors/a-2');
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(await patches[1]?.json()).toMatchObject({ contact: 'Changé ailleurs', version: 2 });
  });

  it('lets a viewer read the directory without changing it', async () => {
    await renderApp('/organisation/acteurs', actorsApi({}, 'viewer'));
    expect(await screen.findByRole('article', { name: 'Association Angers-Sahel' })).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Ajouter un acteur' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Modifier/ })).not.toBeInTheDocument();
  });
});
