import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One part of a multipart/form-data body: a file part when it has a `filename`. */
export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer | string;
}

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
    options: { csrf?: string | null; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...options.headers,
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

  /** POSTs a multipart/form-data body, as a browser's `FormData` upload does, with the CSRF header. */
  async postMultipart(
    url: string,
    parts: MultipartPart[],
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    const boundary = `----passerelle-test-${randomBytes(8).toString('hex')}`;
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: encodeMultipart(parts, boundary),
    });
    for (const cookie of response.cookies) {
      const expired = cookie.expires !== undefined && new Date(cookie.expires).getTime() <= Date.now();
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

function encodeMultipart(parts: MultipartPart[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${
      part.filename === undefined ? '' : `; filename="${part.filename}"`
    }`;
    const headers = [
      `--${boundary}`,
      `Content-Disposition: ${disposition}`,
      ...(part.contentType ? [`Content-Type: ${part.contentType}`] : []),
      '',
      '',
    ].join('\r\n');
    chunks.push(Buffer.from(headers, 'utf8'), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}
