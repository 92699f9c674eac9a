import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('security headers', () => {
  let database: TestDatabase;
  let webDist: string;
  let app: NestFastifyApplication;
  let httpsApp: NestFastifyApplication;
  let officer: TestHttpClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><title>Passerelle</title><div id="root"></div>',
    );
    app = await startTestApp(
      buildTestConfig(database.url, { WEB_DIST_DIR: webDist, PUBLIC_URL: 'http://localhost:3000' }),
    );
    httpsApp = await startTestApp(
      buildTestConfig(database.url, { PUBLIC_URL: 'https://passerelle.example.org' }),
    );
    const factory = new Factory(app.get(DataSource));
    const organisation = await factory.organisation();
    const user = await factory.user(organisation.id, 'officer');
    officer = TestHttpClient.withSession(app, await factory.session(user.id));
  });

  afterAll(async () => {
    await app.close();
    await httpsApp.close();
    await database.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('marks signed-in JSON answers never to be stored nor sniffed', async () => {
    const response = await officer.request('GET', '/api/partnerships');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('marks problem answers the same way', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/partnerships' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps the cache policy a route chose for itself', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('lets the web app run only its own scripts and styles, and nobody frame it', async () => {
    const response = await app.inject({ method: 'GET', url: '/etapes/convention' });
    const policy = directivesOf(response.headers['content-security-policy']);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('allows inline styles on the API documentation page only, which Swagger UI needs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(directivesOf(response.headers['content-security-policy'])['style-src']).toContain(
      "'unsafe-inline'",
    );
  });

  it('sends HSTS only where the application is reached over HTTPS', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(directivesOf(plain.headers['content-security-policy'])).not.toHaveProperty(
      'upgrade-insecure-requests',
    );
    const secure = await httpsApp.inject({ method: 'GET', url: '/api/health' });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directivesOf(secure.headers['content-security-policy'])).toHaveProperty(
      'upgrade-insecure-requests',
    );
  });
});

function directivesOf(header: string | string[] | number | undefined): Record<string, string[]> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}
