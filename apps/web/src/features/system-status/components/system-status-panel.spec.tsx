import { screen } from '@testing-library/react';
import { jsonResponse, renderApp } from '../../../test/render-app';

describe('system status on the home page', () => {
  it('shows both services up when the API is healthy', async () => {
    await renderApp('/', async () =>
      jsonResponse(200, {
        status: 'ok',
        checks: { database: { status: 'up', latencyMs: 3 }, redis: { status: 'up', latencyMs: 1 } },
      }),
    );
    expect(await screen.findByText('Tous les services fonctionnent.')).toBeInTheDocument();
    expect(screen.getByTestId('service-database')).toHaveTextContent('Base de données PostgreSQL');
    expect(screen.getByTestId('service-database')).toHaveTextContent('en service');
    expect(screen.getByTestId('service-redis')).toHaveTextContent('en service');
  });

  it('says which service is down when the API answers 503', async () => {
    await renderApp('/', async () =>
      jsonResponse(
        503,
        {
          type: 'urn:passerelle:problem:service.unavailable',
          title: 'A service the API depends on is unavailable',
          status: 503,
          detail: 'Redis is down.',
          code: 'SERVICE.UNAVAILABLE',
          checks: { database: { status: 'up', latencyMs: 3 }, redis: { status: 'down' } },
        },
        'application/problem+json',
      ),
    );
    expect(
      await screen.findByText('Un service est indisponible : certaines fonctions peuvent échouer.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('service-redis')).toHaveTextContent('hors service');
    expect(screen.getByTestId('service-database')).toHaveTextContent('en service');
  });

  it('says the server does not answer when the request fails', async () => {
    await renderApp('/', async () => {
      throw new TypeError('fetch failed');
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Le serveur ne répond pas.');
  });

  it('speaks English when English is chosen', async () => {
    await renderApp(
      '/',
      async () =>
        jsonResponse(200, { status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } }),
      'en',
    );
    expect(await screen.findByText('All services are running.')).toBeInTheDocument();
    expect(screen.getByTestId('service-redis')).toHaveTextContent('Redis job queue');
  });
});
