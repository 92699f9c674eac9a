import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { UserEntity } from '../src/users/user.entity';
import { Factory, unique } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface NotificationBody {
  id: string;
  kind: string;
  partnership: { id: string; title: string };
  audience: string | null;
  visit: { id: string; purpose: string; startsOn: string; endsOn: string; cancelled: boolean } | null;
  conventionId: string | null;
  subjectDate: string;
  offsetDays: number;
  createdAt: string;
  readAt: string | null;
}

interface PageBody {
  items: NotificationBody[];
  nextCursor: string | null;
}

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

interface ReminderFields {
  kind: string;
  audience?: string | null;
  visitId?: string | null;
  conventionId?: string | null;
  subjectDate: string;
  offsetDays: number;
}

describe('in-app notifications', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let officer: UserEntity;
  let colleague: UserEntity;
  let me: TestHttpClient;
  let them: TestHttpClient;
  let partnershipId: string;
  let partnershipTitle: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    officer = await factory.user(angers.id, 'officer');
    colleague = await factory.user(angers.id, 'officer');
    me = TestHttpClient.withSession(app, await factory.session(officer.id));
    them = TestHttpClient.withSession(app, await factory.session(colleague.id));
    const partnership = await factory.partnership(angers.id, officer.id, [bamako.id]);
    partnershipId = partnership.id;
    partnershipTitle = partnership.title;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  beforeEach(async () => {
    await dataSource.query('DELETE FROM notification');
    await dataSource.query('DELETE FROM reminder');
  });

  /** A delivered reminder and its notification, as the reminder worker writes them. */
  async function notify(
    user: UserEntity,
    fields: ReminderFields,
    createdAt = new Date().toISOString(),
  ): Promise<string> {
    const reminders: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO reminder (key, recipient_id, organisation_id, partnership_id, kind, audience, visit_id,
         convention_id, subject_date, offset_days, notify_at, send_at, status, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now(), 'sent', now()) RETURNING id`,
      [
        `${fields.kind}:${partnershipId}:${unique()}`,
        user.id,
        user.organisationId,
        partnershipId,
        fields.kind,
        fields.audience ?? null,
        fields.visitId ?? null,
        fields.conventionId ?? null,
        fields.subjectDate,
        fields.offsetDays,
      ],
    );
    const notifications: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user.id, reminders[0]!.id, partnershipId, fields.kind, createdAt],
    );
    return notifications[0]!.id;
  }

  const dialogueDue = (offsetDays = 7): ReminderFields => ({
    kind: 'dialogue-due',
    audience: 'technicians',
    subjectDate: day(offsetDays),
    offsetDays,
  });

  async function list(client: TestHttpClient, query = ''): Promise<PageBody> {
    const response = await client.request('GET', `/api/notifications${query}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function unread(client: TestHttpClient): Promise<number> {
    const response = await client.request('GET', '/api/notifications/unread-count');
    expect(response.statusCode).toBe(200);
    return response.json().unread;
  }

  it('lists only my notifications, newest first, with what each reminder is about', async () => {
    const older = await notify(officer, dialogueDue(7), '2026-01-10T09:00:00Z');
    const newer = await notify(
      officer,
      {
        kind: 'convention-expiring',
        conventionId: 'convention-1',
        subjectDate: '2026-04-10',
        offsetDays: 90,
      },
      '2026-01-11T09:00:00Z',
    );
    await notify(colleague, dialogueDue(1), '2026-01-12T09:00:00Z');

    const page = await list(me);

    expect(page.items.map((item) => item.id)).toEqual([newer, older]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toEqual({
      id: newer,
      source: 'reminder',
      kind: 'convention-expiring',
      partnership: { id: partnershipId, title: partnershipTitle },
      audience: null,
      visit: null,
      conventionId: 'convention-1',
      subjectDate: '2026-04-10',
      offsetDays: 90,
      inboxItem: null,
      createdAt: '2026-01-11T09:00:00.000Z',
      readAt: null,
    });
    expect(page.items[1]).toMatchObject({
      kind: 'dialogue-due',
      audience: 'technicians',
      subjectDate: day(7),
      offsetDays: 7,
    });
  });

  it('gives a visit reminder the visit’s purpose and dates as recorded now', async () => {
    const planned = await me.request('POST', `/api/partnerships/${partnershipId}/visits`, {
      direction: 'to_partner',
      partnerPartyId: (await partnerOf(partnershipId)).organisationId,
      startsOn: day(30),
      endsOn: day(33),
      purpose: 'Rencontre des services de l’eau',
      agenda: ['Visite de la station'],
      delegation: [{ userId: officer.id, partyId: officer.organisationId, role: 'technician' }],
      hosts: [
        {
          name: 'Régie des eaux',
          partyId: (await partnerOf(partnershipId)).organisationId,
          role: 'technician',
        },
      ],
      travelAdvisory: { level: 'normal_vigilance', source: 'France Diplomatie', checkedOn: day(-1) },
    });
    expect([planned.statusCode, planned.json().code]).toEqual([201, undefined]);
    const visitId = (planned.json().visits as Array<{ id: string }>)[0]!.id;
    await notify(officer, { kind: 'visit-upcoming', visitId, subjectDate: day(30), offsetDays: 30 });

    const [item] = (await list(me)).items;

    expect(item!.visit).toEqual({
      id: visitId,
      purpose: 'Rencontre des services de l’eau',
      startsOn: day(30),
      endsOn: day(33),
      cancelled: false,
    });
  });

  it('pages with a cursor that neither skips nor repeats rows created in the same millisecond', async () => {
    // Microseconds apart: a cursor rounded to the millisecond would lose one of them.
    const ids = [
      await notify(officer, dialogueDue(), '2026-02-01T10:00:00.000100Z'),
      await notify(officer, dialogueDue(), '2026-02-01T10:00:00.000200Z'),
      await notify(officer, dialogueDue(), '2026-02-01T10:00:00.000300Z'),
      await notify(officer, dialogueDue(), '2026-02-01T10:00:00.000400Z'),
      await notify(officer, dialogueDue(), '2026-02-01T10:00:00.000500Z'),
    ].reverse();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await list(me, query);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);

    expect(seen).toEqual(ids);
  });

  it('refuses a malformed cursor or limit with field errors', async () => {
    const cursor = await me.request('GET', '/api/notifications?cursor=not-a-cursor');
    expect([cursor.statusCode, cursor.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
    // Well formed, but its id is not one a notification can have: refused before PostgreSQL sees it.
    const forged = Buffer.from(JSON.stringify({ at: '2026-01-01T00:00:00.000Z', id: 'x' })).toString(
      'base64url',
    );
    const forgedCursor = await me.request('GET', `/api/notifications?cursor=${forged}`);
    expect([forgedCursor.statusCode, forgedCursor.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
    const limit = await me.request('GET', '/api/notifications?limit=500');
    expect([limit.statusCode, limit.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
  });

  it('counts unread notifications and marks one read, keeping the first reading time', async () => {
    const first = await notify(officer, dialogueDue());
    await notify(officer, dialogueDue());
    expect(await unread(me)).toBe(2);

    const read = await me.request('POST', `/api/notifications/${first}/read`);
    expect(read.statusCode).toBe(200);
    const readAt = read.json().readAt as string;
    expect(new Date(readAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await unread(me)).toBe(1);

    const again = await me.request('POST', `/api/notifications/${first}/read`);
    expect([again.statusCode, again.json().readAt]).toEqual([200, readAt]);
    expect(await unread(me)).toBe(1);
  });

  it('marks all my notifications read, and nobody else’s', async () => {
    await notify(officer, dialogueDue());
    await notify(officer, dialogueDue(1));
    await notify(colleague, dialogueDue());

    const response = await me.request('POST', '/api/notifications/read-all');

    expect(response.statusCode).toBe(204);
    expect(await unread(me)).toBe(0);
    expect(await unread(them)).toBe(1);
    expect((await list(me)).items.every((item) => item.readAt !== null)).toBe(true);
  });

  it('answers 404 for someone else’s notification or an id that is not one, and leaves it unread', async () => {
    const theirs = await notify(colleague, dialogueDue());

    const outcomes = await Promise.all(
      [theirs, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'].map(async (id) => {
        const response = await me.request('POST', `/api/notifications/${id}/read`);
        return [response.statusCode, response.json().code];
      }),
    );

    expect(outcomes).toEqual([
      [404, 'RESOURCE.NOT_FOUND'],
      [404, 'RESOURCE.NOT_FOUND'],
      [404, 'RESOURCE.NOT_FOUND'],
    ]);
    expect(await unread(them)).toBe(1);
    expect((await list(me)).items).toEqual([]);
  });

  it('needs a session and, to mark read, the CSRF token', async () => {
    const id = await notify(officer, dialogueDue());
    const anonymous = TestHttpClient.withSession(app, undefined);
    expect((await anonymous.request('GET', '/api/notifications')).statusCode).toBe(401);
    const withoutCsrf = await me.request('POST', `/api/notifications/${id}/read`, undefined, { csrf: null });
    expect([withoutCsrf.statusCode, withoutCsrf.json().code]).toEqual([403, 'AUTH.CSRF_INVALID']);
  });

  async function partnerOf(id: string): Promise<{ organisationId: string }> {
    const rows: Array<{ organisation_id: string }> = await dataSource.query(
      `SELECT organisation_id FROM partnership_party WHERE partnership_id = $1 AND role = 'partner'`,
      [id],
    );
    return { organisationId: rows[0]!.organisation_id };
  }
});
