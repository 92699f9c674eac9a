import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  noContent,
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
  version: 1,
};

function partnershipsApi(role: Parameters<typeof signedInAs>[0], routes: StubRoutes = {}) {
  return stubApi(
    {
      'GET /api/partnerships': async () => jsonResponse(200, { items: [PARTNERSHIP], nextCursor: null }),
      'GET /api/partnerships/:id': async (_request, { id }) =>
        id === PARTNERSHIP.id ? jsonResponse(200, PARTNERSHIP) : problemResponse(404, 'RESOURCE.NOT_FOUND'),
      'GET /api/partnerships/:id/assessment': async () =>
        jsonResponse(200, {
          partnershipId: PARTNERSHIP.id,
          status: 'active',
          today: '2026-02-03',
          currentStep: 'COMMITMENT',
          steps: [],
          warnings: [],
          figures: {},
        }),
      'GET /api/partnerships/:id/internal-notes': async () =>
        jsonResponse(200, {
          items: [
            {
              id: 'n-1',
              body: 'Relancer le maire.',
              authorDisplayName: 'Claire Martin',
              createdAt: '2026-02-02T10:00:00.000Z',
            },
          ],
        }),
      ...routes,
    },
    signedInAs(role),
  );
}

describe('partnerships', () => {
  it('lists the partnerships with their parties, countries and the authority’s role', async () => {
    await renderApp('/partenariats', partnershipsApi('viewer'));
    const table = await screen.findByRole('table', { name: 'Partenariats de votre collectivité' });
    const row = within(table).getByRole('row', { name: /Angers – Bamako/ });
    expect(row).toHaveTextContent('Commune de Bamako (Mali)');
    expect(row).toHaveTextContent('Initiatrice');
    expect(within(row).getByRole('link', { name: PARTNERSHIP.title })).toHaveAttribute(
      'href',
      '/partenariats/p-1',
    );
  });

  it('shows the field errors of a refused partnership', async () => {
    const api = partnershipsApi('officer', {
      'POST /api/partnerships': async () =>
        validationProblem([
          { field: 'title', rule: 'isNotEmpty' },
          { field: 'approach', rule: 'isIn' },
        ]),
    });
    await renderApp('/partenariats', api);
    const page = userEvent.setup();
    await page.selectOptions(await screen.findByLabelText('Forme'), 'twinning');
    await page.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(screen.getByLabelText('Intitulé')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Approche')).toHaveAccessibleDescription(
      'Choisissez une valeur de la liste.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    const [create] = api.requestsTo('POST', '/api/partnerships');
    expect(await create?.json()).toEqual({
      title: '',
      form: 'twinning',
      approach: 'mutual_interest',
      targetCountries: [],
      themes: [],
    });
  });

  it('creates a partnership and refreshes the list', async () => {
    const api = partnershipsApi('admin', {
      'POST /api/partnerships': async () =>
        jsonResponse(201, { ...PARTNERSHIP, id: 'p-2', title: 'Jumelage Angers – Pise' }),
    });
    await renderApp('/partenariats', api);
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Intitulé'), 'Jumelage Angers – Pise');
    await page.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    expect(
      await screen.findByRole('link', { name: 'Partenariat « Jumelage Angers – Pise » créé.' }),
    ).toHaveAttribute('href', '/partenariats/p-2');
    await waitFor(() => expect(api.requestsTo('GET', '/api/partnerships')).toHaveLength(2));
  });

  it('invites a partner authority in a dialog that closes and says to whom the invitation went', async () => {
    const api = partnershipsApi('officer', {
      'POST /api/partnerships/:id/partner-invitations': async () =>
        jsonResponse(201, { email: 'maire@bamako.test', expiresAt: '2026-12-21T10:00:00.000Z' }),
    });
    await renderApp('/partenariats/p-1', api);
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Inviter par e-mail' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Inviter une collectivité partenaire' });
    await page.type(within(form).getByLabelText('Adresse e-mail du contact'), 'maire@bamako.test');
    await page.type(within(form).getByLabelText('Nom de la collectivité'), 'Commune de Bamako');
    await page.selectOptions(within(form).getByLabelText('Pays'), 'Mali');
    await page.click(within(form).getByRole('button', { name: 'Inviter la collectivité' }));

    expect(await screen.findByText('Invitation envoyée à maire@bamako.test.')).toBeVisible();
    expect(
      screen.queryByRole('form', { name: 'Inviter une collectivité partenaire' }),
    ).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('adds an internal note in a dialog that closes, says so and gives the focus back', async () => {
    const bodies: unknown[] = [];
    const api = partnershipsApi('officer', {
      'POST /api/partnerships/:id/internal-notes': async (request) => {
        bodies.push(await request.json());
        return jsonResponse(201, {
          id: 'n-2',
          body: 'Appeler la mairie lundi.',
          authorDisplayName: 'Claire Martin',
          createdAt: '2026-02-03T10:00:00.000Z',
        });
      },
    });
    await renderApp('/partenariats/p-1', api);
    const page = userEvent.setup();
    expect(screen.queryByRole('form', { name: 'Ajouter une note' })).not.toBeInTheDocument();
    const opener = await screen.findByRole('button', { name: 'Ajouter une note' });
    await page.click(opener);
    const form = await screen.findByRole('form', { name: 'Ajouter une note' });
    await page.type(within(form).getByLabelText('Nouvelle note'), 'Appeler la mairie lundi.');
    await page.click(within(form).getByRole('button', { name: 'Ajouter la note' }));

    expect(await screen.findByText('Note ajoutée.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Ajouter une note' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(bodies).toEqual([{ body: 'Appeler la mairie lundi.' }]);
  });

  it('offers creating and inviting to administrators and officers only', async () => {
    await renderApp('/partenariats/p-1', partnershipsApi('elected'));
    expect(await screen.findByRole('heading', { level: 1, name: PARTNERSHIP.title })).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Inviter une collectivité partenaire' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Inviter par e-mail' })).not.toBeInTheDocument();
    expect(await screen.findByText('Relancer le maire.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter une note' })).toBeInTheDocument();
  });

  it('shows a not-found message for a partnership the API does not know', async () => {
    await renderApp('/partenariats/inconnu', partnershipsApi('officer'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Ce partenariat est introuvable');
  });

  it('invites a partner authority and shows nested field errors and refusals', async () => {
    let attempt = 0;
    const api = partnershipsApi('officer', {
      'POST /api/partnerships/:id/partner-invitations': async () => {
        attempt += 1;
        if (attempt === 1)
          return validationProblem([
            { field: 'organisation.countryCode', rule: 'isISO31661Alpha2' },
            { field: 'organisation.timeZone', rule: 'isTimeZone' },
          ]);
        return problemResponse(409, 'PARTNERSHIP.ALREADY_PARTY');
      },
    });
    await renderApp('/partenariats/p-1', api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Inviter par e-mail' }));
    const form = await screen.findByRole('form', { name: 'Inviter une collectivité partenaire' });
    await page.type(within(form).getByLabelText('Adresse e-mail du contact'), 'maire@bamako.test');
    await page.type(within(form).getByLabelText('Nom de la collectivité'), 'Commune de Bamako');
    await page.selectOptions(within(form).getByLabelText('Type de collectivité'), 'commune');
    // The country is chosen by its name in the reader's language; the API receives its ISO code.
    await page.selectOptions(within(form).getByLabelText('Pays'), 'Mali');
    await page.type(within(form).getByLabelText('Langues'), 'fr, bm');
    const timeZone = within(form).getByLabelText('Fuseau horaire');
    expect(timeZone).not.toHaveValue('');
    await page.selectOptions(timeZone, 'Africa/Bamako');
    await page.click(within(form).getByRole('button', { name: 'Inviter la collectivité' }));

    expect(await within(form).findByText('Choisissez un pays dans la liste.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Fuseau horaire')).toHaveAttribute('aria-invalid', 'true');
    const [invite] = api.requestsTo('POST', '/api/partnerships/p-1/partner-invitations');
    expect(await invite?.json()).toEqual({
      email: 'maire@bamako.test',
      organisation: {
        name: 'Commune de Bamako',
        kind: 'commune',
        countryCode: 'ML',
        languages: ['fr', 'bm'],
        timeZone: 'Africa/Bamako',
      },
    });

    await page.click(within(form).getByRole('button', { name: 'Inviter la collectivité' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Cette collectivité prend déjà part à ce partenariat.',
    );
  });

  it('accepts a received partnership invitation and refreshes the partnerships', async () => {
    const api = partnershipsApi('admin', {
      'GET /api/partnership-invitations': async () =>
        jsonResponse(200, {
          items: [
            {
              id: 'inv-9',
              kind: 'partner_authority',
              email: 'maire@bamako.test',
              role: 'admin',
              status: 'pending',
              partnershipId: 'p-1',
              partnershipTitle: PARTNERSHIP.title,
              organisationName: 'District de Bamako',
              invitingOrganisationName: 'Ville d’Angers',
              invitedBy: 'Claire Martin',
              expiresAt: '2031-05-04T10:00:00.000Z',
              createdAt: '2031-04-27T10:00:00.000Z',
            },
          ],
        }),
      'POST /api/partnership-invitations/:id/accept': async () => noContent(),
    });
    const { queryClient } = await renderApp('/invitations-partenariat', api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    await userEvent.setup().click(
      await screen.findByRole('button', {
        name: `Accepter l’invitation au partenariat ${PARTNERSHIP.title}`,
      }),
    );
    expect(
      await screen.findByText('Invitation acceptée : le partenariat figure dans votre liste.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/partnership-invitations/inv-9/accept')).toHaveLength(1);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships'] });
  });
});
