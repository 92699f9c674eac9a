import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** Typed client of the Passerelle API; its types come from the API's OpenAPI document, never by hand. */
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Response and request bodies by schema name (`Schemas['HealthResponseDto']`). */
export type Schemas = components['schemas'];

/** The header the API compares with its CSRF cookie on every request that changes something. */
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Answers that carry a fresh `SessionResponseDto`, hence the CSRF token to use from now on. */
const SESSION_ANSWERS = [
  /\/api\/auth\/session$/,
  /\/api\/auth\/login$/,
  /\/api\/invitations\/[^/]+\/accept$/,
];

/**
 * The current CSRF token. It is refreshed from every session answer (session, sign-in, accepted invitation);
 * a request that changes something before any session answer first asks the API for one.
 */
export class CsrfTokenHolder {
  private token: string | undefined;
  private pending: Promise<string | undefined> | undefined;

  constructor(private readonly fetchSessionToken: () => Promise<string | undefined>) {}

  get current(): string | undefined {
    return this.token;
  }

  set(token: string | undefined): void {
    this.token = token;
  }

  async ensure(): Promise<string | undefined> {
    if (this.token) return this.token;
    this.pending ??= this.fetchSessionToken().finally(() => {
      this.pending = undefined;
    });
    const fetched = await this.pending;
    this.token ??= fetched;
    return this.token;
  }
}

function readCsrfToken(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('csrfToken' in body)) return undefined;
  return typeof body.csrfToken === 'string' ? body.csrfToken : undefined;
}

/** Sends the CSRF token with every non-GET request and keeps it up to date from session answers. */
function csrfMiddleware(holder: CsrfTokenHolder): Middleware {
  return {
    async onRequest({ request }) {
      if (SAFE_METHODS.has(request.method.toUpperCase())) return undefined;
      const token = await holder.ensure();
      if (token) request.headers.set(CSRF_HEADER, token);
      return request;
    },
    async onResponse({ request, response }) {
      const path = new URL(request.url).pathname;
      // Signing out changes the CSRF cookie without a body: the next change asks for the new token.
      if (response.ok && /\/api\/auth\/logout$/.test(path)) holder.set(undefined);
      if (!response.ok || !SESSION_ANSWERS.some((pattern) => pattern.test(path))) return undefined;
      try {
        const token = readCsrfToken(await response.clone().json());
        if (token) holder.set(token);
      } catch {
        // Not JSON: nothing to learn from it.
      }
      return undefined;
    },
  };
}

export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): ApiClient {
  const baseUrl = options.baseUrl ?? window.location.origin;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const client = createClient<paths>({
    baseUrl,
    credentials: 'same-origin',
    fetch: doFetch,
  });
  const holder = new CsrfTokenHolder(async () => {
    try {
      const response = await doFetch(
        new Request(`${baseUrl.replace(/\/$/, '')}/api/auth/session`, { credentials: 'same-origin' }),
      );
      return response.ok ? readCsrfToken(await response.json()) : undefined;
    } catch {
      return undefined;
    }
  });
  client.use(csrfMiddleware(holder));
  return client;
}
