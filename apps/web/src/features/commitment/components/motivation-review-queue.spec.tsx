import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

// Each item carries its motivation's own version, and the two differ: a review that sent another
// motivation's version would be seen.
const WATER = {
  id: 'm-1',
  version: 4,
  partyId: 'o-1',
  category: 'technical_sectoral',
  frameOfReference: 'humanist',
  text: 'Partager notre savoir-faire en gestion de l’eau.',
  shared: false,
  review: null,
  reviewHistory: [],
  createdAt: '2026-02-02T10:00:00.000Z',
  partnershipId: 'p-1',
  partnershipTitle: 'Angers – Bamako : eau et assainissement',
};

const TWINNING = {
  ...WATER,
  id: 'm-5',
  version: 2,
  category: 'political',
  frameOfReference: 'political',
  text: 'Renouer avec nos villes jumelles européennes.',
  partnershipId: 'p-2',
  partnershipTitle: 'Jumelage Angers – Pise',
};

const noPartnerships = async () => jsonResponse(200, { items: [], nextCursor: null });

describe('the motivation review queue', () => {
  it('lists the motivations awaiting review with their partnership', async () => {
    await renderApp(
      '/motivations-a-relire',
      stubApi(
        { 'GET /api/motivation-reviews': async () => jsonResponse(200, { items: [WATER, TWINNING] }) },
        signedInAs('elected'),
      ),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Motivations à relire' })).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Motivations à relire' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Partager notre savoir-faire en gestion de l’eau.');
    expect(items[0]).toHaveTextContent('Catégorie : Technique ou sectorielle · Référentiel : Humaniste');
    expect(within(items[0]!).getByRole('link', { name: WATER.partnershipTitle })).toHaveAttribute(
      'href',
      '/partenariats/p-1/engagement#motivations',
    );
    expect(within(items[1]!).getByRole('link', { name: TWINNING.partnershipTitle })).toBeVisible();
  });

  it('asks for changes in place with the motivation’s own version, and the motivation leaves the queue', async () => {
    let items = [WATER, TWINNING];
    const api = stubApi(
      {
        'GET /api/motivation-reviews': async () => jsonResponse(200, { items }),
        'POST /api/partnerships/:id/motivations/:motivationId/review': async () => {
          items = [WATER];
          return jsonResponse(200, {
            motivations: [],
            stakes: [],
            contributions: [],
            territoryActors: [],
            partners: [],
          });
        },
      },
      signedInAs('elected'),
    );
    await renderApp('/motivations-a-relire', api);
    const page = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Motivations à relire' });
    const twinning = within(list).getAllByRole('listitem')[1]!;
    await page.type(within(twinning).getByLabelText('Commentaire'), 'Préciser les villes concernées.');
    await page.click(within(twinning).getByRole('button', { name: 'Demander des modifications' }));

    expect(await screen.findByText('Modifications demandées (Jumelage Angers – Pise).')).toBeVisible();
    expect(screen.getByText('Modifications demandées (Jumelage Angers – Pise).')).toHaveFocus();
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const [review] = api.requestsTo('POST', '/api/partnerships/p-2/motivations/m-5/review');
    expect(await review?.json()).toEqual({
      version: 2,
      decision: 'changes_requested',
      comment: 'Préciser les villes concernées.',
    });
  });

  it('says so when nothing awaits a review', async () => {
    await renderApp(
      '/motivations-a-relire',
      stubApi(
        { 'GET /api/motivation-reviews': async () => jsonResponse(200, { items: [] }) },
        signedInAs('elected'),
      ),
    );
    expect(await screen.findByText('Aucune motivation n’attend votre relecture.')).toBeVisible();
  });

  it('offers the queue in the menu to elected officials only', async () => {
    const elected = await renderApp(
      '/',
      stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('elected')),
    );
    const menu = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(menu).getByRole('link', { name: 'À relire' })).toHaveAttribute(
      'href',
      '/motivations-a-relire',
    );
    elected.unmount();

    await renderApp(
      '/motivations-a-relire',
      stubApi({ 'GET /api/partnerships': noPartnerships }, signedInAs('officer')),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Menu principal' })).queryByRole('link', {
        name: 'À relire',
      }),
    ).not.toBeInTheDocument();
  });
});
