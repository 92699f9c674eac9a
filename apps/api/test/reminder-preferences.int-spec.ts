import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/users/user.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface PreferencesBody {
  kinds: Array<{ kind: string; optedOut: boolean; canOptOut: boolean }>;
}

const URL = '/api/me/reminder-preferences';

describe('reminder preferences', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function signedInUser(): Promise<{ user: UserEntity; client: TestHttpClient }> {
    const organisation = await factory.organisation();
    const user = await factory.user(organisation.id, 'viewer');
    return { user, client: TestHttpClient.withSession(app, await factory.session(user.id)) };
  }

  const storedOptOuts = async (userId: string) =>
    (await dataSource.manager.findOneByOrFail(UserEntity, { id: userId })).reminderOptOuts;

  it('lists every kind of reminder, none turned off at first, the convention’s end mandatory', async () => {
    const { client } = await signedInUser();

    const response = await client.request('GET', URL);

    expect(response.statusCode).toBe(200);
    expect((response.json() as PreferencesBody).kinds).toEqual([
      { kind: 'dialogue-due', optedOut: false, canOptOut: true },
      { kind: 'dialogue-overdue', optedOut: false, canOptOut: true },
      { kind: 'visit-upcoming', optedOut: false, canOptOut: true },
      { kind: 'visit-report-missing', optedOut: false, canOptOut: true },
      { kind: 'convention-expiring', optedOut: false, canOptOut: false },
      { kind: 'convention-tacit-renewal', optedOut: false, canOptOut: false },
      { kind: 'funding-call-closing', optedOut: false, canOptOut: true },
      { kind: 'funding-report-due', optedOut: false, canOptOut: true },
    ]);
  });

  it('replaces the opt-outs, stores them once each in a fixed order, and audits the change', async () => {
    const { user, client } = await signedInUser();

    const response = await client.request('PUT', URL, {
      optOuts: ['visit-upcoming', 'dialogue-due', 'visit-upcoming'],
    });

    expect(response.statusCode).toBe(200);
    const optedOut = (response.json() as PreferencesBody).kinds.filter((kind) => kind.optedOut);
    expect(optedOut.map((kind) => kind.kind)).toEqual(['dialogue-due', 'visit-upcoming']);
    expect(await storedOptOuts(user.id)).toEqual(['dialogue-due', 'visit-upcoming']);
    const audit: Array<{ action: string; changes: unknown }> = await dataSource.query(
      'SELECT action, changes FROM audit_event WHERE entity_id = $1 AND entity_type = $2',
      [user.id, 'user'],
    );
    expect(audit).toEqual([
      {
        action: 'user.reminder_preferences_changed',
        changes: { reminderOptOuts: { before: [], after: ['dialogue-due', 'visit-upcoming'] } },
      },
    ]);

    const cleared = await client.request('PUT', URL, { optOuts: [] });
    expect(cleared.statusCode).toBe(200);
    expect(await storedOptOuts(user.id)).toEqual([]);
  });

  it('records nothing in the audit trail when the choice does not change', async () => {
    const { user, client } = await signedInUser();
    await client.request('PUT', URL, { optOuts: ['dialogue-overdue'] });
    await client.request('PUT', URL, { optOuts: ['dialogue-overdue'] });
    const rows: Array<{ count: string }> = await dataSource.query(
      `SELECT count(*) FROM audit_event WHERE entity_id = $1 AND action = 'user.reminder_preferences_changed'`,
      [user.id],
    );
    expect(rows[0]!.count).toBe('1');
  });

  it('refuses to turn off the convention’s end reminders, changing nothing', async () => {
    const { user, client } = await signedInUser();
    await client.request('PUT', URL, { optOuts: ['visit-upcoming'] });

    const response = await client.request('PUT', URL, {
      optOuts: ['dialogue-due', 'convention-expiring', 'convention-tacit-renewal'],
    });

    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'REMINDER.OPT_OUT_NOT_ALLOWED',
      kinds: ['convention-expiring', 'convention-tacit-renewal'],
      errors: [
        { field: 'optOuts.1', rule: 'canOptOut' },
        { field: 'optOuts.2', rule: 'canOptOut' },
      ],
    });
    expect(await storedOptOuts(user.id)).toEqual(['visit-upcoming']);
  });

  it('refuses unknown kinds and malformed bodies as validation problems', async () => {
    const { client } = await signedInUser();
    const outcomes = await Promise.all(
      [
        { optOuts: ['visit-upcoming', 'weekly-digest'] },
        { optOuts: 'visit-upcoming' },
        {},
        { optOuts: [], x: 1 },
      ].map(async (body) => {
        const response = await client.request('PUT', URL, body);
        return [response.statusCode, response.json().code];
      }),
    );
    expect(outcomes).toEqual(Array(4).fill([422, 'REQUEST.VALIDATION_FAILED']));
  });

  it('changes only the signed-in user’s own preferences', async () => {
    const first = await signedInUser();
    const second = await signedInUser();
    await first.client.request('PUT', URL, { optOuts: ['dialogue-due'] });
    expect(await storedOptOuts(second.user.id)).toEqual([]);
    const anonymous = TestHttpClient.withSession(app, undefined);
    expect((await anonymous.request('GET', URL)).statusCode).toBe(401);
  });
});
