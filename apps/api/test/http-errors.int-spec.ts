import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { errorCodes, type InjectOptions } from 'fastify';
import { AppModule } from '../src/app.module';
import { Public } from '../src/auth/auth.decorators';
import type { AppConfig } from '../src/config/app-config';
import { createHttpApp } from '../src/http-app';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

class ContactDto {
  @IsString()
  @MaxLength(20)
  name: string;

  @IsEmail()
  email: string;
}

/** A route with a body, to exercise the global pipeline the way every feature route will use it. */
@Public()
@Controller('test-contacts')
class ContactController {
  @Post()
  create(@Body() contact: ContactDto): ContactDto {
    return contact;
  }
}

/** Raises one of Fastify's errors by name inside a Nest handler, as a plugin's API (multipart) may. */
@Public()
@Controller('test-fastify-errors-in-nest')
class FastifyErrorController {
  @Get(':code')
  raise(@Param('code') code: keyof typeof errorCodes): never {
    throw new errorCodes[code]('a', 'b', 'c');
  }
}

function rootModuleWithTestRoute(config: AppConfig) {
  @Module({ imports: [AppModule.forRoot(config)], controllers: [ContactController, FastifyErrorController] })
  class TestRootModule {}
  return { module: TestRootModule };
}

const CSRF = { cookie: 'passerelle_csrf=csrf-token-1234', 'x-csrf-token': 'csrf-token-1234' };
/** Fastify features the API does not use, whose errors (400 and up) therefore never arise. */
const UNUSED = new Set([
  'FST_ERR_VALIDATION',
  'FST_ERR_CTP_INSTANCE_ALREADY_STARTED',
  // Raised when a route is declared with a URL that is not a string, at start-up.
  'FST_ERR_INVALID_URL',
]);

describe('HTTP errors are problem+json with a stable code', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = buildTestConfig(database.url, { BODY_LIMIT_BYTES: '2048' });
    app = await startTestApp(config, rootModuleWithTestRoute(config));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const postContact = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/test-contacts',
      payload,
      headers: {
        'content-type': contentType,
        cookie: 'passerelle_csrf=csrf-token-1234',
        'x-csrf-token': 'csrf-token-1234',
      },
    });

  it('accepts a valid body', async () => {
    const response = await postContact(JSON.stringify({ name: 'Awa', email: 'awa@bamako.ml' }));
    expect(response.statusCode).toBe(201);
  });

  it('lists every invalid field with its rule', async () => {
    const response = await postContact(JSON.stringify({ name: 'x'.repeat(21), email: 'not-an-email' }));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', status: 422 });
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', rule: 'maxLength' }),
        expect.objectContaining({ field: 'email', rule: 'isEmail' }),
      ]),
    );
  });

  it('refuses unknown properties instead of silently dropping them', async () => {
    const response = await postContact(
      JSON.stringify({ name: 'Awa', email: 'awa@bamako.ml', role: 'admin' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ field: 'role', rule: 'whitelistValidation' }),
    ]);
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await postContact('{"name": "Awa",');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REQUEST.MALFORMED_JSON' });
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await postContact(
      JSON.stringify({ name: 'Awa', email: 'awa@bamako.ml', pad: 'x'.repeat(4096) }),
    );
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'REQUEST.PAYLOAD_TOO_LARGE' });
  });

  it('answers 415 to a body of an unsupported type', async () => {
    const response = await postContact('name=Awa', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers 404 ROUTE.NOT_FOUND to an unknown API route', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ROUTE.NOT_FOUND', instance: '/api/no-such-thing' });
  });

  it('answers 405 METHOD.NOT_ALLOWED with the allowed methods to a known route under another method', async () => {
    for (const [method, url, allow] of [
      ['DELETE', '/api/test-contacts', 'POST'],
      ['GET', '/api/test-contacts', 'POST'],
      ['PUT', '/api/partnerships/8a0c8d3e-5d4f-4a57-9d35-0f1e6f2b7c11/visits', 'GET, HEAD, POST'],
    ] as const) {
      const response = await app.inject({ method, url, headers: CSRF });
      expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 405 });
      expect(response.headers['allow']).toBe(allow);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'METHOD.NOT_ALLOWED', status: 405, instance: url });
    }
    // A path that no route serves under any method stays a 404.
    const unknown = await app.inject({ method: 'DELETE', url: '/api/test-contacts/extra', headers: CSRF });
    expect(unknown.json()).toMatchObject({ code: 'ROUTE.NOT_FOUND' });
  });

  it('gives every answer a request id, keeping a well-formed one sent by the caller', async () => {
    const generated = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(generated.json().requestId).toBe(generated.headers['x-request-id']);
    const given = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-req-12345678' },
    });
    expect(given.headers['x-request-id']).toBe('lb-req-12345678');
    const forged = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(forged.headers['x-request-id']).not.toContain('bad id');
  });
});

/**
 * Every error Fastify can raise, from its own list (`errorCodes`): those a client can provoke are
 * provoked through real requests; every one, raised while a request is handled, leaves as problem+json.
 * A Fastify upgrade adding a code fails the first test until the code is sorted here.
 */
