import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The web build's last step, run here on a built app of the test's own. */
const PRECOMPRESS = join(__dirname, '..', '..', 'web', 'scripts', 'precompress.mjs');
const APP_SCRIPT = `console.log(${JSON.stringify('app '.repeat(2_000))});`;
const SERVICE_WORKER = `const PRECACHE = ${JSON.stringify(['/index.html', '/assets/index-abc123.js'])};`;

describe('the built web app on the API origin', () => {
  let database: TestDatabase;
  let webDist: string;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(
      join(webDist, 'index.html'),
      `<!doctype html><title>Passerelle</title><div id="root"></div><!-- ${'page '.repeat(300)} -->`,
    );
    writeFileSync(join(webDist, 'assets', 'index-abc123.js'), APP_SCRIPT);
    writeFileSync(join(webDist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["app.tsx"]}');
    // The installable app's files, as the web build writes them (docs/offline.md).
    writeFileSync(join(webDist, 'sw.js'), SERVICE_WORKER);
    writeFileSync(join(webDist, 'manifest.webmanifest'), '{"name":"Passerelle","display":"standalone"}');
    // As the web build does: brotli and gzip copies beside each file.
    execFileSync(process.execPath, [PRECOMPRESS, webDist]);
    app = await startTestApp(buildTestConfig(database.url, { WEB_DIST_DIR: webDist }));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves index.html at the root, never cached', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves index.html for client-side routes so that a reload works', async () => {
    const response = await app.inject({ method: 'GET', url: '/etapes/convention' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('sends each file in the smallest encoding the browser accepts, compressed at build time', async () => {
    const url = '/assets/index-abc123.js';
    const brotli = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers['vary']).toContain('accept-encoding');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(APP_SCRIPT);
    // The very copy the build wrote: nothing is compressed again per request.
    expect(brotli.rawPayload).toEqual(readFileSync(join(webDist, 'assets', 'index-abc123.js.br')));

    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload).toEqual(readFileSync(join(webDist, 'assets', 'index-abc123.js.gz')));

    const raw = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(APP_SCRIPT);

    const page = await app.inject({ method: 'GET', url: '/etapes', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('<div id="root">');
  });

  it('never serves source maps, nor the compressed copies under their own names', async () => {
    for (const url of ['/assets/index-abc123.js.map', '/assets/index-abc123.js.br']) {
      const response = await app.inject({ method: 'GET', url });
      expect([url, response.statusCode]).toEqual([url, 404]);
      expect(response.body).not.toContain('sources');
    }
  });

  it('compresses the API’s larger answers for a client that accepts it', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/docs-json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.rawPayload).toString())).toHaveProperty('openapi');
  });

  it('answers 404 to a hashed asset that no longer exists, instead of the page', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-gone000.js' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<div id="root">');
  });

  it('serves the service worker revalidated on every visit, so that a deployment installs its new one', async () => {
    const response = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(SERVICE_WORKER);
  });

  it('serves the web app manifest as a manifest, revalidated', async () => {
    const response = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/manifest+json');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toMatchObject({ name: 'Passerelle', display: 'standalone' });
  });

  it('keeps unknown /api routes as problem+json 404, not the web app', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'ROUTE.NOT_FOUND' });
  });
});
