import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface DialogueBody {
  version: number;
  plan: {
    audiences: Array<{
      audience: string;
      channels: string[];
      participants: Array<{ name: string; partyId: string }>;
    }>;
    toleranceDays: number;
    proposedAt: string;
    approvedBy: string[];
    awaitingApprovalFrom: string[];
    approvedByAll: boolean;
    coversAllAudiences: boolean;
  } | null;
  dueByAudience: Array<{
    audience: string;
    lastExchangeOn: string | null;
    dueOn: string;
    status: string;
    daysOverdue: number;
  }>;
  fallingAsleep: boolean;
  sleep: { fallingAsleep: boolean; audiences: string[] } | null;
  warnings: Array<{ id: string; details: Record<string, unknown> }>;
  events: {
    items: Array<{ id: string; recordedBy: string; summary: string; decisions: string[] }>;
    nextCursor: string | null;
  };
  parties: Array<{ partyId: string; name: string; usualChannels: string[]; usableChannels: string[] }>;
}

describe('step 5: dialogue plan and exchanges', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let bamakoStaff: Record<UserRole, UserEntity>;
  let angersOfficer: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let stranger: TestHttpClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    angersStaff = await factory.staff(angers.id);
    bamakoStaff = await factory.staff(bamako.id);
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    angersViewer = TestHttpClient.withSession(app, await factory.session(angersStaff.viewer.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    bamakoElected = TestHttpClient.withSession(app, await factory.session(bamakoStaff.elected.id));
    stranger = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(rennes.id, 'officer')).id),
    );
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  /** A fresh partnership between Angers (initiator) and a partner, Bamako unless told. */
  async function partnership(partnerId = bamako.id): Promise<string> {
    return (await factory.partnership(angers.id, angersStaff.officer.id, [partnerId])).id;
  }

  const dialogueUrl = (partnershipId: string, path = '') =>
    `/api/partnerships/${partnershipId}/dialogue${path}`;

  async function read(partnershipId: string, client = angersOfficer): Promise<DialogueBody> {
    const response = await client.request('GET', dialogueUrl(partnershipId));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const user = (entity: UserEntity, role: string) => ({
    userId: entity.id,
    partyId: entity.organisationId,
    role,
  });

  function planBody(partnerId = bamako.id, partner = bamakoStaff) {
    return {
      audiences: [
        {
          audience: 'elected_officials',
          cadence: { every: 3, unit: 'month' },
          channels: ['video_call', 'in_person'],
          participants: [user(angersStaff.elected, 'elected'), user(partner.elected, 'elected')],
        },
        {
          audience: 'technicians',
          cadence: { every: 1, unit: 'month' },
          channels: ['email', 'instant_messaging'],
          participants: [user(angersStaff.officer, 'technician'), user(partner.officer, 'technician')],
        },
        {
          audience: 'territory_actors',
          cadence: { every: 6, unit: 'month' },
          channels: ['in_person'],
          participants: [
            { name: 'Association Angers–Bamako', partyId: angers.id, role: 'territory_actor' },
            { name: 'Coopérative des maraîchers', partyId: partnerId, role: 'territory_actor' },
          ],
        },
      ],
      toleranceDays: 14,
    };
  }

  async function agreedPlan(partnershipId: string): Promise<DialogueBody> {
    const proposed = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version: (await read(partnershipId)).version,
    });
    expect(proposed.statusCode).toBe(200);
    const approved = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/plan/approval'), {
      version: proposed.json().version,
    });
    expect(approved.statusCode).toBe(200);
    return approved.json();
  }

  /** Moves the plan's proposal back in time, as if it had been agreed `days` ago. */
  async function proposedDaysAgo(partnershipId: string, days: number): Promise<void> {
    const at = new Date(Date.now() - days * 86_400_000).toISOString();
    await dataSource.query(`UPDATE dialogue_plan SET proposed_at = $1 WHERE partnership_id = $2`, [
      at,
      partnershipId,
    ]);
    // The stored summary was computed with the plan as it was: the partnership's revision says it changed.
    await dataSource.query('UPDATE partnership SET revision = revision + 1 WHERE id = $1', [partnershipId]);
  }

  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

  it('has no plan at first and tells each party’s usual and workable channels', async () => {
    const partnershipId = await partnership();
    const body = await read(partnershipId);
    expect(body).toMatchObject({ plan: null, dueByAudience: [], fallingAsleep: false, sleep: null });
    expect(body.events).toEqual({ items: [], nextCursor: null });
    expect(body.parties.map((party) => party.name)).toEqual(["Ville d'Angers", 'District de Bamako']);
    expect(body.parties[1]).toMatchObject({
      usualChannels: ['email', 'phone', 'video_call', 'in_person'],
      usableChannels: expect.arrayContaining(['video_call', 'postal_mail']),
    });
  });

  it('lets one party propose the plan and the other approve it, after which every party has agreed', async () => {
    const partnershipId = await partnership();
    const proposed = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version: (await read(partnershipId)).version,
    });
    expect(proposed.statusCode).toBe(200);
    const afterProposal = proposed.json() as DialogueBody;
    expect(afterProposal.plan).toMatchObject({
      toleranceDays: 14,
      approvedBy: [angers.id],
      awaitingApprovalFrom: [bamako.id],
      approvedByAll: false,
      coversAllAudiences: true,
    });
    expect(afterProposal.plan?.audiences.map((audience) => audience.audience)).toEqual([
      'elected_officials',
      'technicians',
      'territory_actors',
    ]);
    expect(afterProposal.plan?.audiences[2]?.participants.map((person) => person.name)).toEqual([
      'Association Angers–Bamako',
      'Coopérative des maraîchers',
    ]);
    expect(afterProposal.dueByAudience.map((due) => [due.audience, due.status, due.lastExchangeOn])).toEqual([
      ['elected_officials', 'on_track', null],
      ['technicians', 'on_track', null],
      ['territory_actors', 'on_track', null],
    ]);

    // The partner authority approves for its own party.
    const approved = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/plan/approval'), {
      version: afterProposal.version,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().plan).toMatchObject({
      approvedBy: [angers.id, bamako.id],
      awaitingApprovalFrom: [],
      approvedByAll: true,
    });
    const assessment = (
      await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/assessment`)
    ).json();
    const convention = assessment.steps.find((step: { step: string }) => step.step === 'CONVENTION');
    expect(
      convention.criteria.find(
        (criterion: { id: string }) => criterion.id === 'CONVENTION.DIALOGUE_PLAN_AGREED',
      ).met,
    ).toBe(true);

    const again = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/plan/approval'), {
      version: approved.json().version,
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'DIALOGUE.ALREADY_APPROVED']);
  });

  it('sends a re-proposed plan back to the other party for approval', async () => {
    const partnershipId = await partnership();
    const agreed = await agreedPlan(partnershipId);
    const body = planBody();
    body.audiences[1]!.cadence = { every: 2, unit: 'week' };
    const replaced = await bamakoOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...body,
      version: agreed.version,
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().plan).toMatchObject({
      approvedBy: [bamako.id],
      awaitingApprovalFrom: [angers.id],
      approvedByAll: false,
    });
  });

  it('refuses a channel that does not work with a party’s constraints, with 422', async () => {
    const kayes = await factory.organisation('Commune de Kayes', 'ML');
    await dataSource
      .getRepository(OrganisationEntity)
      .update(kayes.id, { internetReliability: 'poor', usualChannels: ['phone', 'in_person'] });
    const kayesStaff = await factory.staff(kayes.id);
    const partnershipId = await partnership(kayes.id);
    const response = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(kayes.id, kayesStaff),
      version: (await read(partnershipId)).version,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'DIALOGUE.CHANNEL_NOT_USABLE',
      details: { audience: 'elected_officials', channel: 'video_call', partyIds: [kayes.id] },
    });
    const body = await read(partnershipId);
    expect(body.plan).toBeNull();
    expect(body.parties.find((party) => party.partyId === kayes.id)?.usableChannels).toEqual([
      'phone',
      'postal_mail',
      'in_person',
    ]);
  });

  it('refuses a plan where a side names nobody for an audience', async () => {
    const partnershipId = await partnership();
    const body = planBody();
    body.audiences[0]!.participants = [user(angersStaff.elected, 'elected')];
    const response = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...body,
      version: (await read(partnershipId)).version,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'DIALOGUE.PARTICIPANTS_MISSING',
      details: { partyIds: [bamako.id] },
    });
  });

  it('lets the partner authority log an exchange, which moves the next due date and wakes the relation', async () => {
    const partnershipId = await partnership();
    await agreedPlan(partnershipId);
    await proposedDaysAgo(partnershipId, 75);
    const asleep = await read(partnershipId, bamakoOfficer);
    const technicians = asleep.dueByAudience.find((due) => due.audience === 'technicians');
    expect(technicians).toMatchObject({ status: 'overdue', lastExchangeOn: null });
    expect(technicians!.daysOverdue).toBeGreaterThan(14);
    expect(asleep.fallingAsleep).toBe(true);
    expect(asleep.sleep?.audiences).toEqual(['technicians']);
    expect(asleep.warnings.map((warning) => warning.id)).toEqual(
      expect.arrayContaining(['DIALOGUE.EXCHANGE_OVERDUE', 'DIALOGUE.FALLING_ASLEEP']),
    );

    // No version: an exchange is appended, whatever changed meanwhile.
    const logged = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
      audience: 'technicians',
      occurredAt: hoursAgo(2),
      channel: 'instant_messaging',
      participants: [user(bamakoStaff.officer, 'technician'), user(angersStaff.officer, 'technician')],
      summary: '  Point sur le cahier des charges du forage  ',
      decisions: ['Envoyer le cahier des charges avant vendredi', ' '],
    });
    expect(logged.statusCode).toBe(201);
    // The answer is the exchange stored; the dialogue, read again, has moved on.
    expect(logged.json()).toMatchObject({ recordedBy: bamako.id, audience: 'technicians' });
    const after = await read(partnershipId, bamakoOfficer);
    expect(after.events.items[0]).toMatchObject({
      recordedBy: bamako.id,
      summary: 'Point sur le cahier des charges du forage',
      decisions: ['Envoyer le cahier des charges avant vendredi'],
    });
    const moved = after.dueByAudience.find((due) => due.audience === 'technicians')!;
    expect(moved.lastExchangeOn).not.toBeNull();
    expect(moved.dueOn > technicians!.dueOn).toBe(true);
    expect(moved.status).toBe('on_track');
    expect(after.fallingAsleep).toBe(false);

    // Elected officials of the partner authority log their exchanges too; the initiator reads them.
    const byElected = await bamakoElected.request('POST', dialogueUrl(partnershipId, '/events'), {
      audience: 'elected_officials',
      occurredAt: hoursAgo(1),
      channel: 'phone',
      participants: [user(bamakoStaff.elected, 'elected'), user(angersStaff.elected, 'elected')],
      summary: 'Échange entre les maires sur la prochaine visite',
      decisions: [],
    });
    expect(byElected.statusCode).toBe(201);
    const seenByInitiator = await read(partnershipId);
    expect(seenByInitiator.events.items.map((event) => event.recordedBy)).toEqual([bamako.id, bamako.id]);
    expect(seenByInitiator.events.items[0]?.summary).toBe('Échange entre les maires sur la prochaine visite');
  });

  it('pages through exchanges newest first', async () => {
    const partnershipId = await partnership();
    for (const [index, hours] of [30, 20, 10].entries()) {
      const response = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
        audience: 'technicians',
        occurredAt: hoursAgo(hours),
        channel: 'email',
        participants: [],
        summary: `Échange ${index + 1}`,
        decisions: [],
      });
      expect(response.statusCode).toBe(201);
    }
    const first = (await angersOfficer.request('GET', dialogueUrl(partnershipId, '/events?limit=2'))).json();
    expect(first.items.map((event: { summary: string }) => event.summary)).toEqual([
      'Échange 3',
      'Échange 2',
    ]);
    const second = (
      await angersOfficer.request(
        'GET',
        dialogueUrl(partnershipId, `/events?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`),
      )
    ).json();
    expect(second).toEqual({ items: [expect.objectContaining({ summary: 'Échange 1' })], nextCursor: null });
    const filtered = await angersOfficer.request(
      'GET',
      dialogueUrl(partnershipId, '/events?audience=elected_officials'),
    );
    expect(filtered.json().items).toEqual([]);
    const badCursor = await angersOfficer.request('GET', dialogueUrl(partnershipId, '/events?cursor=nope'));
    expect([badCursor.statusCode, badCursor.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);
  });

  it('answers invalid exchanges with field errors or the method’s refusal, writing nothing', async () => {
    const partnershipId = await partnership();
    const before = await read(partnershipId);
    const valid = {
      audience: 'technicians',
      occurredAt: hoursAgo(1),
      channel: 'email',
      participants: [],
      summary: 'Compte rendu',
      decisions: [],
    };
    const shapes = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
      ...valid,
      audience: 'mayors',
      occurredAt: '2026-11-20T15:30:00',
      channel: 'pigeon',
      summary: '',
    });
    expect(shapes.statusCode).toBe(422);
    expect((shapes.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'audience',
      'channel',
      'occurredAt',
      'summary',
    ]);
    const future = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
      ...valid,
      occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect([future.statusCode, future.json().code]).toEqual([422, 'DIALOGUE.EVENT_IN_FUTURE']);
    const outsider = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
      ...valid,
      participants: [
        { name: 'Quelqu’un de Rennes', partyId: (await factory.organisation()).id, role: 'technician' },
      ],
    });
    expect([outsider.statusCode, outsider.json().code]).toEqual([422, 'VISIT.MEMBER_OTHER_PARTY']);
    const badCadence = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      toleranceDays: -1,
      version: before.version,
    });
    expect(badCadence.json().errors).toEqual([
      expect.objectContaining({ field: 'toleranceDays', rule: 'min' }),
    ]);
    const noPlan = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/plan/approval'), {
      version: before.version,
    });
    expect([noPlan.statusCode, noPlan.json().code]).toEqual([409, 'DIALOGUE.NO_PLAN']);
    expect((await read(partnershipId)).version).toBe(before.version);
  });

  it('checks a plan change against the plan as read only: other edits meanwhile refuse nothing, one of two proposals does', async () => {
    const partnershipId = await partnership();
    const proposed = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version: 0,
    });
    expect([proposed.statusCode, proposed.json().version]).toEqual([200, 1]);
    // Meanwhile the initiator records a stake: the partnership's document moves on, the plan does not.
    const stake = await angersOfficer.request('POST', `/api/partnerships/${partnershipId}/stakes`, {
      title: 'Gestion de l’eau',
      cooperationCanBeLever: true,
    });
    expect(stake.statusCode).toBe(201);
    const approved = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/plan/approval'), {
      version: 1,
    });
    expect([approved.statusCode, approved.json().plan.approvedByAll]).toEqual([200, true]);

    // Two proposals made on the same plan: one lands, the other is told the plan changed.
    const [first, second] = await Promise.all(
      [3, 5].map((toleranceDays) =>
        angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
          ...planBody(),
          toleranceDays,
          version: 2,
        }),
      ),
    );
    expect([first!.statusCode, second!.statusCode].sort()).toEqual([200, 409]);
    const loser = [first!, second!].find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: 3 });
    expect((await read(partnershipId)).version).toBe(3);
  });

  it('refuses a plan proposed on a stale version with 409', async () => {
    const partnershipId = await partnership();
    const agreed = await agreedPlan(partnershipId);
    const stalePlan = await angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version: agreed.version - 1,
    });
    expect(stalePlan.statusCode).toBe(409);
    expect(stalePlan.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: agreed.version });
  });

  it('appends an exchange as a row with its audit row, leaving the partnership’s version alone, or writes nothing', async () => {
    const partnershipId = await partnership();
    await agreedPlan(partnershipId);
    const [{ revision, version }] = await dataSource.query(
      'SELECT revision, version FROM partnership WHERE id = $1',
      [partnershipId],
    );
    const stored = async () => {
      const [row] = await dataSource.query(
        `SELECT p.version, p.revision,
                (SELECT count(*)::int FROM dialogue_exchange e WHERE e.partnership_id = p.id) AS exchanges,
                (SELECT count(*)::int FROM audit_event a
                  WHERE a.entity_id = p.id::text AND a.action = 'lifecycle.DialogueEventRecorded') AS audited
           FROM partnership p WHERE p.id = $1`,
        [partnershipId],
      );
      return row as { version: number; revision: number; exchanges: number; audited: number };
    };
    const exchange = {
      audience: 'technicians',
      occurredAt: hoursAgo(1),
      channel: 'email',
      participants: [user(angersStaff.officer, 'technician')],
      summary: 'Compte rendu du comité technique',
      decisions: [],
    };

    const logged = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), exchange);
    expect(logged.statusCode).toBe(201);
    // The version clients edit under is untouched; the revision stored summaries compare with counts it.
    const afterOne = { version, revision: revision + 1, exchanges: 1, audited: 1 };
    expect(await stored()).toEqual(afterOne);
    const [row] = await dataSource.query(
      'SELECT recorded_by_organisation_id, recorded_by_user_id, summary FROM dialogue_exchange WHERE partnership_id = $1',
      [partnershipId],
    );
    expect(row).toEqual({
      recorded_by_organisation_id: angers.id,
      recorded_by_user_id: angersStaff.officer.id,
      summary: 'Compte rendu du comité technique',
    });
    const angersAdmin = TestHttpClient.withSession(app, await factory.session(angersStaff.admin.id));
    const page = await angersAdmin.request(
      'GET',
      `/api/audit-events?entityType=partnership&entityId=${partnershipId}`,
    );
    expect(page.json().items[0]).toMatchObject({
      action: 'lifecycle.DialogueEventRecorded',
      actorUserId: angersStaff.officer.id,
      requestId: logged.headers['x-request-id'],
      changes: { audience: { before: null, after: 'technicians' } },
    });

    // Refused (in the future, a stranger, an id that is not one): nothing written, 404 for the last two.
    const inFuture = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
      ...exchange,
      occurredAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect([inFuture.statusCode, inFuture.json().code]).toEqual([422, 'DIALOGUE.EVENT_IN_FUTURE']);
    const fromStranger = await stranger.request('POST', dialogueUrl(partnershipId, '/events'), exchange);
    expect([fromStranger.statusCode, fromStranger.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const notAnId = await angersOfficer.request(
      'POST',
      dialogueUrl('not-a-partnership', '/events'),
      exchange,
    );
    expect([notAnId.statusCode, notAnId.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    expect(await stored()).toEqual(afterOne);
  });

  it('stores every one of twenty exchanges logged at once, by both parties', async () => {
    const partnershipId = await partnership();
    const agreed = await agreedPlan(partnershipId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? angersOfficer : bamakoOfficer).request(
          'POST',
          dialogueUrl(partnershipId, '/events'),
          {
            audience: 'technicians',
            occurredAt: hoursAgo(index + 1),
            channel: 'email',
            participants: [],
            summary: `Échange ${index + 1}`,
            decisions: [],
          },
        ),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    const [{ exchanges }] = await dataSource.query(
      'SELECT count(*)::int AS exchanges FROM dialogue_exchange WHERE partnership_id = $1',
      [partnershipId],
    );
    expect(exchanges).toBe(20);
    const page = await angersOfficer.request('GET', dialogueUrl(partnershipId, '/events?limit=50'));
    expect(page.json().items).toHaveLength(20);
    expect((await read(partnershipId)).version).toBe(agreed.version);
  });

  it('lets the partner log an exchange while the initiator re-proposes the plan, both at once', async () => {
    const partnershipId = await partnership();
    const agreed = await agreedPlan(partnershipId);
    const [exchange, plan] = await Promise.all([
      bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/events'), {
        audience: 'elected_officials',
        occurredAt: hoursAgo(1),
        channel: 'phone',
        participants: [],
        summary: 'Appel des maires',
        decisions: [],
      }),
      angersOfficer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
        ...planBody(),
        toleranceDays: 21,
        version: agreed.version,
      }),
    ]);
    expect([exchange.statusCode, plan.statusCode]).toEqual([201, 200]);
    const after = await read(partnershipId);
    expect(after.events.items.map((item) => item.summary)).toEqual(['Appel des maires']);
    expect(after.plan?.toleranceDays).toBe(21);
  });

  it('stores an exchange sent again with its Idempotency-Key once, and refuses the key with another request', async () => {
    const partnershipId = await partnership();
    const body = {
      audience: 'technicians',
      occurredAt: hoursAgo(3),
      channel: 'email',
      participants: [user(bamakoStaff.officer, 'technician')],
      summary: 'Compte rendu envoyé depuis le terrain',
      decisions: ['Relancer le fournisseur'],
    };
    const key = { headers: { 'idempotency-key': '6b0f8a57-5c1e-4c8e-9a53-2f4f8f1d2c10' } };
    const first = await bamakoOfficer.request('POST', dialogueUrl(partnershipId, '/events'), body, key);
    // The same request again (fields in another order): the answer again, nothing more stored.
    const { summary, ...rest } = body;
    const again = await bamakoOfficer.request(
      'POST',
      dialogueUrl(partnershipId, '/events'),
      { summary, ...rest },
      key,
    );
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    expect(first.json()).toMatchObject({
      summary: 'Compte rendu envoyé depuis le terrain',
      recordedBy: bamako.id,
    });
    const count = async () =>
      (
        await dataSource.query('SELECT count(*)::int AS n FROM dialogue_exchange WHERE partnership_id = $1', [
          partnershipId,
        ])
      )[0].n as number;
    expect(await count()).toBe(1);

    const otherRequest = await bamakoOfficer.request(
      'POST',
      dialogueUrl(partnershipId, '/events'),
      { ...body, summary: 'Un autre échange' },
      key,
    );
    expect([otherRequest.statusCode, otherRequest.json().code]).toEqual([
      422,
      'REQUEST.IDEMPOTENCY_KEY_REUSED',
    ]);
    // The other party's key space is its own: the same key from the initiator is a new exchange.
    const fromInitiator = await angersOfficer.request(
      'POST',
      dialogueUrl(partnershipId, '/events'),
      body,
      key,
    );
    expect(fromInitiator.statusCode).toBe(201);
    const badKey = await angersOfficer.request('POST', dialogueUrl(partnershipId, '/events'), body, {
      headers: { 'idempotency-key': 'x'.repeat(256) },
    });
    expect([badKey.statusCode, badKey.json().code]).toEqual([400, 'REQUEST.IDEMPOTENCY_KEY_INVALID']);
    expect(await count()).toBe(2);
  });

  it('hides the dialogue from non-parties and keeps viewers to reading', async () => {
    const partnershipId = await partnership();
    const { version } = await read(partnershipId);
    const byStranger = await stranger.request('GET', dialogueUrl(partnershipId));
    expect([byStranger.statusCode, byStranger.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const strangerPlan = await stranger.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version,
    });
    expect(strangerPlan.statusCode).toBe(404);
    const strangerEvents = await stranger.request('GET', dialogueUrl(partnershipId, '/events'));
    expect(strangerEvents.statusCode).toBe(404);

    expect((await angersViewer.request('GET', dialogueUrl(partnershipId))).statusCode).toBe(200);
    const viewerPlan = await angersViewer.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version,
    });
    expect([viewerPlan.statusCode, viewerPlan.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const viewerEvent = await angersViewer.request('POST', dialogueUrl(partnershipId, '/events'), {
      audience: 'technicians',
      occurredAt: hoursAgo(1),
      channel: 'email',
      participants: [],
      summary: 'Compte rendu',
      decisions: [],
    });
    expect(viewerEvent.statusCode).toBe(403);
    // Elected officials log exchanges but do not run the plan.
    const electedPlan = await bamakoElected.request('PUT', dialogueUrl(partnershipId, '/plan'), {
      ...planBody(),
      version,
    });
    expect(electedPlan.statusCode).toBe(403);
  });
});
