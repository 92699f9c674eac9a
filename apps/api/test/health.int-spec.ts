import { withMaintenanceClient, createTestDatabase, type TestDatabase } from './support/test-database';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';

describe('GET /api/health', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  it('answers ok with both services up when PostgreSQL and Redis answer', async () => {
    const app = await startTestApp(buildTestConfig(database.url));
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'ok',
        checks: { database: { status: 'up' }, redis: { status: 'up' } },
      });
    } finally {
      await app.close();
    }
  });

  it('answers 503 naming Redis when Redis does not answer', async () => {
    const app = await startTestApp(buildTestConfig(database.url, { REDIS_URL: 'redis://127.0.0.1:1' }));
    try {
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'SERVICE.UNAVAILABLE',
        detail: 'Redis is down.',
        checks: { database: { status: 'up' }, redis: { status: 'down' } },
      });
    } finally {
      await app.close();
    }
  });

  it('answers 503 naming PostgreSQL when the database goes away', async () => {
    const app = await startTestApp(buildTestConfig(database.url));
    try {
      await withMaintenanceClient((client) => client.query(`DROP DATABASE "${database.name}" WITH (FORCE)`));
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        code: 'SERVICE.UNAVAILABLE',
        detail: 'PostgreSQL is down.',
        checks: { database: { status: 'down' }, redis: { status: 'up' } },
      });
    } finally {
      await app.close();
    }
  });
});
