import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { SessionEntity } from '../src/auth/session.entity';
import { UserEntity } from '../src/users/user.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('signing in and out', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let user: UserEntity;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const organisation = await factory.organisation("Ville d'Angers");
    user = await factory.user(organisation.id, 'officer', { email: 'Claire.Martin@angers.test' });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function signedInClient(): Promise<TestHttpClient> {
    const client = await new TestHttpClient(app).start();
    const response = await client.login('claire.martin@angers.test', Factory.PASSWORD);
    expect(response.statusCode).toBe(200);
    return client;
  }

  it('signs in with e-mail (any case) and password, with an httpOnly SameSite=Lax session cookie', async () => {
    const client = await new TestHttpClient(app).start();
    const response = await client.login('CLAIRE.martin@angers.test', Factory.PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { email: 'Claire.Martin@angers.test', role: 'officer' },
      organisation: { name: "Ville d'Angers" },
    });
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const session = await client.request('GET', '/api/auth/session');
    expect(session.json().user.email).toBe('Claire.Martin@angers.test');
  });

  it('marks the session cookie Secure behind TLS', async () => {
    const client = await new TestHttpClient(app).start();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-proto': 'https',
        cookie: `passerelle_csrf=${client.csrfToken}`,
        'x-csrf-token': client.csrfToken!,
      },
      payload: JSON.stringify({ email: 'claire.martin@angers.test', password: Factory.PASSWORD }),
    });
    expect(response.cookies.find((c) => c.name === 'passerelle_session')?.secure).toBe(true);
  });

  it('answers the same to a wrong password and to an unknown e-mail', async () => {
    const client = await new TestHttpClient(app).start();
    const wrongPassword = await client.login('claire.martin@angers.test', 'not the password at all');
    const unknownUser = await client.login('nobody@angers.test', 'not the password at all');
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({
        code: 'AUTH.INVALID_CREDENTIALS',
        detail: 'Wrong e-mail or password.',
      });
      expect(response.cookies.find((c) => c.name === 'passerelle_session')).toBeUndefined();
    }
  });

  it('refuses a disabled account with the same answer as a wrong password', async () => {
    const organisation = await factory.organisation();
    const disabled = await factory.user(organisation.id, 'viewer', { disabledAt: new Date() });
    const client = await new TestHttpClient(app).start();
    const response = await client.login(disabled.email, Factory.PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('throttles repeated failures on one account, even with the right password afterwards', async () => {
    const organisation = await factory.organisation();
    const target = await factory.user(organisation.id, 'admin');
    const client = await new TestHttpClient(app).start();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 9; attempt += 1) {
      statuses.push((await client.login(target.email, 'guess-number-' + attempt)).statusCode);
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses[8]).toBe(429);
    const right = await client.login(target.email, Factory.PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ code: 'REQUEST.TOO_MANY' });
    expect(right.json().retryAfterSeconds).toBeGreaterThan(0);
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const client = await new TestHttpClient(app).start();
    const response = await client.request(
      'POST',
      '/api/auth/login',
      { email: 'claire.martin@angers.test', password: Factory.PASSWORD },
      { csrf: null },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('AUTH.CSRF_INVALID');
  });

  it('refuses a write whose CSRF header does not match the cookie, and changes nothing', async () => {
    const client = await signedInClient();
    const before = await dataSource.getRepository(AuditEventEntity).count();
    const response = await client.request(
      'POST',
      '/api/partnerships',
      { title: 'X', form: 'twinning', approach: 'humanitarian' },
      {
        csrf: 'forged-token-forged-token',
      },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('AUTH.CSRF_INVALID');
    expect(await dataSource.getRepository(AuditEventEntity).count()).toBe(before);
  });

  it('ends the session at sign-out: the same cookie replayed afterwards is refused', async () => {
    const client = await signedInClient();
    const sessionCookie = client.cookies.get('passerelle_session')!;
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    const replay = TestHttpClient.withSession(app, sessionCookie);
    const response = await replay.request('GET', '/api/partnerships');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('changes the password and signs out every other session of the user', async () => {
    const organisation = await factory.organisation();
    const changer = await factory.user(organisation.id, 'elected');
    const laptop = await new TestHttpClient(app).start();
    await laptop.login(changer.email, Factory.PASSWORD);
    const phone = await new TestHttpClient(app).start();
    await phone.login(changer.email, Factory.PASSWORD);

    const weak = await laptop.request('POST', '/api/auth/password', {
      currentPassword: Factory.PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors).toEqual([
      expect.objectContaining({ field: 'newPassword', rule: 'minLength' }),
    ]);
    const wrong = await laptop.request('POST', '/api/auth/password', {
      currentPassword: 'wrong one entirely',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('AUTH.WRONG_CURRENT_PASSWORD');

    const changed = await laptop.request('POST', '/api/auth/password', {
      currentPassword: Factory.PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await laptop.request('GET', '/api/partnerships')).statusCode).toBe(200);
    expect((await phone.request('GET', '/api/partnerships')).statusCode).toBe(401);
    const fresh = await new TestHttpClient(app).start();
    expect((await fresh.login(changer.email, Factory.PASSWORD)).statusCode).toBe(401);
    expect((await fresh.login(changer.email, 'a brand new passphrase')).statusCode).toBe(200);
    const stored = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: changer.id });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a new password that is common or contains the e-mail or the organisation', async () => {
    const organisation = await factory.organisation('Communauté urbaine de Dunkerque');
    const changer = await factory.user(organisation.id, 'officer', { email: 'marc.lefebvre@dunkerque.test' });
    const client = await new TestHttpClient(app).start();
    await client.login(changer.email, Factory.PASSWORD);
    const change = (newPassword: string) =>
      client.request('POST', '/api/auth/password', { currentPassword: Factory.PASSWORD, newPassword });

    const refusals = [
      await change('password1234'),
      await change('Azerty2026!!'),
      await change('marc.lefebvre@dunkerque.test'),
      await change('LEFEBVRE pour toujours'),
      await change('communaute-urbaine-de-dunkerque'),
    ].map((response) => [response.statusCode, response.json().code, response.json().errors?.[0]?.field]);
    expect(refusals).toEqual([
      [422, 'AUTH.PASSWORD_TOO_COMMON', 'newPassword'],
      [422, 'AUTH.PASSWORD_TOO_COMMON', 'newPassword'],
      [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'newPassword'],
      [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'newPassword'],
      [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'newPassword'],
    ]);
    expect(
      (await new TestHttpClient(app).start().then((c) => c.login(changer.email, Factory.PASSWORD)))
        .statusCode,
    ).toBe(200);
    expect((await change('les dunes de sable fin')).statusCode).toBe(204);
  });

  it('refuses a session past its idle lifetime', async () => {
    const token = await factory.session(user.id);
    await dataSource
      .getRepository(SessionEntity)
      .update({ userId: user.id }, { lastSeenAt: new Date(Date.now() - 3 * 24 * 3600_000) });
    const client = TestHttpClient.withSession(app, token);
    expect((await client.request('GET', '/api/partnerships')).statusCode).toBe(401);
  });

  it('refuses a live session once its account is disabled, and one past its absolute lifetime', async () => {
    const organisation = await factory.organisation();
    const leaving = await factory.user(organisation.id, 'officer');
    const leavingClient = TestHttpClient.withSession(app, await factory.session(leaving.id));
    expect((await leavingClient.request('GET', '/api/partnerships')).statusCode).toBe(200);
    await dataSource.getRepository(UserEntity).update({ id: leaving.id }, { disabledAt: new Date() });
    expect((await leavingClient.request('GET', '/api/partnerships')).statusCode).toBe(401);

    const old = await factory.user(organisation.id, 'officer');
    const oldClient = TestHttpClient.withSession(app, await factory.session(old.id));
    await dataSource
      .getRepository(SessionEntity)
      .update({ userId: old.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await oldClient.request('GET', '/api/partnerships')).statusCode).toBe(401);
  });

  it('answers as the session’s user and records its use at most every five minutes', async () => {
    const organisation = await factory.organisation();
    const elected = await factory.user(organisation.id, 'elected', { displayName: 'Jeanne Élue' });
    const client = TestHttpClient.withSession(app, await factory.session(elected.id));
    const sessions = dataSource.getRepository(SessionEntity);
    const recent = new Date(Date.now() - 60_000);
    await sessions.update({ userId: elected.id }, { lastSeenAt: recent });
    const me = await client.request('GET', '/api/auth/session');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toEqual(
      expect.objectContaining({ id: elected.id, role: 'elected', displayName: 'Jeanne Élue' }),
    );
    expect(me.json().organisation.id).toBe(organisation.id);
    expect((await sessions.findOneByOrFail({ userId: elected.id })).lastSeenAt).toEqual(recent);

    const earlier = new Date(Date.now() - 3600_000);
    await sessions.update({ userId: elected.id }, { lastSeenAt: earlier });
    expect((await client.request('GET', '/api/partnerships')).statusCode).toBe(200);
    const touched = (await sessions.findOneByOrFail({ userId: elected.id })).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(earlier.getTime() + 3500_000);
  });

  it('records sign-in and sign-out in the audit trail with the request id', async () => {
    const client = await signedInClient();
    await client.request('POST', '/api/auth/logout');
    const events = await dataSource.getRepository(AuditEventEntity).find({
      where: { actorUserId: user.id },
      order: { id: 'DESC' },
      take: 2,
    });
    expect(events.map((event) => event.action)).toEqual(['session.closed', 'session.opened']);
    expect(events[0]?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