describe("Fastify's own errors are problem+json", () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  /** Errors a client provokes, each by one request (`{}` payload: JSON to the test route). */
  const PROVOKED: Record<string, { request: InjectOptions; status: number; code: string }> = {
    FST_ERR_NOT_FOUND: {
      request: { method: 'POST', url: '/api/no-such-route' },
      status: 404,
      code: 'ROUTE.NOT_FOUND',
    },
    FST_ERR_BAD_URL: {
      request: { method: 'GET', url: '/api/partnerships/%E0%A4%A' },
      status: 400,
      code: 'REQUEST.MALFORMED_URL',
    },
    FST_ERR_MAX_PARAM_LENGTH: {
      request: { method: 'GET', url: `/api/partnerships/${'x'.repeat(101)}` },
      status: 414,
      code: 'REQUEST.URL_TOO_LONG',
    },
    FST_ERR_CTP_BODY_TOO_LARGE: {
      request: jsonPost(JSON.stringify({ pad: 'x'.repeat(4096) })),
      status: 413,
      code: 'REQUEST.PAYLOAD_TOO_LARGE',
    },
    FST_ERR_CTP_INVALID_MEDIA_TYPE: {
      request: {
        ...jsonPost('a=1'),
        headers: { ...CSRF, 'content-type': 'application/x-www-form-urlencoded' },
      },
      status: 415,
      code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
    },
    FST_ERR_CTP_INVALID_JSON_BODY: {
      request: jsonPost('{"a":'),
      status: 400,
      code: 'REQUEST.MALFORMED_JSON',
    },
    FST_ERR_CTP_EMPTY_JSON_BODY: { request: jsonPost(''), status: 400, code: 'REQUEST.MALFORMED_JSON' },
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
      request: {
        ...jsonPost('{}'),
        headers: { ...CSRF, 'content-type': 'application/json', 'content-length': '5' },
      },
      status: 400,
      code: 'REQUEST.BAD_REQUEST',
    },
    // The QUERY method must carry a typed body (RFC 10008), even to a route that does not exist.
    FST_ERR_ROUTE_MISSING_CONTENT_TYPE: {
      request: { method: 'QUERY' as 'GET', url: '/api/health' },
      status: 400,
      code: 'REQUEST.BAD_REQUEST',
    },
    FST_ERR_ROUTE_MISSING_CONTENT: {
      request: {
        method: 'QUERY' as 'GET',
        url: '/api/health',
        headers: { 'content-type': 'application/json' },
      },
      status: 400,
      code: 'REQUEST.BAD_REQUEST',
    },
  };

  /**
   * Errors no client can provoke here: raised at start-up or by a wrong use of Fastify's API (500 if ever
   * met in a request), or by features the API does not use — Fastify's schema validation
   * (`FST_ERR_VALIDATION`: validation is class-validator's), async route constraints, handler timeouts.
   */
  const NOT_PROVOKABLE = Object.entries(errorCodes)
    .filter(
      ([code, Constructor]) => !(code in PROVOKED) && (statusOf(Constructor) >= 500 || UNUSED.has(code)),
    )
    .map(([code]) => code);

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = buildTestConfig(database.url, { BODY_LIMIT_BYTES: '2048' });
    app = await createHttpApp(config, { rootModule: rootModuleWithTestRoute(config) });
    // A route raising any of Fastify's errors by name, the way Fastify raises them: outside Nest's handler.
    app
      .getHttpAdapter()
      .getInstance()
      .get<{ Params: { code: keyof typeof errorCodes } }>(
        '/api/test-fastify-errors/:code',
        async (request) => {
          throw new errorCodes[request.params.code]('a', 'b', 'c');
        },
      );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('knows every error code of the installed Fastify', () => {
    const sorted = new Set([...Object.keys(PROVOKED), ...NOT_PROVOKABLE]);
    expect(Object.keys(errorCodes).filter((code) => !sorted.has(code))).toEqual([]);
  });

  it.each(Object.entries(PROVOKED))('answers %s as problem+json', async (_code, expected) => {
    const response = await app.inject(expected.request);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.statusCode).toBe(expected.status);
    expect(response.json()).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: expected.status,
      code: expected.code,
    });
  });

  it.each(
    Object.keys(errorCodes).flatMap((code) => [
      [code, 'around', `/api/test-fastify-errors/${code}`],
      [code, 'inside', `/api/test-fastify-errors-in-nest/${code}`],
    ]),
  )('answers %s raised %s a Nest handler as problem+json with its status', async (code, _where, url) => {
    const response = await app.inject({ method: 'GET', url: url! });
    const status = statusOf(errorCodes[code as keyof typeof errorCodes]);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.statusCode).toBe(status >= 500 ? (status === 503 ? 503 : 500) : status);
    expect(response.json()).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: response.statusCode,
      code: expect.stringMatching(/^[A-Z_]+\.[A-Z_]+$/),
    });
  });
});

function jsonPost(payload: string): InjectOptions {
  return {
    method: 'POST',
    url: '/api/test-contacts',
    payload,
    headers: { ...CSRF, 'content-type': 'application/json' },
  };
}

function statusOf(Constructor: new (...args: string[]) => Error): number {
  return (new Constructor('a', 'b', 'c') as Error & { statusCode?: number }).statusCode ?? 500;
}
