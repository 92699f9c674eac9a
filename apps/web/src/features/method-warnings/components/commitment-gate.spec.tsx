import { screen, waitFor, within } from '@testing-library/react';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Mali : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [{ organisationId: 'o-1', name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' }],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 4,
};

const PAGE = '/partenariats/p-1/partenaires';

function criterion(id: string, met: boolean, fixTarget: string) {
  return {
    id,
    step: id.split('.')[0],
    met,
    explanationKey: `criteria.${id}`,
    whyKey: `criteriaWhy.${id}`,
    fixTarget,
    blockedBy: [],
  };
}

/** Step 1 as the domain assesses it: which criteria hold, and the initiator's actors against the numbers. */
function assessment(commitmentBuilt: boolean) {
  return {
    partnershipId: 'p-1',
    status: 'active',
    today: '2026-03-01',
    currentStep: commitmentBuilt ? 'PARTNER_SEARCH' : 'COMMITMENT',
    steps: [
      {
        step: 'COMMITMENT',
        status: commitmentBuilt ? 'done' : 'current',
        blockedBy: [],
        criteria: [
          criterion('COMMITMENT.MOTIVATIONS_STATED', true, 'commitment.motivations'),
          criterion('COMMITMENT.MOTIVATIONS_REVIEWED', commitmentBuilt, 'commitment.motivations.review'),
          criterion('COMMITMENT.TERRITORY_ACTORS_ASSOCIATED', commitmentBuilt, 'commitment.territory-actors'),
          criterion('COMMITMENT.STAKES_IDENTIFIED', true, 'commitment.stakes'),
          criterion('COMMITMENT.CONTRIBUTIONS_IDENTIFIED', true, 'commitment.contributions'),
        ],
      },
      {
        step: 'PARTNER_SEARCH',
        status: commitmentBuilt ? 'current' : 'todo',
        blockedBy: [],
        criteria: [criterion('PARTNER_SEARCH.CANDIDATE_ACCEPTED', false, 'partner-search.candidates')],
      },
    ],
    warnings: [],
    figures: {
      territoryActors: commitmentBuilt
        ? {
            partyId: 'o-1',
            associatedActors: 4,
            associatedKinds: ['association', 'school'],
            listedActors: 4,
            consultations: 5,
            requiredActors: 3,
            requiredKinds: 2,
          }
        : {
            // Two actors of one kind, one consulted twice: the third consultation must not count as an actor.
            partyId: 'o-1',
            associatedActors: 2,
            associatedKinds: ['association'],
            listedActors: 3,
            consultations: 3,
            requiredActors: 3,
            requiredKinds: 2,
          },
    },
  };
}

function gateApi(commitmentBuilt: boolean) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/candidates': async () => jsonResponse(200, { items: [] }),
      'GET /api/partnerships/:id/assessment': async () => jsonResponse(200, assessment(commitmentBuilt)),
    },
    signedInAs('officer'),
  );
}

describe('the commitment gate on the partner search page', () => {
  it('explains, before the commitment is built, why the search comes second and what step 1 still lacks', async () => {
    await renderApp(PAGE, gateApi(false));
    const gate = await screen.findByRole(
      'region',
      { name: 'D’abord, construire la volonté d’engagement' },
      { timeout: 10_000 },
    );

    expect(gate).toHaveTextContent(
      'La recherche de partenaires n’est pertinente que lorsque la volonté d’engagement est construite',
    );
    expect(gate).toHaveTextContent('Vous pouvez noter dès maintenant un contact rencontré par hasard');
    expect(within(gate).getByRole('heading', { level: 3 })).toHaveTextContent('Ce qui manque à l’étape 1');

    // Only the unmet criteria, each with a link to its form on the commitment page.
    const missing = within(gate).getAllByRole('listitem');
    expect(missing).toHaveLength(2);
    expect(missing[0]).toHaveTextContent('Chaque motivation a été examinée et validée par un·e élu·e.');
    expect(within(missing[0]!).getByRole('link', { name: 'Compléter' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/engagement#motivations',
    );
    expect(missing[1]).toHaveTextContent(
      'Au moins trois acteurs du territoire, d’au moins deux types (association, école, hôpital…), ont chacun été consultés sur la démarche.',
    );
    expect(within(missing[1]!).getByRole('link', { name: 'Compléter' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/engagement#acteurs-du-territoire',
    );
    // Actors counted by number and kinds against the numbers required, not by consultations.
    expect(missing[1]).toHaveTextContent(
      '2 acteur(s) du territoire associé(s), de 1 type(s) ; il en faut au moins 3, d’au moins 2 types.',
    );
    expect(gate).toHaveTextContent(
      'Un partenaire ne peut être accepté qu’une fois vos motivations validées par un·e élu·e.',
    );
    expect(gate).not.toHaveTextContent('Vos motivations à coopérer sont formulées par écrit.');
  });

  it('is gone once the commitment is built, leaving the search itself', async () => {
    const { queryClient } = await renderApp(PAGE, gateApi(true));
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Rechercher des partenaires' },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    // The gate reads the assessment: its absence means something only once the assessment has arrived.
    await waitFor(() => expect(queryClient.getQueryState(assessmentQueryKey('p-1'))?.status).toBe('success'));
    expect(
      screen.queryByRole('region', { name: 'D’abord, construire la volonté d’engagement' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/acteur\(s\) du territoire associé\(s\)/)).not.toBeInTheDocument();
  });

  it('explains the gate in the officer’s language', async () => {
    await renderApp(PAGE, gateApi(false), 'de');
    const gate = await screen.findByRole(
      'region',
      { name: 'Zuerst den Willen zum Engagement aufbauen' },
      { timeout: 10_000 },
    );
    expect(gate).toHaveTextContent(
      'Die Partnersuche ist erst sinnvoll, wenn der Wille zum Engagement aufgebaut ist',
    );
    expect(gate).toHaveTextContent(
      '2 beteiligte lokale Akteure aus 1 Bereich(en); nötig sind mindestens 3 aus mindestens 2 Bereichen.',
    );
    expect(within(gate).getAllByRole('link', { name: 'Ergänzen' })).toHaveLength(2);
  });
});
