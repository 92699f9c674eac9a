import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  SIGNED_OUT,
  stubApi,
} from '../../../test/render-app';

async function signIn(email = 'claire.martin@angers.test', password = 'un mot de passe assez long') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Adresse e-mail'), email);
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('signing in', () => {
  it('says the e-mail or the password is wrong, without saying which', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => problemResponse(401, 'AUTH.INVALID_CREDENTIALS'),
    });
    await renderApp('/connexion', api);
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail ou mot de passe incorrect.');
    expect(screen.getByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
  });

  it('sends the CSRF token of the session with the sign-in request', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, signedInAs('officer')),
      'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
    });
    await renderApp('/connexion', api);
    await signIn('claire.martin@angers.test', 'un mot de passe assez long');
    await waitFor(() => expect(api.requestsTo('POST', '/api/auth/login')).toHaveLength(1));
    const [login] = api.requestsTo('POST', '/api/auth/login');
    expect(login?.headers.get('x-csrf-token')).toBe(SIGNED_OUT.csrfToken);
    expect(await login?.json()).toEqual({
      email: 'claire.martin@angers.test',
      password: 'un mot de passe assez long',
    });
  });

  it('asks to retry later, with the delay, after too many attempts', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () =>
        problemResponse(429, 'REQUEST.TOO_MANY', { retryAfterSeconds: 540 }),
    });
    await renderApp('/connexion', api);
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Trop de tentatives de connexion. Réessayez dans 9 min.',
    );
  });

  it('goes back to the page the user wanted, then sends later changes with the new CSRF token', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, signedInAs('officer')),
      'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
      'POST /api/auth/logout': async () => new Response(null, { status: 204 }),
    });
    const { router } = await renderApp('/partenariats', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?suite=%2Fpartenariats');
    await signIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Partenariats' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/partenariats');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Se déconnecter' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/auth/logout')).toHaveLength(1));
    expect(api.requestsTo('POST', '/api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe('csrf-signed-in');
  });

  it('never sends the user to another site after signing in, but to the dashboard', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, signedInAs('viewer')),
      'GET /api/portfolio': async () =>
        jsonResponse(200, { rows: [], total: 0, byStatus: {}, byStep: {}, map: [], homeCountryCode: 'FR' }),
    });
    const { router } = await renderApp('/connexion?suite=//evil.test/phishing', api);
    await signIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/tableau-de-bord'));
  });

  it('sends a user whose role cannot read the dashboard to the partnerships', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, signedInAs('contributor')),
      'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
    });
    const { router } = await renderApp('/connexion', api);
    await signIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/partenariats'));
  });
});
