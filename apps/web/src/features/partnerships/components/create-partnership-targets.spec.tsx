import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

describe('creating a partnership', () => {
  it('sends the target countries and themes that guide the suggested partners', async () => {
    const bodies: unknown[] = [];
    const api = stubApi(
      {
        'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
        'POST /api/partnerships': async (request) => {
          bodies.push(await request.json());
          return jsonResponse(201, {
            id: 'p-1',
            title: 'Angers – Sahel',
            form: 'decentralised_cooperation',
            approach: 'mutual_interest',
            status: 'active',
            targetCountries: ['ML', 'SN'],
            themes: ['water_sanitation'],
            parties: [],
            yourRole: 'initiator',
            createdAt: '2026-11-23T10:00:00.000Z',
            version: 1,
          });
        },
      },
      signedInAs('officer'),
    );
    await renderApp('/partenariats', api);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Intitulé'), 'Angers – Sahel');
    await user.type(screen.getByLabelText('Pays visés'), 'ml, sn');
    await user.click(screen.getByLabelText('Eau et assainissement'));
    await user.click(screen.getByRole('button', { name: 'Créer le partenariat' }));
    expect(await screen.findByText('Partenariat « Angers – Sahel » créé.')).toBeInTheDocument();
    expect(bodies).toEqual([
      expect.objectContaining({
        title: 'Angers – Sahel',
        targetCountries: ['ML', 'SN'],
        themes: ['water_sanitation'],
      }),
    ]);
  });
});
