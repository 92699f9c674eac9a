import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { UserEntity } from '../src/users/user.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('tenancy, concurrency and the audit trail', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Awaited<ReturnType<Factory['staff']>>;
  let bamakoStaff: Awaited<ReturnType<Factory['staff']>>;
  let angersOfficer: TestHttpClient;
  let angersAdmin: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let partnershipId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    angersStaff = await factory.staff(angers.id);
    bamakoStaff = await factory.staff(bamako.id);
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    angersAdmin = TestHttpClient.withSession(app, await factory.session(angersStaff.admin.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('shows a party its own internal notes and never the other party’s', async () => {
    await angersOfficer.request('POST', `/api/partnerships/${partnershipId}/internal-notes`, {
      body: 'Budget 2027 à arbitrer en interne.',
    });
    await bamakoOfficer.request('POST', `/api/partnerships/${partnershipId}/internal-notes`, {
      body: 'Point à voir avec le maire.',
    });
    const angersNotes = (
      await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/internal-notes`)
    ).json().items;
    const bamakoNotes = (
      await bamakoOfficer.request('GET', `/api/partnerships/${partnershipId}/internal-notes`)
    ).json().items;
    expect(angersNotes.map((note: { body: string }) => note.body)).toEqual([
      'Budget 2027 à arbitrer en interne.',
    ]);
    expect(bamakoNotes.map((note: { body: string }) => note.body)).toEqual(['Point à voir avec le maire.']);
  });

  it('answers 404, never 403, to a non-party, whether the partnership exists or not', async () => {
    const rennes = await factory.organisation('Ville de Rennes');
    const rennesOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(rennes.id, 'officer')).id),
    );
    const existing = await rennesOfficer.request('GET', `/api/partnerships/${partnershipId}`);
    const missing = await rennesOfficer.request(
      'GET',
      '/api/partnerships/00000000-0000-4000-8000-000000000000',
    );
    const malformed = await rennesOfficer.request('GET', '/api/partnerships/not-a-uuid');
    for (const response of [existing, missing, malformed]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('RESOURCE.NOT_FOUND');
    }
    expect((await rennesOfficer.request('GET', '/api/partnerships')).json().items).toEqual([]);
  });

  it('refuses a stale edit with 409 and the current version, and keeps the newer one', async () => {
    const read = (await angersAdmin.request('GET', '/api/organisation')).json();
    const first = await angersAdmin.request('PATCH', '/api/organisation', {
      population: 158_000,
      version: read.version,
    });
    expect(first.statusCode).toBe(200);
    const stale = await angersAdmin.request('PATCH', '/api/organisation', {
      population: 1,
      version: read.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: first.json().version });
    expect((await angersAdmin.request('GET', '/api/organisation')).json().population).toBe(158_000);
  });

  it('never lets an admin change another organisation’s people, nor remove the last admin', async () => {
    const bamakoViewer = bamakoStaff.viewer;
    const foreign = await angersAdmin.request('PATCH', `/api/organisation/users/${bamakoViewer.id}`, {
      role: 'admin',
      version: bamakoViewer.version,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await dataSource.getRepository(UserEntity).findOneByOrFail({ id: bamakoViewer.id })).role).toBe(
      'viewer',
    );

    const self = await angersAdmin.request('PATCH', `/api/organisation/users/${angersStaff.admin.id}`, {
      role: 'viewer',
      version: 1,
    });
    expect(self.json().code).toBe('USER.CANNOT_CHANGE_SELF');

    const lonelyTown = await factory.organisation('Saint-Lonely');
    const [onlyAdmin, secondAdmin] = [
      await factory.user(lonelyTown.id, 'admin'),
      await factory.user(lonelyTown.id, 'admin'),
    ];
    const lonelyAdmin = TestHttpClient.withSession(app, await factory.session(onlyAdmin.id));
    const demoted = await lonelyAdmin.request('PATCH', `/api/organisation/users/${secondAdmin.id}`, {
      role: 'officer',
      version: secondAdmin.version,
    });
    expect(demoted.statusCode).toBe(200);
    const secondAsOfficer = TestHttpClient.withSession(app, await factory.session(secondAdmin.id));
    expect((await secondAsOfficer.request('GET', '/api/organisation/users')).statusCode).toBe(403);
  });

  it('ends a disabled user’s sessions at once', async () => {
    const victim = await factory.user(angers.id, 'officer');
    const victimClient = TestHttpClient.withSession(app, await factory.session(victim.id));
    expect((await victimClient.request('GET', '/api/partnerships')).statusCode).toBe(200);
    const response = await angersAdmin.request('PATCH', `/api/organisation/users/${victim.id}`, {
      disabled: true,
      version: victim.version,
    });
    expect(response.json()).toMatchObject({ disabled: true });
    expect((await victimClient.request('GET', '/api/partnerships')).statusCode).toBe(401);
  });

  it('refuses mass assignment of organisationId or role through a body', async () => {
    const response = await angersOfficer.request('POST', '/api/partnerships', {
      title: 'Tentative',
      form: 'twinning',
      approach: 'mutual_interest',
      organisationId: bamako.id,
      role: 'admin',
    });
    expect(response.statusCode).toBe(422);
    expect((response.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'organisationId',
      'role',
    ]);
  });

  it('records every write with actor, entity, changed fields and request id, shown to admins newest first', async () => {
    const created = await angersOfficer.request('POST', '/api/partnerships', {
      title: 'Angers – Haïti',
      form: 'emergency_aid',
      approach: 'humanitarian',
    });
    const id = created.json().id as string;
    const page = await angersAdmin.request('GET', `/api/audit-events?entityType=partnership&entityId=${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().items).toEqual([
      expect.objectContaining({
        action: 'partnership.created',
        actorUserId: angersStaff.officer.id,
        actorDisplayName: angersStaff.officer.displayName,
        changes: {
          title: { before: null, after: 'Angers – Haïti' },
          form: { before: null, after: 'emergency_aid' },
          approach: { before: null, after: 'humanitarian' },
          targetCountries: { before: null, after: [] },
          themes: { before: null, after: [] },
        },
        requestId: created.headers['x-request-id'],
      }),
    ]);
    const bamakoAdmin = TestHttpClient.withSession(app, await factory.session(bamakoStaff.admin.id));
    const foreign = await bamakoAdmin.request('GET', `/api/audit-events?entityId=${id}`);
    expect(foreign.json().items).toEqual([]);
  });

  it('pages through the trail with a cursor and filters by user and dates', async () => {
    for (let index = 0; index < 5; index += 1) {
      await angersOfficer.request('POST', `/api/partnerships/${partnershipId}/internal-notes`, {
        body: `Note ${index}`,
      });
    }
    const byOfficer = `userId=${angersStaff.officer.id}&entityType=partnership_internal_note`;
    const first = (await angersAdmin.request('GET', `/api/audit-events?${byOfficer}&limit=4`)).json();
    expect(first.items).toHaveLength(4);
    const second = (
      await angersAdmin.request('GET', `/api/audit-events?${byOfficer}&limit=4&cursor=${first.nextCursor}`)
    ).json();
    const ids = [...first.items, ...second.items].map((event: { id: string }) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const future = (
      await angersAdmin.request('GET', `/api/audit-events?${byOfficer}&from=2999-01-01T00:00:00Z`)
    ).json();
    expect(future.items).toEqual([]);
    const badCursor = await angersAdmin.request('GET', '/api/audit-events?cursor=garbage');
    expect([badCursor.statusCode, badCursor.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
  });

  it('names the partnership, the authorities and the people an event is about, for its own organisation only', async () => {
    const stated = await angersOfficer.request('POST', `/api/partnerships/${partnershipId}/motivations`, {
      category: 'political',
      frameOfReference: 'humanist',
      text: 'Accueillir la diaspora malienne',
    });
    expect(stated.statusCode).toBe(201);
    const page = (
      await angersAdmin.request('GET', `/api/audit-events?entityType=partnership&entityId=${partnershipId}`)
    ).json() as {
      items: Array<{
        action: string;
        entityName: string | null;
        changes: Record<string, { after: unknown }>;
      }>;
      names: Record<string, string>;
    };
    const event = page.items.find((item) => item.action === 'lifecycle.MotivationStated')!;
    const title = (await dataSource.query('SELECT title FROM partnership WHERE id = $1', [partnershipId]))[0]
      .title;
    expect(event.entityName).toBe(title);
    expect(event.changes.partyId?.after).toBe(angers.id);
    expect(page.names[angers.id]).toBe("Ville d'Angers");
    expect(page.names[partnershipId]).toBe(title);

    // An authority outside the partnership whose trail holds its id reads neither its title nor the people.
    const rennes = await factory.organisation('Ville de Rennes');
    const rennesAdmin = TestHttpClient.withSession(
      app,
      await factory.session((await factory.staff(rennes.id)).admin.id),
    );
    await dataSource.query(
      `INSERT INTO audit_event (organisation_id, entity_type, entity_id, action, changes) VALUES ($1, 'partnership', $2, 'partnership.created', $3)`,
      [
        rennes.id,
        partnershipId,
        JSON.stringify({ authorId: { before: null, after: angersStaff.officer.id } }),
      ],
    );
    const outside = (await rennesAdmin.request('GET', `/api/audit-events?entityId=${partnershipId}`)).json();
    expect(outside.items).toHaveLength(1);
    expect(outside.items[0].entityName).toBeNull();
    expect(outside.names).toEqual({});
  });

  it('filters by kinds of event it knows, and refuses others', async () => {
    const users = await angersAdmin.request('GET', '/api/audit-events?entityType=user');
    expect(users.statusCode).toBe(200);
    const unknown = await angersAdmin.request('GET', '/api/audit-events?entityType=nonsense');
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
  });

  it('is append-only in the database itself, for the role the API uses', async () => {
    const repository = dataSource.getRepository(AuditEventEntity);
    await expect(dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    expect(await repository.countBy({ action: 'tampered' })).toBe(0);
  });
});
