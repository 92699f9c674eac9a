import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { UserEntity } from '../src/users/user.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const URL = '/api/me/language';

describe('the language of an account', () => {
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

  const stored = (userId: string) => dataSource.manager.findOneByOrFail(UserEntity, { id: userId });

  it('is French until the user chooses, and the session says so', async () => {
    const { client } = await signedInUser();

    const session = await client.request('GET', '/api/auth/session');

    expect((session.json() as { user: { language: string } }).user.language).toBe('fr');
  });

  it('is chosen by the user, kept on the account, told by the session, and audited once', async () => {
    const { user, client } = await signedInUser();

    const first = await client.request('PUT', URL, { language: 'en' });
    const again = await client.request('PUT', URL, { language: 'en' });

    expect([first.statusCode, first.json()]).toEqual([200, { language: 'en' }]);
    expect(again.statusCode).toBe(200);
    const account = await stored(user.id);
    expect(account.preferredLanguage).toBe('en');
    // An administrator's edit made on the account as it was is refused rather than undoing the choice.
    expect(account.version).toBe(user.version + 1);
    const session = await client.request('GET', '/api/auth/session');
    expect((session.json() as { user: { language: string } }).user.language).toBe('en');
    const audit: Array<{ action: string; changes: unknown }> = await dataSource.query(
      'SELECT action, changes FROM audit_event WHERE entity_id = $1 AND entity_type = $2',
      [user.id, 'user'],
    );
    expect(audit).toEqual([
      { action: 'user.language_changed', changes: { language: { before: 'fr', after: 'en' } } },
    ]);
  });

  it('refuses a language the product does not speak, naming the field, and keeps the account as it was', async () => {
    const { user, client } = await signedInUser();

    const response = await client.request('PUT', URL, { language: 'tlh' });

    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(response.json())).toContain('language');
    expect((await stored(user.id)).preferredLanguage).toBe('fr');
  });
});
