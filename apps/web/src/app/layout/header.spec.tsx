import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, noContent, renderApp, signedInAs, SIGNED_OUT, stubApi } from '../../test/render-app';

const noPartnerships = async () => jsonResponse(200, { items: [], nextCursor: null });

describe('the header', () => {
  it('shows the signed-in user’s name, organisation and role', async () => {
    await renderApp('/', stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('officer')));
    const account = await screen.findByRole('group', { name: 'Votre session' });
    expect(account).toHaveTextContent('Claire Martin');
    expect(within(account).getByTestId('session-organisation')).toHaveTextContent('Ville d’Angers');
    expect(within(account).getByTestId('session-role')).toHaveTextContent('Chargé de mission');
    expect(within(account).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });

  it('translates the role name', async () => {
    await renderApp('/', stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('elected')), 'en');
    expect(await screen.findByTestId('session-role')).toHaveTextContent('Elected official');
  });

  it('offers the dashboard, the directory, the territory actors, the ODA declaration and the IATI file to those who read partnerships, and users, directory profile, audit trail and received invitations to administrators only', async () => {
    const admin = await renderApp(
      '/',
      stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('admin')),
    );
    const adminMenu = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(
      within(adminMenu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Tableau de bord',
      'Partenariats',
      'Annuaire',
      'Acteurs du territoire',
      'Appels à projets',
      'Déclaration APD',
      'Fichier IATI',
      'Fiche Atlas',
      'Dossier de passation',
      'Utilisateurs',
      'Profil dans l’annuaire',
      'Journal d’audit',
      'Rappels',
      'Invitations reçues',
    ]);
    admin.unmount();

    const officer = await renderApp(
      '/',
      stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('officer')),
    );
    const officerMenu = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(
      within(officerMenu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Tableau de bord',
      'Partenariats',
      'Annuaire',
      'Acteurs du territoire',
      'Appels à projets',
      'Déclaration APD',
      'Fichier IATI',
      'Fiche Atlas',
      'Dossier de passation',
    ]);
    officer.unmount();

    await renderApp('/', stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('contributor')));
    const contributorMenu = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(
      within(contributorMenu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Partenariats', 'Annuaire']);
  });

  it('offers to sign in when nobody is signed in, and lists no partnership', async () => {
    const api = stubApi({});
    await renderApp('/', api);
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/connexion');
    expect(screen.queryByRole('navigation', { name: 'Menu principal' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/partnerships')).toHaveLength(0);
  });

  it('signs out, then asks the API who is signed in and offers to sign in again', async () => {
    let session = signedInAs('admin');
    const api = stubApi({
      'GET /api/auth/session': async () => jsonResponse(200, session),
      'GET /api/partnerships': noPartnerships,
      'POST /api/auth/logout': async () => {
        session = SIGNED_OUT;
        return noContent();
      },
    });
    const { router } = await renderApp('/partenariats', api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() => expect(api.requestsTo('GET', '/api/auth/session').length).toBeGreaterThanOrEqual(2));
    expect(screen.queryByText('Claire Martin')).not.toBeInTheDocument();
  });
});
