import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Ouahigouya : aide d’urgence',
  form: 'emergency_aid',
  legalBasis: 'emergency_aid',
  criteria: [
    'PARTNER_SEARCH.CANDIDATE_ACCEPTED',
    'ACTIONS.FIRST_ACTION_STARTED',
    'ACTIONS.FUNDING_IDENTIFIED',
    'ACTIONS.AID_COMPLETED',
  ],
  approach: 'humanitarian',
  status: 'active',
  targetCountries: [],
  themes: [],
  parties: [
    {
      organisationId: 'org-a',
      name: 'Angers',
      countryCode: 'FR',
      role: 'initiator',
      governance: 'elected_executive',
    },
    {
      organisationId: 'org-o',
      name: 'Ouahigouya',
      countryCode: 'BF',
      role: 'partner',
      governance: 'appointed_executive',
    },
  ],
  yourRole: 'initiator',
  createdAt: '2026-11-23T10:00:00.000Z',
  version: 3,
};

/** The partnership page's panel of form and legal basis, once shown (its route loads lazily). */
function findLegalPanel() {
  return screen.findByRole('region', { name: 'Forme et cadre juridique' }, { timeout: 10_000 });
}

describe('the partnership’s form and legal basis', () => {
  it('shows emergency aid with its own criteria, not the convention’s', async () => {
    const api = stubApi(
      { 'GET /api/partnerships/:partnershipId': async () => jsonResponse(200, PARTNERSHIP) },
      signedInAs('viewer'),
    );
    await renderApp('/partenariats/p-1', api);
    const panel = await findLegalPanel();
    expect(within(panel).getByText(/permise sans convention \(loi de 2007\)/)).toBeInTheDocument();
    expect(within(panel).getByText(/aide d’urgence a été apportée/)).toBeInTheDocument();
    expect(within(panel).queryByText(/convention signée formalise/)).not.toBeInTheDocument();
    expect(
      within(panel).getByText(/Gouvernance de Ouahigouya : Exécutif nommé par l’État/),
    ).toBeInTheDocument();
    // A viewer reads; only those who run the partnership change it.
    expect(within(panel).queryByRole('button', { name: 'Enregistrer la forme' })).not.toBeInTheDocument();
  });

  it('lets an officer change the form under the partnership’s version', async () => {
    const bodies: unknown[] = [];
    const api = stubApi(
      {
        'GET /api/partnerships/:partnershipId': async () => jsonResponse(200, PARTNERSHIP),
        'PUT /api/partnerships/:partnershipId/form': async (request) => {
          bodies.push(await request.json());
          return jsonResponse(200, {
            ...PARTNERSHIP,
            form: 'external_action',
            legalBasis: 'without_convention',
          });
        },
      },
      signedInAs('officer'),
    );
    await renderApp('/partenariats/p-1', api);
    const panel = await findLegalPanel();
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Changer la forme' }));
    const form = await screen.findByRole('form', { name: 'Changer la forme' });
    await user.selectOptions(within(form).getByLabelText('Changer la forme'), 'external_action');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer la forme' }));
    expect(await within(panel).findByText('Forme enregistrée.')).toBeInTheDocument();
    expect(bodies).toEqual([{ form: 'external_action', version: 3 }]);
  });

  it('lets an officer say who leads the partner, in a dialog named after the party', async () => {
    const bodies: unknown[] = [];
    const api = stubApi(
      {
        'GET /api/partnerships/:partnershipId': async () => jsonResponse(200, PARTNERSHIP),
        'PUT /api/partnerships/:partnershipId/parties/:organisationId/governance': async (request) => {
          bodies.push(await request.json());
          return jsonResponse(200, PARTNERSHIP);
        },
      },
      signedInAs('officer'),
    );
    await renderApp('/partenariats/p-1', api);
    const panel = await findLegalPanel();
    const user = userEvent.setup();
    const opener = within(panel).getByRole('button', { name: 'Modifier la gouvernance de Ouahigouya' });
    await user.click(opener);
    const form = await screen.findByRole('form', { name: 'Gouvernance de Ouahigouya' });
    await user.selectOptions(within(form).getByLabelText('Gouvernance de Ouahigouya'), 'elected_executive');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(panel).findByText('Gouvernance enregistrée.')).toBeInTheDocument();
    expect(bodies).toEqual([{ governance: 'elected_executive', version: 3 }]);
    expect(opener).toHaveFocus();
  });
});
