import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  validationProblem,
} from '../../../test/render-app';

const PREVIEW = {
  kind: 'colleague',
  email: 'paul.durand@angers.test',
  role: 'officer',
  organisationName: 'Ville d’Angers',
  invitedBy: 'Claire Martin',
  invitingOrganisationName: 'Ville d’Angers',
  partnershipTitle: null,
  expiresAt: '2031-05-04T10:00:00.000Z',
};

async function fillAndSubmit(password: string, confirmation = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Votre nom'), 'Paul Durand');
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.type(screen.getByLabelText('Confirmez le mot de passe'), confirmation);
  await user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
}

describe('accepting an invitation', () => {
  it('shows who invites, to which organisation and with which role', async () => {
    await renderApp(
      '/invitation/abc',
      stubApi({ 'GET /api/invitations/:token': async () => jsonResponse(200, PREVIEW) }),
    );
    expect(
      await screen.findByText(
        'Claire Martin (Ville d’Angers) vous invite à rejoindre Ville d’Angers sur Passerelle.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('paul.durand@angers.test')).toBeInTheDocument();
    expect(screen.getByText('Chargé de mission')).toBeInTheDocument();
  });

  it('explains that an expired invitation cannot be used, and offers no form', async () => {
    await renderApp(
      '/invitation/old',
      stubApi({ 'GET /api/invitations/:token': async () => problemResponse(410, 'INVITATION.EXPIRED') }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Cette invitation a expiré.');
    expect(screen.queryByRole('button', { name: 'Créer mon compte' })).not.toBeInTheDocument();
  });

  it.each([
    ['INVITATION.ALREADY_USED', 410, 'Cette invitation a déjà été utilisée.'],
    ['INVITATION.REVOKED', 410, 'Cette invitation a été retirée'],
    ['INVITATION.NOT_FOUND', 404, 'Cette invitation n’existe pas.'],
  ])('explains a dead link (%s)', async (code, status, message) => {
    await renderApp(
      '/invitation/x',
      stubApi({ 'GET /api/invitations/:token': async () => problemResponse(status, code) }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('shows the API’s “password too short” error on the password field', async () => {
    await renderApp(
      '/invitation/abc',
      stubApi({
        'GET /api/invitations/:token': async () => jsonResponse(200, PREVIEW),
        'POST /api/invitations/:token/accept': async () =>
          validationProblem([
            {
              field: 'password',
              rule: 'minLength',
              message: 'password must be longer than or equal to 12 characters',
            },
          ]),
      }),
    );
    await fillAndSubmit('court');
    expect(await screen.findByText('Trop court : au moins 12 caractères.')).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      'Au moins 12 caractères, sans votre adresse e-mail ni le nom de votre collectivité. Trop court : au moins 12 caractères.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    await waitFor(() => expect(screen.getByLabelText('Mot de passe')).toHaveFocus());
  });

  it('refuses two different passwords before asking the API', async () => {
    const api = stubApi({ 'GET /api/invitations/:token': async () => jsonResponse(200, PREVIEW) });
    await renderApp('/invitation/abc', api);
    await fillAndSubmit('un mot de passe assez long', 'un autre mot de passe');
    expect(await screen.findByText('Les deux mots de passe ne correspondent pas.')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/invitations/abc/accept')).toHaveLength(0);
  });

  it('shows on the password field that it contains the e-mail or the organisation', async () => {
    const api = stubApi({
      'GET /api/invitations/:token': async () => jsonResponse(200, PREVIEW),
      'POST /api/invitations/:token/accept': async () =>
        problemResponse(422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', {
          errors: [{ field: 'password', rule: 'passwordWithoutIdentity', message: 'contains the e-mail' }],
        }),
    });
    await renderApp('/invitation/abc', api);
    await fillAndSubmit('paul.durand pour toujours');
    expect(
      await screen.findByText(
        'Ce mot de passe contient votre adresse e-mail ou le nom de votre collectivité : choisissez-en un autre.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  it('signs the new account in and opens its partnerships', async () => {
    const api = stubApi({
      'GET /api/invitations/:token': async () => jsonResponse(200, PREVIEW),
      'POST /api/invitations/:token/accept': async () =>
        jsonResponse(200, signedInAs('officer', { displayName: 'Paul Durand' })),
      'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
    });
    const { router } = await renderApp('/invitation/abc', api);
    await fillAndSubmit('un mot de passe assez long');
    expect(await screen.findByRole('heading', { level: 1, name: 'Partenariats' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/partenariats');
    expect(screen.getByRole('group', { name: 'Votre session' })).toHaveTextContent('Paul Durand');
    const [accept] = api.requestsTo('POST', '/api/invitations/abc/accept');
    // The new account keeps the language the invitation was read in.
    expect(await accept?.json()).toEqual({
      displayName: 'Paul Durand',
      password: 'un mot de passe assez long',
      language: 'fr',
    });
  });
});
