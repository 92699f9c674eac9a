import { Body, Controller, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import { AppModule } from '../src/app.module';
import { Public } from '../src/auth/auth.decorators';
import type { AppConfig } from '../src/config/app-config';
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

function rootModuleWithTestRoute(config: AppConfig) {
  @Module({ imports: [AppModule.forRoot(config)], controllers: [ContactController] })
  class TestRootModule {}
  return { module: TestRootModule };
}

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
