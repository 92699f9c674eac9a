import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Portfolio, PortfolioRow } from './api/get-portfolio';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  SIGNED_OUT,
  stubApi,
  type SessionResponse,
} from '../../test/render-app';

const BAMAKO_WATER: PortfolioRow = {
  id: 'p-1',
  title: 'Eau potable à Bamako',
  status: 'active',
  yourRole: 'initiator',
  currentStep: 'INITIATION',
  stepsDone: 3,
  health: {
    score: 71,
    components: [
      { id: 'DIALOGUE_REGULARITY', weight: 30, value: 0.5, explanationKey: 'health.DIALOGUE_REGULARITY' },
      { id: 'VISIT_RECIPROCITY', weight: 20, value: 1, explanationKey: 'health.VISIT_RECIPROCITY' },
      { id: 'ACTION_BALANCE', weight: 20, value: 0.5, explanationKey: 'health.ACTION_BALANCE' },
      {
        id: 'INDICATORS_CO_VALIDATED',
        weight: 15,
        value: 1,
        explanationKey: 'health.INDICATORS_CO_VALIDATED',
      },
      { id: 'CONVENTION_IN_FORCE', weight: 15, value: 0.75, explanationKey: 'health.CONVENTION_IN_FORCE' },
    ],
  },
  partners: [{ id: 'o-bamako', name: 'Commune de Bamako', countryCode: 'ML' }],
  nextVisit: { visitId: 'v-1', direction: 'to_partner', startsOn: '2026-03-12', endsOn: '2026-03-15' },
  dialogueDue: [
    { audience: 'technicians', dueOn: '2026-04-10', status: 'on_track', lastExchangeOn: '2026-01-10' },
    { audience: 'elected_officials', dueOn: '2026-02-01', status: 'overdue', lastExchangeOn: '2025-08-01' },
    { audience: 'territory_actors', dueOn: '2026-03-01', status: 'due_soon', lastExchangeOn: null },
  ],
  fallingAsleep: false,
  conventionState: 'signed',
  conventionExpiresOn: '2029-06-30',
  asymmetry: {
    visitsToPartner: 2,
    visitsFromPartner: 1,
    actionsCount: 4,
    ownInitiatedShare: 0.75,
    ownLocatedShare: 0.25,
    indicatorsCoValidatedShare: 1,
  },
  warningsCount: 1,
  ruptureSignals: [{ kind: 'election', occursOn: '2026-03-15', partyId: 'org-bamako' }],
};

const LEIPZIG_YOUTH: PortfolioRow = {
  ...BAMAKO_WATER,
  id: 'p-2',
  title: 'Jeunesse avec Leipzig',
  status: 'suspended',
  currentStep: 'CONVENTION',
  stepsDone: 4,
  health: { score: 30, components: [] },
  partners: [{ id: 'o-leipzig', name: 'Ville de Leipzig', countryCode: 'DE' }],
  nextVisit: null,
  dialogueDue: [],
  fallingAsleep: true,
  conventionState: null,
  conventionExpiresOn: null,
  asymmetry: {
    visitsToPartner: 1,
    visitsFromPartner: 0,
    actionsCount: 0,
    ownInitiatedShare: null,
    ownLocatedShare: null,
    indicatorsCoValidatedShare: null,
  },
  warningsCount: 0,
  ruptureSignals: [],
};

const ROWS = [BAMAKO_WATER, LEIPZIG_YOUTH];

/** The API's answer: the rows matching the query, the counts and the total of the whole portfolio. */
function portfolioOf(rows: PortfolioRow[], query: URLSearchParams = new URLSearchParams()): Portfolio {
  const shown = rows.filter(
    (row) =>
      (!query.get('status') || row.status === query.get('status')) &&
      (!query.get('country') ||
        row.partners.some((partner) => partner.countryCode === query.get('country'))) &&
      (query.get('fallingAsleep') !== 'true' || row.fallingAsleep),
  );
  const byStatus: Record<string, number> = {};
  for (const row of rows) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  return {
    rows: shown,
    total: rows.length,
    byStatus,
    byStep: {},
    map: shown.flatMap((row) =>
      row.partners.map((partner) => ({
        countryCode: partner.countryCode,
        name: partner.name,
        partnershipCount: 1,
        healthScore: row.health.score,
      })),
    ),
    homeCountryCode: 'FR',
  };
}

