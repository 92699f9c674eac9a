import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** Concurrent edits sent from one version: enough of them to meet in PostgreSQL at the same time. */
const RACERS = 8;

/** Sends every request at once and tells which one won and what the others got. */
async function race(send: (index: number) => Promise<LightMyRequestResponse>): Promise<{
  winner: number;
  winnerBody: Record<string, unknown>;
  losers: Array<{ status: number; code: unknown }>;
}> {
  const answers = await Promise.all(Array.from({ length: RACERS }, (_, index) => send(index)));
  const winners = answers.flatMap((answer, index) => (answer.statusCode < 300 ? [index] : []));
  expect(winners).toHaveLength(1);
  const winner = winners[0] ?? -1;
  return {
    winner,
    winnerBody: answers[winner]?.json() as Record<string, unknown>,
    losers: answers
      .filter((_, index) => index !== winner)
      .map((answer) => ({ status: answer.statusCode, code: answer.json().code })),
  };
}

const ALL_CONFLICTS = Array.from({ length: RACERS - 1 }, () => ({ status: 409, code: 'RESOURCE.CONFLICT' }));

describe('concurrent edits of organisation records sent from the same version', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let factory: Factory;
  let admin: TestHttpClient;
  let officer: TestHttpClient;
  let organisationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    factory = new Factory(app.get(DataSource));
    organisationId = (await factory.organisation("Ville d'Angers")).id;
    const staff = await factory.staff(organisationId);
    admin = TestHttpClient.withSession(app, await factory.session(staff.admin.id));
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('accepts one edit of a territory actor and refuses the others with 409', async () => {
    const created = await officer.request('POST', '/api/organisation/territory-actors', {
      name: 'Association Angers-Bamako',
      kind: 'association',
    });
    const id = created.json().id as string;

    const { winner, winnerBody, losers } = await race((index) =>
      officer.request('PATCH', `/api/organisation/territory-actors/${id}`, {
        notes: `edit ${index}`,
        version: 1,
      }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    expect(winnerBody).toMatchObject({ notes: `edit ${winner}`, version: 2 });
    const stored = (await officer.request('GET', '/api/organisation/territory-actors')).json().items;
    expect(stored).toEqual([expect.objectContaining({ id, notes: `edit ${winner}`, version: 2 })]);
  });

  it('accepts one change of a colleague’s role and refuses the others, even when they ask the same', async () => {
    const colleague = await factory.user(organisationId, 'viewer');
    const roles = ['officer', 'elected', 'contributor', 'officer'] as const;

    const { winner, losers } = await race((index) =>
      admin.request('PATCH', `/api/organisation/users/${colleague.id}`, {
        role: roles[index % roles.length],
        version: colleague.version,
      }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    const stored = (await admin.request('GET', '/api/organisation/users')).json().items as Array<{
      id: string;
      role: string;
      version: number;
    }>;
    expect(stored.find((user) => user.id === colleague.id)).toMatchObject({
      role: roles[winner % roles.length],
      version: colleague.version + 1,
    });
  });

  it('moves a colleague to the next version even when the change was already in place', async () => {
    const colleague = await factory.user(organisationId, 'viewer');

    const { losers } = await race(() =>
      admin.request('PATCH', `/api/organisation/users/${colleague.id}`, {
        disabled: false,
        version: colleague.version,
      }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    const stale = await admin.request('PATCH', `/api/organisation/users/${colleague.id}`, {
      role: 'officer',
      version: colleague.version,
    });
    expect([stale.statusCode, stale.json()]).toEqual([
      409,
      expect.objectContaining({ code: 'RESOURCE.CONFLICT', currentVersion: colleague.version + 1 }),
    ]);
  });

  it('keeps an active administrator when two administrators disable each other at once', async () => {
    const rennes = (await factory.organisation('Ville de Rennes')).id;
    const first = await factory.user(rennes, 'admin');
    const second = await factory.user(rennes, 'admin');
    const asFirst = TestHttpClient.withSession(app, await factory.session(first.id));
    const asSecond = TestHttpClient.withSession(app, await factory.session(second.id));

    const answers = await Promise.all([
      asFirst.request('PATCH', `/api/organisation/users/${second.id}`, { disabled: true, version: 1 }),
      asSecond.request('PATCH', `/api/organisation/users/${first.id}`, { disabled: true, version: 1 }),
    ]);

    // The one who loses the race is refused: 409 when both were still signed in as their writes met, 401
    // when the other's write had already disabled their account before their request was read.
    const [won, lost] = answers.map((answer) => answer.statusCode).sort();
    expect(won).toBe(200);
    expect([401, 409]).toContain(lost);
    const [activeAdmins] = (await app
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS count FROM app_user WHERE organisation_id = $1 AND role = 'admin' AND disabled_at IS NULL`,
        [rennes],
      )) as Array<{ count: number }>;
    expect(activeAdmins?.count).toBe(1);
  });

  it('accepts one edit of the organisation’s profile and refuses the others', async () => {
    const { version } = (await admin.request('GET', '/api/organisation')).json() as { version: number };

    const { winner, losers } = await race((index) =>
      admin.request('PATCH', '/api/organisation', { population: 150_000 + index, version }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    expect((await admin.request('GET', '/api/organisation')).json()).toMatchObject({
      population: 150_000 + winner,
      version: version + 1,
    });
  });

  it('accepts one edit of the directory profile and refuses the others', async () => {
    const { version } = (await admin.request('GET', '/api/organisation')).json() as { version: number };

    const { winner, winnerBody, losers } = await race((index) =>
      admin.request('PUT', '/api/organisation/directory-profile', {
        listed: true,
        summary: `summary ${index}`,
        themesOffered: [],
        themesSought: [],
        version,
      }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    expect(winnerBody).toMatchObject({ summary: `summary ${winner}` });
    expect((await admin.request('GET', '/api/organisation')).json()).toMatchObject({
      directorySummary: `summary ${winner}`,
      version: version + 1,
    });
  });

  it('closes a partner request once and refuses the other closings from the same version', async () => {
    const created = await officer.request('POST', '/api/organisation/partner-requests', {
      title: 'Coopération sur l’eau',
      description: 'Nous cherchons une commune partenaire.',
      themes: ['water_sanitation'],
    });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json() as { id: string; version: number };

    const { winnerBody, losers } = await race(() =>
      officer.request('POST', `/api/organisation/partner-requests/${id}/close`, { version }),
    );

    expect(losers).toEqual(ALL_CONFLICTS);
    expect(winnerBody).toMatchObject({ status: 'closed', version: version + 1 });
  });
});
