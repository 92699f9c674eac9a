import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('OpenAPI document', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is served as JSON at /api/docs-json and describes the health route', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.paths['/api/health'].get.operationId).toBe('getHealth');
  });

  it('has an interactive page at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('Passerelle API');
  });
});
