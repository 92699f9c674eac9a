import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const MAIL_ID = '2026-11-23T10-00-00-000Z-0a1b2c3d';

describe('captured mails of the local SMTP sink', () => {
  let database: TestDatabase;
  let sinkDir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    sinkDir = mkdtempSync(join(tmpdir(), 'mail-sink-'));
    writeFileSync(
      join(sinkDir, `${MAIL_ID}.json`),
      JSON.stringify({
        id: MAIL_ID,
        receivedAt: '2026-11-23T10:00:00.000Z',
        from: 'Passerelle <no-reply@passerelle.localhost>',
        to: ['elu@angers.fr'],
        subject: 'Motivations à relire',
        text: 'Ouvrez http://localhost:3000/ pour relire.',
        html: null,
      }),
    );
  });

  afterAll(async () => {
    await database.drop();
    rmSync(sinkDir, { recursive: true, force: true });
  });

  it('lists and shows captured mails in development', async () => {
    const app = await startTestApp(
      buildTestConfig(database.url, { MAIL_SINK_DIR: sinkDir, NODE_ENV: 'development' }),
    );
    try {
      const list = await app.inject({ method: 'GET', url: '/api/dev/mails' });
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([
        expect.objectContaining({ id: MAIL_ID, subject: 'Motivations à relire' }),
      ]);
      const one = await app.inject({ method: 'GET', url: `/api/dev/mails/${MAIL_ID}` });
      expect(one.json()).toMatchObject({ text: 'Ouvrez http://localhost:3000/ pour relire.' });
    } finally {
      await app.close();
    }
  });

  it('refuses ids that could point outside the sink folder', async () => {
    const app = await startTestApp(
      buildTestConfig(database.url, { MAIL_SINK_DIR: sinkDir, NODE_ENV: 'development' }),
    );
    try {
      const response = await app.inject({ method: 'GET', url: '/api/dev/mails/..%2F..%2Fetc%2Fpasswd' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
    } finally {
      await app.close();
    }
  });

  it('does not exist in production, even if a sink folder is configured', async () => {
    const app = await startTestApp(
      buildTestConfig(database.url, { MAIL_SINK_DIR: sinkDir, NODE_ENV: 'production' }),
    );
    try {
      const response = await app.inject({ method: 'GET', url: '/api/dev/mails' });
      expect(response.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
