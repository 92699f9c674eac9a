import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/routes';
import { createApiClient, type Schemas } from '../lib/api/client';
import { createI18n, type Language } from '../lib/i18n/i18n';
import { createQueryClient } from '../lib/query-client';

/** A JSON answer as the API would send it. */
export function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
}

/** A problem+json answer with its stable code (and any extension member: `errors`, `retryAfterSeconds`…). */
export function problemResponse(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return jsonResponse(
    status,
    {
      type: `urn:passerelle:problem:${code.toLowerCase()}`,
      title: code,
      status,
      detail: code,
      code,
      ...extra,
    },
    'application/problem+json',
  );
}

/** A 422 `REQUEST.VALIDATION_FAILED` listing invalid fields (`{ field: 'organisation.name', rule: 'isNotEmpty' }`). */
export function validationProblem(errors: { field: string; rule: string; message?: string }[]): Response {
  return problemResponse(422, 'REQUEST.VALIDATION_FAILED', {
    errors: errors.map((error) => ({ message: `${error.field} is invalid`, ...error })),
  });
}

/** An empty success (204). */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export type FetchStub = (request: Request) => Promise<Response>;

/** Answers one request; `params` holds the `:name` parts of the matched path. */
export type StubHandler = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

/** Stubbed endpoints by method and path pattern: `{ 'GET /api/partnerships/:id': handler }`. */
export type StubRoutes = Record<string, StubHandler>;

export type SessionResponse = Schemas['SessionResponseDto'];
export type UserRole = Schemas['SessionUserDto']['role'];

export const SIGNED_OUT: SessionResponse = { user: null, organisation: null, csrfToken: 'csrf-anonymous' };

/** The session of a signed-in user of Angers with `role`. */
export function signedInAs(
  role: UserRole,
  overrides: Partial<Schemas['SessionUserDto']> = {},
): SessionResponse {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'claire.martin@angers.test',
      displayName: 'Claire Martin',
      role,
      language: 'fr',
      ...overrides,
    },
    organisation: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Ville d’Angers', countryCode: 'FR' },
    csrfToken: 'csrf-signed-in',
  };
}

const HEALTHY = {
  status: 'ok',
  checks: { database: { status: 'up', latencyMs: 2 }, redis: { status: 'up', latencyMs: 1 } },
};

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const patternParts = pattern.split('/');
  const pathParts = path.split('/');
  if (patternParts.length !== pathParts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of patternParts.entries()) {
    const actual = pathParts[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return undefined;
  }
  return params;
}

/**
 * A small router of stubbed endpoints. Every request is recorded (`requests`, bodies still readable);
 * the session and health endpoints answer by default; anything else unknown is a 404 problem.
 */
export function stubApi(routes: StubRoutes, session: SessionResponse = SIGNED_OUT) {
  const requests: Request[] = [];
  const table: StubRoutes = {
    'GET /api/auth/session': async () => jsonResponse(200, session),
    'GET /api/health': async () => jsonResponse(200, HEALTHY),
    ...routes,
  };
  const respond: FetchStub = async (request) => {
    requests.push(request.clone());
    const path = new URL(request.url).pathname;
    for (const [key, handler] of Object.entries(table)) {
      const [method, pattern = ''] = key.split(' ');
      if (method !== request.method) continue;
      const params = matchPath(pattern, path);
      if (params) return handler(request, params);
    }
    return problemResponse(404, 'ROUTE.NOT_FOUND');
  };
  /** The recorded requests to `method path` (exact path, without query). */
  const requestsTo = (method: string, path: string) =>
    requests.filter((request) => request.method === method && new URL(request.url).pathname === path);
  return { respond, requests, requestsTo };
}

/** Resolves once the router loaded the first page's lazy chunk, so that tests start on the page itself. */
function routerReady(router: ReturnType<typeof createMemoryRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

export interface RenderOptions {
  language?: Language;
  /** Keep the account's language as the session gives it (by default, the account speaks `language`). */
  keepAccountLanguage?: boolean;
}

/**
 * Renders the whole app at `path`, with the real router, i18n, query client and API client; only the
 * network is replaced by `respond` (a function, or a `stubApi(...)`).
 */
/**
 * A screen rendered in a language is read by a user whose account is in that language: the app would otherwise
 * switch to the account's language once the session says it (`useAccountLanguage`).
 */
async function speaking(language: Language, response: Response): Promise<Response> {
  const body = (await response.clone().json()) as SessionResponse;
  if (!body.user) return response;
  return jsonResponse(response.status, { ...body, user: { ...body.user, language } });
}

export async function renderApp(
  path: string,
  respond: FetchStub | { respond: FetchStub },
  options: Language | RenderOptions = {},
) {
  const { language = 'fr', keepAccountLanguage = false } =
    typeof options === 'string' ? { language: options } : options;
  const answer = typeof respond === 'function' ? respond : respond.respond;
  const i18n = await createI18n(language);
  const apiClient = createApiClient({
    baseUrl: 'http://passerelle.test',
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await answer(request);
      const isSession = new URL(request.url).pathname === '/api/auth/session';
      return isSession && !keepAccountLanguage ? speaking(language, response) : response;
    },
  });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await routerReady(router);
  const view = render(
    <AppProviders dependencies={{ apiClient, queryClient, i18n }}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, i18n, queryClient };
}
