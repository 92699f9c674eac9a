import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  stubApi,
  type StubHandler,
} from '../../../test/render-app';

const SHARED = {
  organisationName: 'Ville d’Angers',
  countryCode: 'FR',
  language: 'en',
  sections: {
    motivations: 'Sharing our water know-how.',
    territory_and_actors: 'A river city with active associations.',
    stakes: 'Youth employment.',
    contributions: '',
  },
  expiresAt: '2099-04-01T10:00:00.000Z',
};

function sharedApi(answer: StubHandler) {
  return stubApi({ 'GET /api/shared-presentations/:token': answer });
}

describe('a presentation shared by link', () => {
  it('shows the presentation alone, headed in the link’s language, with its PDF, without asking who is signed in', async () => {
    const api = sharedApi(async () => jsonResponse(200, SHARED));
    await renderApp('/presentation-partagee/secret-token', api);

    expect(await screen.findByRole('heading', { level: 1, name: 'Ville d’Angers' })).toBeVisible();
    const document = screen.getByRole('article');
    expect(document).toHaveAttribute('lang', 'en');
    expect(
      within(document)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Our motivations', 'Our territory and its actors', 'Our stakes', 'What we can bring']);
    expect(document).toHaveTextContent('Sharing our water know-how.');
    expect(document).toHaveTextContent('Presentation of the authority · France');
    expect(document).toHaveTextContent('Section not filled in.');
    const pdf = screen.getByRole('link', { name: 'Télécharger le PDF' });
    expect(pdf).toHaveAttribute('href', '/api/shared-presentations/secret-token/pdf');
    expect(pdf).toHaveAttribute('download');

    // Nothing else of the app: no menu, no steps, no account, no other request.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Se connecter' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Langue')).toBeVisible();
    expect(api.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/shared-presentations/secret-token',
    ]);
  });

  it('heads a French link in French, whatever the interface language', async () => {
    await renderApp(
      '/presentation-partagee/secret-token',
      sharedApi(async () => jsonResponse(200, { ...SHARED, language: 'fr' })),
      'en',
    );
    const document = await screen.findByRole('article');
    expect(within(document).getByRole('heading', { level: 2, name: 'Nos motivations' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download the PDF' })).toBeVisible();
  });

  it('switches the interface language with the only menu it has', async () => {
    await renderApp(
      '/presentation-partagee/secret-token',
      sharedApi(async () => jsonResponse(200, SHARED)),
    );
    await screen.findByRole('article');
    await userEvent.setup().selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(await screen.findByRole('link', { name: 'Download the PDF' })).toBeVisible();
  });

  it('says when the link has expired', async () => {
    await renderApp(
      '/presentation-partagee/old-token',
      sharedApi(async () => problemResponse(410, 'SHARE_LINK.EXPIRED')),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce lien de présentation a expiré. Demandez à la collectivité qui vous l’a envoyé de vous en adresser un nouveau.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Présentation partagée' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Télécharger le PDF' })).not.toBeInTheDocument();
  });

  it('says when the link was withdrawn', async () => {
    await renderApp(
      '/presentation-partagee/withdrawn-token',
      sharedApi(async () => problemResponse(410, 'SHARE_LINK.REVOKED')),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce lien de présentation a été retiré par la collectivité qui l’avait envoyé.',
    );
  });

  it('says when the link does not exist', async () => {
    await renderApp(
      '/presentation-partagee/unknown-token',
      sharedApi(async () => problemResponse(404, 'SHARE_LINK.NOT_FOUND')),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce lien de présentation n’existe pas. Vérifiez l’adresse reçue.',
    );
  });
});
