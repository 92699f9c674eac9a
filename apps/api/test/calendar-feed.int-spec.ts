import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addDays, addMonths } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { hashToken } from '../src/auth/tokens';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const FEED = '/api/me/calendar-feed';
const DAY_MS = 86_400_000;
/** The calendar date `offset` days from today; days of margin keep time zones out of the way. */
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const icsDate = (date: string) => date.replace(/-/g, '');

/** The content lines of an iCalendar document, long lines unfolded. */
const contentLines = (body: string) => body.replace(/\r\n /g, '').split('\r\n');

/** Each VEVENT as a map of its properties (name with parameters → value). */
function eventsOf(body: string): Array<Map<string, string>> {
  const events: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of contentLines(body)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

describe('personal calendar feed', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let bamakoStaff: Record<UserRole, UserEntity>;
  let officer: TestHttpClient;
  let active: string;
  let upcomingVisitId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url, { PUBLIC_URL: 'https://passerelle.test' }));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    const dakar = await factory.organisation('Ville de Dakar', 'SN');
    const rennes = await factory.organisation('Ville de Rennes');
    angersStaff = await factory.staff(angers.id);
    bamakoStaff = await factory.staff(bamako.id);
    officer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    const bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    const rennesOfficer = await factory.user(rennes.id, 'officer');

    // Angers–Bamako, active: an upcoming visit, a cancelled one, a past one, and a dialogue plan.
    active = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    upcomingVisitId = await planVisit(officer, active, bamako.id, {
      startsOn: day(30),
      endsOn: day(33),
      purpose: 'Rencontre des services de l’eau, suivi; bilan',
    });
    const cancelled = await planVisit(officer, active, bamako.id, {
      startsOn: day(60),
      endsOn: day(62),
      purpose: 'Mission annulée',
    });
    const cancellation = await officer.request(
      'POST',
      `/api/partnerships/${active}/visits/${cancelled}/cancellation`,
      { reason: 'Report des élections', version: await versionOf(active) },
    );
    expect(cancellation.statusCode).toBe(200);
    await planVisit(officer, active, bamako.id, {
      startsOn: day(-40),
      endsOn: day(-37),
      purpose: 'Mission passée',
    });
    const plan = await officer.request('PUT', `/api/partnerships/${active}/dialogue/plan`, {
      audiences: [
        {
          audience: 'technicians',
          cadence: { every: 1, unit: 'month' },
          channels: ['email'],
          participants: [
            { userId: angersStaff.officer.id, partyId: angers.id, role: 'technician' },
            { userId: bamakoStaff.officer.id, partyId: bamako.id, role: 'technician' },
          ],
        },
      ],
      toleranceDays: 14,
      version: 0, // no plan yet
    });
    expect(plan.statusCode).toBe(200);

    // Angers–Dakar, suspended: its visit is not in the feed.
    const suspended = (await factory.partnership(angers.id, angersStaff.officer.id, [dakar.id])).id;
    await planVisit(officer, suspended, dakar.id, {
      startsOn: day(20),
      endsOn: day(21),
      purpose: 'Mission chez Dakar',
    });
    await dataSource.query(`UPDATE partnership SET status = 'suspended' WHERE id = $1`, [suspended]);

    // Bamako–Rennes, where Angers is no party: never in Angers' feed.
    const foreign = (await factory.partnership(bamako.id, bamakoStaff.officer.id, [rennes.id])).id;
    await planVisit(bamakoOfficer, foreign, rennes.id, {
      startsOn: day(25),
      endsOn: day(26),
      purpose: 'Mission chez Rennes',
      delegation: [{ userId: bamakoStaff.officer.id, partyId: bamako.id, role: 'technician' }],
      hosts: [{ userId: rennesOfficer.id, partyId: rennes.id, role: 'technician' }],
    });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function versionOf(partnershipId: string): Promise<number> {
    const rows: Array<{ version: number }> = await dataSource.query(
      'SELECT version FROM partnership WHERE id = $1',
      [partnershipId],
    );
    return rows[0]!.version;
  }

  /** Plans a visit of the client's authority to `hostId`; answers its id. */
  async function planVisit(
    client: TestHttpClient,
    partnershipId: string,
    hostId: string,
    fields: { startsOn: string; endsOn: string; purpose: string; delegation?: unknown[]; hosts?: unknown[] },
  ): Promise<string> {
    const response = await client.request('POST', `/api/partnerships/${partnershipId}/visits`, {
      direction: 'to_partner',
      partnerPartyId: hostId,
      agenda: ['Visite de la station de pompage', 'Réunion, à la mairie'],
      delegation: [{ userId: angersStaff.officer.id, partyId: angers.id, role: 'technician' }],
      hosts: [{ name: 'Régie des eaux', partyId: hostId, role: 'technician' }],
      travelAdvisory: { level: 'normal_vigilance', source: 'France Diplomatie', checkedOn: day(-1) },
      ...fields,
    });
    expect([response.statusCode, response.json().code]).toEqual([201, undefined]);
    return (response.json().visits as Array<{ id: string; purpose: string }>).find(
      (visit) => visit.purpose === fields.purpose,
    )!.id;
  }

  /** Makes a feed for the client's user; answers its address. */
  async function createFeed(client: TestHttpClient): Promise<string> {
    const response = await client.request('POST', FEED);
    expect(response.statusCode).toBe(201);
    return response.json().url as string;
  }

  /** Fetches a feed the way a calendar server does: no cookie, no CSRF token. */
  function fetchFeed(url: string, headers: Record<string, string> = {}) {
    return app.inject({ method: 'GET', url: new URL(url).pathname, headers });
  }

  it('makes a feed address once, keeping only a hash of its secret, and tells whether one works', async () => {
    const organisation = await factory.organisation();
    const user = await factory.user(organisation.id, 'viewer');
    const client = TestHttpClient.withSession(app, await factory.session(user.id));
    expect((await client.request('GET', FEED)).json()).toEqual({ active: false, createdAt: null });

    const created = await client.request('POST', FEED);

    expect(created.statusCode).toBe(201);
    const body = created.json();
    const token = /^https:\/\/passerelle\.test\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(body.url)?.[1];
    expect(token).toBeDefined();
    expect(body.webcalUrl).toBe(`webcal://passerelle.test/api/calendar/${token}.ics`);
    const rows: Array<{ token_hash: string }> = await dataSource.query(
      'SELECT token_hash FROM calendar_feed WHERE user_id = $1',
      [user.id],
    );
    expect(rows).toEqual([{ token_hash: hashToken(token!) }]);
    const audit: Array<{ action: string; changes: object }> = await dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'calendar_feed' AND actor_user_id = $1`,
      [user.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['calendar_feed.created']);
    expect(JSON.stringify(audit)).not.toContain(token);
    const status = (await client.request('GET', FEED)).json();
    expect(status).toEqual({ active: true, createdAt: body.createdAt });
  });

  it('serves upcoming visits and due exchanges of the active partnerships of my authority, in French', async () => {
    const response = await fetchFeed(await createFeed(officer));

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    const lines = contentLines(response.body);
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Passerelle//Calendar feed//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toContain("X-WR-CALNAME:Passerelle – Ville d'Angers");
    expect(response.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    // The past visit (technicians on board) was the last exchange: the monthly one is overdue since.
    const events = eventsOf(response.body);
    expect(events.map((event) => event.get('UID'))).toEqual([
      `dialogue-${active}-technicians@passerelle.test`,
      `visit-${upcomingVisitId}@passerelle.test`,
    ]);
    const [due, visit] = events as [Map<string, string>, Map<string, string>];
    expect(visit.get('DTSTART;VALUE=DATE')).toBe(icsDate(day(30)));
    expect(visit.get('DTEND;VALUE=DATE')).toBe(icsDate(day(34)));
    expect(visit.get('SUMMARY')).toBe(
      'Mission chez District de Bamako : Rencontre des services de l’eau\\, suivi\\; bilan',
    );
    expect(visit.get('DESCRIPTION')).toContain('\\nProgramme :\\n• Visite de la station de pompage');
    expect(visit.get('DESCRIPTION')).toContain(
      `https://passerelle.test/partenariats/${active}/missions#mission-${upcomingVisitId}`,
    );
    expect(visit.get('URL')).toBe(
      `https://passerelle.test/partenariats/${active}/missions#mission-${upcomingVisitId}`,
    );
    expect(visit.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(due.get('SUMMARY')).toMatch(/^Échange en retard \(techniciens\) – Partenariat /);
    const dueOn = addMonths(day(-37), 1);
    expect(due.get('DTSTART;VALUE=DATE')).toBe(icsDate(dueOn));
    expect(due.get('DTEND;VALUE=DATE')).toBe(icsDate(addDays(dueOn, 1)));
    expect(due.get('URL')).toBe(`https://passerelle.test/partenariats/${active}/dialogue`);
  });

  it('words the feed in English for a user who prefers English, and is seen from the host side', async () => {
    const bamakoEnglish = await factory.user(bamako.id, 'viewer', { preferredLanguage: 'en' });
    const client = TestHttpClient.withSession(app, await factory.session(bamakoEnglish.id));

    const response = await fetchFeed(await createFeed(client));

    expect(response.statusCode).toBe(200);
    expect(contentLines(response.body)).toContain('PRODID:-//Passerelle//Calendar feed//EN');
    const summaries = eventsOf(response.body).map((event) => event.get('SUMMARY'));
    expect(summaries).toContain(
      "Hosting the delegation of Ville d'Angers: Rencontre des services de l’eau\\, suivi\\; bilan",
    );
    expect(summaries).toContain('Visit to Ville de Rennes: Mission chez Rennes');
    expect(summaries.some((summary) => summary?.startsWith('Exchange overdue (technicians) – '))).toBe(true);
  });

  it('shows a contributor, who sees no partnership yet, an empty calendar', async () => {
    const contributor = TestHttpClient.withSession(app, await factory.session(angersStaff.contributor.id));
    const response = await fetchFeed(await createFeed(contributor));
    expect(response.statusCode).toBe(200);
    expect(eventsOf(response.body)).toEqual([]);
  });

  it('stops the old address when a new one is made, and every address when revoked', async () => {
    const first = await createFeed(officer);
    const second = await createFeed(officer);

    const replaced = await fetchFeed(first);
    expect([replaced.statusCode, replaced.json().code]).toEqual([404, 'CALENDAR_FEED.NOT_FOUND']);
    expect((await fetchFeed(second)).statusCode).toBe(200);

    const revoked = await officer.request('DELETE', FEED);
    expect(revoked.statusCode).toBe(204);
    expect((await fetchFeed(second)).statusCode).toBe(404);
    expect((await officer.request('GET', FEED)).json()).toEqual({ active: false, createdAt: null });
    expect((await officer.request('DELETE', FEED)).statusCode).toBe(204);
    const actions: Array<{ action: string }> = await dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'calendar_feed' AND actor_user_id = $1 ORDER BY occurred_at, action`,
      [angersStaff.officer.id],
    );
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining(['calendar_feed.replaced', 'calendar_feed.revoked']),
    );
  });

  it('answers 404 for an unknown address and for a disabled user’s feed', async () => {
    const unknown = await fetchFeed(`https://passerelle.test/api/calendar/${'A'.repeat(43)}.ics`);
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'CALENDAR_FEED.NOT_FOUND']);
    const malformed = await fetchFeed('https://passerelle.test/api/calendar/short.ics');
    expect(malformed.statusCode).toBe(404);

    const leaving = await factory.user(angers.id, 'officer');
    const url = await createFeed(TestHttpClient.withSession(app, await factory.session(leaving.id)));
    await dataSource.manager.update(UserEntity, { id: leaving.id }, { disabledAt: new Date() });
    expect((await fetchFeed(url)).statusCode).toBe(404);
  });

  it('refuses a client address that keeps asking for unknown feeds, for a while', async () => {
    const url = await createFeed(
      TestHttpClient.withSession(app, await factory.session(angersStaff.viewer.id)),
    );
    const prober = { 'x-forwarded-for': '203.0.113.7' };
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const miss = await fetchFeed(`https://passerelle.test/api/calendar/guess${attempt}.ics`, prober);
      expect(miss.statusCode).toBe(404);
    }

    const blocked = await fetchFeed(url, prober);

    expect([blocked.statusCode, blocked.json().code]).toEqual([429, 'REQUEST.TOO_MANY']);
    expect(blocked.json().retryAfterSeconds).toBeGreaterThan(0);
    expect((await fetchFeed(url, { 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(200);
  });

  it('does not let a client that is not a trusted proxy pick its address with X-Forwarded-For', async () => {
    const url = await createFeed(
      TestHttpClient.withSession(app, await factory.session(angersStaff.viewer.id)),
    );
    // Straight from the internet (not loopback): each request claims another address.
    const fromOutside = (path: string, attempt: number) =>
      app.inject({
        method: 'GET',
        url: new URL(path).pathname,
        remoteAddress: '192.0.2.44',
        headers: { 'x-forwarded-for': `198.51.100.${attempt % 250}` },
      });
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const miss = await fromOutside(`https://passerelle.test/api/calendar/probe${attempt}.ics`, attempt);
      expect(miss.statusCode).toBe(404);
    }

    const blocked = await fromOutside(url, 61);

    expect([blocked.statusCode, blocked.json().code]).toEqual([429, 'REQUEST.TOO_MANY']);
  });
});
