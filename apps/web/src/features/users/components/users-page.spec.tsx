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

const ADMIN = signedInAs('admin');

function user(overrides: Record<string, unknown>) {
  return {
    id: '00000000-0000-4000-8000-000000000002',
    email: 'paul.durand@angers.test',
    displayName: 'Paul Durand',
    role: 'officer',
    disabled: false,
    createdAt: '2026-01-05T09:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

const INVITATION = {
  id: 'inv-1',
  kind: 'colleague',
  email: 'lea.petit@angers.test',
  role: 'viewer',
  status: 'pending',
  partnershipId: null,
  partnershipTitle: null,
  organisationName: null,
  invitingOrganisationName: 'Ville d’Angers',
  invitedBy: 'Hélène Girard',
  expiresAt: '2031-05-04T10:00:00.000Z',
  createdAt: '2031-04-27T10:00:00.000Z',
};

function usersApi(routes: StubRoutes = {}) {
  return stubApi(
    {
      'GET /api/organisation/users': async () => jsonResponse(200, { items: [user({})] }),
      'GET /api/organisation/invitations': async () => jsonResponse(200, { items: [INVITATION] }),
      ...routes,
    },
    ADMIN,
  );
}

describe('the users page', () => {
  it('changes a role with the row’s version', async () => {
    const api = usersApi({
      'PATCH /api/organisation/users/:userId': async () =>
        jsonResponse(200, user({ role: 'elected', version: 4 })),
    });
    await renderApp('/organisation/utilisateurs', api);
    await userEvent.setup().selectOptions(await screen.findByLabelText('Rôle de Paul Durand'), 'elected');
    expect(await screen.findByText('Modification enregistrée pour Paul Durand.')).toBeInTheDocument();
    const [patch] = api.requestsTo('PATCH', '/api/organisation/users/00000000-0000-4000-8000-000000000002');
    expect(await patch?.json()).toEqual({ role: 'elected', version: 3 });
    expect(patch?.headers.get('x-csrf-token')).toBe('csrf-signed-in');
  });

  it('says someone else changed the user meanwhile, and reloads the list', async () => {
    let version = 3;
    const api = usersApi({
      'GET /api/organisation/users': async () => jsonResponse(200, { items: [user({ version })] }),
      'PATCH /api/organisation/users/:userId': async () => {
        version = 4;
        return problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 4 });
      },
    });
    await renderApp('/organisation/utilisateurs', api);
    await userEvent.setup().click(await screen.findByLabelText('Désactiver le compte de Paul Durand'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps.',
    );
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation/users')).toHaveLength(2));
    expect(screen.getByLabelText('Désactiver le compte de Paul Durand')).not.toBeChecked();
  });

  it('explains that the organisation needs an administrator', async () => {
    await renderApp(
      '/organisation/utilisateurs',
      usersApi({
        'GET /api/organisation/users': async () => jsonResponse(200, { items: [user({ role: 'admin' })] }),
        'PATCH /api/organisation/users/:userId': async () => problemResponse(409, 'USER.LAST_ADMIN'),
      }),
    );
    await userEvent.setup().selectOptions(await screen.findByLabelText('Rôle de Paul Durand'), 'viewer');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'La collectivité doit garder au moins un administrateur actif.',
    );
  });

  it('invites a colleague and shows the API’s field errors and refusals', async () => {
    let attempt = 0;
    const api = usersApi({
      'POST /api/organisation/invitations': async () => {
        attempt += 1;
        if (attempt === 1) return validationProblem([{ field: 'email', rule: 'isEmail' }]);
        if (attempt === 2) return problemResponse(409, 'INVITATION.ALREADY_PENDING');
        return jsonResponse(201, {
          ...INVITATION,
          id: 'inv-2',
          email: 'marc.roux@angers.test',
          role: 'elected',
        });
      },
    });
    const page = userEvent.setup();
    await renderApp('/organisation/utilisateurs', api);
    const form = (await screen.findByRole('button', { name: 'Envoyer l’invitation' })).closest('form')!;
    const email = within(form).getByLabelText('Adresse e-mail');

    await page.type(email, 'pas-une-adresse');
    await page.click(within(form).getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await within(form).findByText('Saisissez une adresse e-mail valide.')).toBeInTheDocument();

    await page.click(within(form).getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Une invitation est déjà en attente pour cette adresse.',
    );

    await page.clear(email);
    await page.type(email, 'marc.roux@angers.test');
    await page.selectOptions(within(form).getByLabelText('Rôle'), 'elected');
    await page.click(within(form).getByRole('button', { name: 'Envoyer l’invitation' }));
    expect(await screen.findByText('Invitation envoyée à marc.roux@angers.test.')).toBeInTheDocument();
    const sent = api.requestsTo('POST', '/api/organisation/invitations');
    expect(await sent[2]?.json()).toEqual({ email: 'marc.roux@angers.test', role: 'elected' });
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation/invitations')).toHaveLength(2));
  });

  it('withdraws a pending invitation', async () => {
    const api = usersApi({ 'DELETE /api/organisation/invitations/:invitationId': async () => noContent() });
    await renderApp('/organisation/utilisateurs', api);
    expect(await screen.findByText('En attente')).toBeInTheDocument();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Retirer l’invitation de lea.petit@angers.test' }));
    expect(await screen.findByText('Invitation de lea.petit@angers.test retirée.')).toBeInTheDocument();
    expect(api.requestsTo('DELETE', '/api/organisation/invitations/inv-1')).toHaveLength(1);
  });
});
