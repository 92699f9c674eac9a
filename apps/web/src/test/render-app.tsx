import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import { createApiClient } from '../lib/api/client';
import { createI18n, type Language } from '../lib/i18n/i18n';
import { createQueryClient } from '../lib/query-client';

/** A JSON answer as the API would send it. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

export type FetchStub = (request: Request) => Promise<Response>;

/**
 * Renders the whole app at `path`, with the real router, i18n, query client and API client; only the
 * network is replaced by `respond`.
 */
export async function renderApp(path: string, respond: FetchStub, language: Language = 'fr') {
  const i18n = await createI18n(language);
  const apiClient = createApiClient({
    baseUrl: 'http://passerelle.test',
    fetch: (input: RequestInfo | URL, init?: RequestInit) => respond(new Request(input, init)),
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders dependencies={{ apiClient, queryClient, i18n }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, i18n, queryClient };
}
