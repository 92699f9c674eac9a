import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser-like client for `app.inject()`: keeps cookies between requests and sends the CSRF token the
 * way the web app does (header matching the CSRF cookie).
 */
export class TestHttpClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(private readonly app: NestFastifyApplication) {}

  /** A client already signed in with a session token, with a CSRF token of its own. */
  static withSession(app: NestFastifyApplication, sessionToken: string | undefined): TestHttpClient {
    const client = new TestHttpClient(app);
    if (sessionToken) client.cookies.set('passerelle_session', sessionToken);
    client.csrfToken = 'test-csrf-token-0123456789';
    client.cookies.set('passerelle_csrf', client.csrfToken);
    return client;
  }

  /** Fetches the session document, as the web app does on load, to get a CSRF token. */
  async start(): Promise<this> {
    const response = await this.request('GET', '/api/auth/session');
    this.csrfToken = response.json().csrfToken;
    return this;
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.request('POST', '/api/auth/login', { email, password });
    if (response.statusCode === 200) this.csrfToken = response.json().csrfToken;
    return response;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    for (const cookie of response.cookies) {
      const expired = cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now();
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}