function portfolioApi(rows: PortfolioRow[] = ROWS, session: SessionResponse = signedInAs('officer')) {
  return stubApi(
    {
      'GET /api/portfolio': async (request) =>
        jsonResponse(200, portfolioOf(rows, new URL(request.url).searchParams)),
    },
    session,
  );
}

function queryOf(request: Request | undefined): Record<string, string> {
  return Object.fromEntries(new URL(request?.url ?? 'http://x/').searchParams);
}

async function findRow(title: string): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Partenariats de votre collectivité' });
  return within(table).getByRole('row', { name: new RegExp(title) });
}

const BAMAKO_SESSION: SessionResponse = {
  ...signedInAs('admin', { displayName: 'Aminata Traoré', email: 'admin@bamako.test' }),
  organisation: { id: 'o-bamako', name: 'Commune de Bamako', countryCode: 'ML' },
};

describe('the portfolio dashboard', () => {
  it('shows each partnership with its step, status, health, next visit, exchanges due, convention and balance', async () => {
    await renderApp('/tableau-de-bord', portfolioApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    const row = await findRow('Eau potable à Bamako');
    const cells = within(row).getAllByRole('cell');

    expect(within(row).getByRole('link', { name: 'Eau potable à Bamako' })).toHaveAttribute(
      'href',
      '/partenariats/p-1',
    );
    expect(cells[0]).toHaveTextContent('Commune de Bamako (Mali)');
    expect(cells[0]).toHaveTextContent('Votre collectivité est à l’initiative');
    expect(cells[1]).toHaveTextContent('Initier la relation');
    expect(cells[1]).toHaveTextContent('3 étapes franchies sur 6');
    expect(cells[1]).toHaveTextContent('1 point d’attention');
    expect(cells[2]).toHaveTextContent('Actif');
    expect(cells[3]).toHaveTextContent('71 / 100');
    expect(cells[4]).toHaveTextContent('Notre délégation chez le partenaire');
    expect(cells[4]).toHaveTextContent(/12\s?[–-]\s?15 mars 2026/);
    expect(cells[6]).toHaveTextContent('Signée');
    expect(cells[6]).toHaveTextContent('Échéance : 30 juin 2029');
    expect(cells[7]).toHaveTextContent('Missions : 2 envoyées ⇄ 1 reçue');
    expect(cells[7]).toHaveTextContent('4 actions');
    expect(cells[7]).toHaveTextContent(/À notre initiative : 75\s%/);
    expect(cells[7]).toHaveTextContent(/Sur notre territoire : 25\s%/);
  });

  it('lists the next exchange due with each audience, the overdue one marked', async () => {
    await renderApp('/tableau-de-bord', portfolioApi());
    const row = await findRow('Eau potable à Bamako');
    const dues = within(within(row).getAllByRole('cell')[5] as HTMLElement).getAllByRole('listitem');
    expect(dues.map((due) => due.textContent)).toEqual([
      'Élus : 1 février 2026 En retard',
      'Techniciens : 10 avril 2026',
      'Acteurs du territoire : 1 mars 2026 Bientôt',
    ]);
    expect(dues[0]).toHaveClass('portfolio-due--overdue');
    expect(dues[1]).not.toHaveClass('portfolio-due--overdue');
  });

  it('explains the health score by its components, each value times its weight', async () => {
    const user = userEvent.setup();
    await renderApp('/tableau-de-bord', portfolioApi());
    const row = await findRow('Eau potable à Bamako');
    await user.click(within(row).getByText('71 / 100'));
    const components = within(row).getByRole('list', { name: 'Composantes du score de santé' });
    expect(components).toBeVisible();
    const items = within(components).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent(
      'Les échanges ont lieu à la fréquence convenue pour chaque public. 0,5 × 30 = 15 points',
    );
    expect(items[4]).toHaveTextContent(
      'Une convention de coopération est en vigueur. 0,75 × 15 = 11,3 points',
    );
  });

  it('explains that a young partnership is scored on what its step expects, later components not counting', async () => {
    const young: PortfolioRow = {
      ...BAMAKO_WATER,
      currentStep: 'PRESENTATION',
      stepsDone: 2,
      health: {
        score: 88,
        components: [
          { id: 'METHOD_PROGRESS', weight: 100, value: 0.88, explanationKey: 'health.METHOD_PROGRESS' },
          { id: 'DIALOGUE_REGULARITY', weight: 0, value: 0, explanationKey: 'health.DIALOGUE_REGULARITY' },
          { id: 'VISIT_RECIPROCITY', weight: 0, value: 0, explanationKey: 'health.VISIT_RECIPROCITY' },
          { id: 'ACTION_BALANCE', weight: 0, value: 0, explanationKey: 'health.ACTION_BALANCE' },
          {
            id: 'INDICATORS_CO_VALIDATED',
            weight: 0,
            value: 0,
            explanationKey: 'health.INDICATORS_CO_VALIDATED',
          },
          { id: 'CONVENTION_IN_FORCE', weight: 0, value: 0, explanationKey: 'health.CONVENTION_IN_FORCE' },
        ],
      },
    };
    const user = userEvent.setup();
    await renderApp('/tableau-de-bord', portfolioApi([young]));
    const row = await findRow('Eau potable à Bamako');
    await user.click(within(row).getByText('88 / 100'));
    expect(row).toHaveTextContent('Le score mesure ce que l’étape où en est le partenariat attend');
    const items = within(
      within(row).getByRole('list', { name: 'Composantes du score de santé' }),
    ).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Les critères des étapes atteintes sont remplis. 0,88 × 100 = 88 points',
    );
    expect(items[5]).toHaveTextContent(
      'Une convention de coopération est en vigueur. Pas encore attendu à cette étape : ne compte pas dans le score.',
    );
  });

  it('marks a partnership whose dialogue is falling asleep, and says what it lacks', async () => {
    await renderApp('/tableau-de-bord', portfolioApi());
    const row = await findRow('Jeunesse avec Leipzig');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('En sommeil');
    expect(row).toHaveTextContent('Suspendu');
    expect(row).toHaveTextContent('Aucune mission prévue');
    expect(row).toHaveTextContent('Modalités de dialogue à convenir');
    expect(row).toHaveTextContent('Pas encore de convention');
    expect(row).toHaveTextContent('Aucune action pour l’instant');
  });

  it('sums up the whole portfolio in tiles', async () => {
    await renderApp('/tableau-de-bord?statut=active', portfolioApi());
    const tiles = await screen.findByRole('list', { name: 'Vue d’ensemble de vos partenariats' });
    expect(
      within(tiles)
        .getAllByRole('listitem')
        .map((tile) => tile.textContent),
    ).toEqual(['2 partenariats', '1 actif', '1 suspendu', '0 terminé', '1 en sommeil']);
  });

  it('asks the API again when a filter is chosen, and keeps the filters in the address', async () => {
    const user = userEvent.setup();
    const api = portfolioApi();
    const { router } = await renderApp('/tableau-de-bord', api);
    await findRow('Eau potable à Bamako');

    await user.selectOptions(screen.getByLabelText('Statut'), 'Suspendu');
    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/portfolio').at(-1))).toEqual({ status: 'suspended' }),
    );
    expect(await screen.findByText('1 partenariat affiché sur 2')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Eau potable à Bamako/ })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?statut=suspended');

    await user.click(screen.getByLabelText('En sommeil uniquement'));
    await user.selectOptions(screen.getByLabelText('Trier par'), 'Santé, la plus fragile d’abord');
    await user.type(screen.getByLabelText('Rechercher'), 'Leipzig');
    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/portfolio').at(-1))).toEqual({
        status: 'suspended',
        fallingAsleep: 'true',
        q: 'Leipzig',
        sort: 'health',
      }),
    );
    expect(new URLSearchParams(router.state.location.search).get('sommeil')).toBe('oui');
  });

  it('filters by the partner country chosen on the map', async () => {
    const user = userEvent.setup();
    const api = portfolioApi();
    await renderApp('/tableau-de-bord', api);
    await user.click(
      await screen.findByRole('button', { name: 'Allemagne : Ville de Leipzig (1 partenariat, santé 30)' }),
    );
    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/portfolio').at(-1))).toEqual({ country: 'DE' }),
    );
    expect(screen.getByLabelText('Pays partenaire')).toHaveDisplayValue('Allemagne');
    expect(await screen.findByText('1 partenariat affiché sur 2')).toBeInTheDocument();
  });

  it('offers the table as XLSX and CSV, in the reader’s language, with the filters and sort of the address', async () => {
    await renderApp('/tableau-de-bord?statut=active&pays=ml&tri=health&q=eau', portfolioApi());
    const csv = await screen.findByRole('link', { name: 'Exporter en CSV' });
    expect(csv).toHaveAttribute(
      'href',
      '/api/portfolio/csv?status=active&country=ML&q=eau&sort=health&language=fr',
    );
    expect(csv).toHaveAttribute('download');
    const xlsx = screen.getByRole('link', { name: 'Exporter pour Excel (XLSX)' });
    expect(xlsx).toHaveAttribute(
      'href',
      '/api/portfolio/xlsx?status=active&country=ML&q=eau&sort=health&language=fr',
    );
    expect(xlsx).toHaveAttribute('download');
  });

  it('exports the whole portfolio when nothing is filtered', async () => {
    await renderApp('/tableau-de-bord', portfolioApi());
    expect(await screen.findByRole('link', { name: 'Exporter en CSV' })).toHaveAttribute(
      'href',
      '/api/portfolio/csv?language=fr',
    );
  });

  it('lands a partner authority’s user on their partnerships, phrased from their side', async () => {
    const user = userEvent.setup();
    const fromBamako: PortfolioRow = {
      ...BAMAKO_WATER,
      yourRole: 'partner',
      partners: [{ id: 'o-angers', name: 'Ville d’Angers', countryCode: 'FR' }],
      asymmetry: { ...BAMAKO_WATER.asymmetry, ownInitiatedShare: 0.25, ownLocatedShare: 0.75 },
    };
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, BAMAKO_SESSION),
      'GET /api/portfolio': async () =>
        jsonResponse(200, { ...portfolioOf([fromBamako]), homeCountryCode: 'ML' }),
    });
    const { router } = await renderApp('/connexion', api);
    await user.type(await screen.findByLabelText('Adresse e-mail'), 'admin@bamako.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'un mot de passe assez long');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    const row = await findRow('Eau potable à Bamako');
    expect(row).toHaveTextContent('Ville d’Angers (France)');
    expect(row).toHaveTextContent('Votre collectivité est partenaire');
    expect(row).toHaveTextContent('Accueil d’une délégation partenaire');
    expect(row).not.toHaveTextContent('Notre délégation chez le partenaire');
    expect(row).toHaveTextContent('Missions : 1 envoyée ⇄ 2 reçues');
    expect(row).toHaveTextContent(/À notre initiative : 25\s%/);
  });

  it('says when the authority takes part in no partnership yet', async () => {
    await renderApp('/tableau-de-bord', portfolioApi([]));
    expect(
      await screen.findByText('Votre collectivité ne prend part à aucun partenariat pour l’instant.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à la page des partenariats' })).toHaveAttribute(
      'href',
      '/partenariats',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when no partnership matches the filters, and clears them', async () => {
    const user = userEvent.setup();
    const api = portfolioApi([BAMAKO_WATER]);
    const { router } = await renderApp('/tableau-de-bord?sommeil=oui&tri=step', api);
    expect(await screen.findByText('Aucun partenariat ne correspond à ces filtres.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(await findRow('Eau potable à Bamako')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tri=step');
  });

  it('says when the portfolio cannot be loaded', async () => {
    await renderApp(
      '/tableau-de-bord',
      stubApi({ 'GET /api/portfolio': async () => problemResponse(500, 'INTERNAL') }, signedInAs('officer')),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Une erreur est survenue. Réessayez dans un instant.',
    );
  });

  it('writes dates, numbers and words in English when English is chosen', async () => {
    await renderApp('/tableau-de-bord', portfolioApi(), 'en');
    const table = await screen.findByRole('table', { name: 'Your authority’s partnerships' });
    const row = within(table).getByRole('row', { name: /Eau potable à Bamako/ });
    expect(row).toHaveTextContent('Initiate the relation');
    expect(row).toHaveTextContent('Our delegation visits the partner');
    expect(row).toHaveTextContent('Elected officials: 1 February 2026 Overdue');
    expect(row).toHaveTextContent('Initiated by us: 75%');
    expect(row).toHaveTextContent('Term: 30 June 2029');
  });

  it('is offered first in the main menu and from the home page', async () => {
    await renderApp(
      '/',
      stubApi(
        { 'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }) },
        signedInAs('elected'),
      ),
    );
    const menu = await screen.findByRole('navigation', { name: 'Menu principal' });
    expect(within(menu).getAllByRole('link')[0]).toHaveAccessibleName('Tableau de bord');
    expect(within(menu).getAllByRole('link')[0]).toHaveAttribute('href', '/tableau-de-bord');
    expect(screen.getByRole('link', { name: 'Ouvrir le tableau de bord' })).toHaveAttribute(
      'href',
      '/tableau-de-bord',
    );
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const { router } = await renderApp('/tableau-de-bord', stubApi({}, SIGNED_OUT));
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
  });
});
