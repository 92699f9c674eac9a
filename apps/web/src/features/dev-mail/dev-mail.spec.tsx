import { screen } from '@testing-library/react';
import { jsonResponse, problemResponse, renderApp, stubApi } from '../../test/render-app';

describe('the captured mails page', () => {
  it('lists the captured mails', async () => {
    await renderApp(
      '/dev/mail',
      stubApi({
        'GET /api/dev/mails': async () =>
          jsonResponse(200, {
            items: [
              {
                id: '2026-11-23T10-00-00-000Z-0a1b2c3d',
                receivedAt: '2026-11-23T10:00:00.000Z',
                from: 'Passerelle <no-reply@passerelle.localhost>',
                to: ['elu@angers.fr'],
                subject: 'Motivations à relire',
              },
            ],
          }),
      }),
    );
    expect(await screen.findByRole('link', { name: 'Motivations à relire' })).toBeInTheDocument();
  });

  it('says who may read them when the API refuses this visitor', async () => {
    await renderApp(
      '/dev/mail',
      stubApi({ 'GET /api/dev/mails': async () => problemResponse(401, 'AUTH.UNAUTHENTICATED') }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les courriels capturés se lisent depuis la machine du serveur, ou connecté en tant qu’administrateur.',
    );
  });
});
