import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
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

  it('lists and shows captured mails to this machine without a session, in development', async () => {
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

  it('shows them to another machine only when an administrator is signed in', async () => {
    const app = await startTestApp(
      buildTestConfig(database.url, { MAIL_SINK_DIR: sinkDir, NODE_ENV: 'development' }),
    );
    try {
      const fromElsewhere = { remoteAddress: '203.0.113.7' };
      const anonymous = await app.inject({ method: 'GET', url: '/api/dev/mails', ...fromElsewhere });
      expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'AUTH.UNAUTHENTICATED']);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      const oneMail = await app.inject({ method: 'GET', url: `/api/dev/mails/${MAIL_ID}`, ...fromElsewhere });
      expect(oneMail.statusCode).toBe(401);
      // Behind a proxy of this machine (TRUST_PROXY=loopback), the forwarded client address counts.
      const forwarded = await app.inject({
        method: 'GET',
        url: '/api/dev/mails',
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      expect(forwarded.statusCode).toBe(401);

      const factory = new Factory(app.get(DataSource));
      const organisation = await factory.organisation();
      const staff = await factory.staff(organisation.id);
      const remote = { 'x-forwarded-for': '203.0.113.7' };
      const officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
      const asOfficer = await officer.request('GET', '/api/dev/mails', undefined, { headers: remote });
      expect([asOfficer.statusCode, asOfficer.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
      const admin = TestHttpClient.withSession(app, await factory.session(staff.admin.id));
      const asAdmin = await admin.request('GET', '/api/dev/mails', undefined, { headers: remote });
      expect(asAdmin.statusCode).toBe(200);
      expect(asAdmin.json().items).toHaveLength(1);

      const local = await app.inject({ method: 'GET', url: '/api/dev/mails', remoteAddress: '::1' });
      expect(local.statusCode).toBe(200);
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
