import { screen, waitFor } from '@testing-library/react';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  SIGNED_OUT,
  stubApi,
} from '../../../test/render-app';

describe('pages that need a session', () => {
  it('send a signed-out visitor to the sign-in page, remembering where they wanted to go', async () => {
    const { router } = await renderApp('/organisation/utilisateurs', stubApi({}));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByText('Connectez-vous pour accéder à cette page.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/connexion');
    expect(new URLSearchParams(router.state.location.search).get('suite')).toBe('/organisation/utilisateurs');
  });

  it('tell a signed-in user whose role does not allow the page, without asking the API', async () => {
    const api = stubApi({}, signedInAs('officer'));
    await renderApp('/organisation/journal', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeInTheDocument();
    await waitFor(() => expect(api.requestsTo('GET', '/api/audit-events')).toHaveLength(0));
  });

  it('send the user back to the sign-in page when the API says the session has ended', async () => {
    let session = signedInAs('officer');
    const api = stubApi({
      'GET /api/auth/session': async () => jsonResponse(200, session),
      'GET /api/partnerships': async () => {
        session = SIGNED_OUT;
        return problemResponse(401, 'AUTH.UNAUTHENTICATED');
      },
    });
    const { router } = await renderApp('/partenariats', api);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
  });
});
