import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import type { UserRole } from '../src/users/user-role';
import type { UserEntity } from '../src/users/user.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface PersonBody {
  personId: string;
  name: string;
  partyId: string;
  role: string;
}

interface WarningBody {
  id: string;
  details: Record<string, unknown>;
}

interface FollowUpBody {
  id: string;
  title: string;
  owner: PersonBody;
  dueOn: string;
  doneOn: string | null;
}

interface VisitBody {
  id: string;
  version: number;
  direction: string;
  partnerPartyId: string;
  visitingPartyId: string;
  hostPartyId: string;
  startsOn: string;
  endsOn: string;
  purpose: string;
  agenda: string[];
  delegation: PersonBody[];
  hosts: PersonBody[];
  travelAdvisory: { level: string; source: string; checkedOn: string } | null;
  travelApproval: {
    approvedBy: PersonBody;
    approvedAt: string;
    reason: string | null;
    decisionRef: string | null;
  } | null;
  awaitsTravelApproval: boolean;
  state: string;
  report: { summary: string; outcomes: string[]; peopleMet: string[]; followUps: FollowUpBody[] } | null;
  warnings: WarningBody[];
}

interface VisitsBody {
  visits: VisitBody[];
  warnings: WarningBody[];
  parties: Array<{ partyId: string; name: string; role: string; people: PersonBody[] }>;
}

type Url = (path?: string) => string;
type Staff = Record<UserRole, UserEntity>;

const DAY_MS = 86_400_000;
/** The calendar date `offset` days from today; every test keeps days of margin, so time zones never matter. */
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const PAST = { startsOn: day(-60), endsOn: day(-56) };
const LATER_PAST = { startsOn: day(-20), endsOn: day(-16) };
const UPCOMING = { startsOn: day(30), endsOn: day(34) };
const ADVISORY = { level: 'normal_vigilance', source: 'France Diplomatie', checkedOn: day(-1) };
const RED_ZONE = { level: 'formally_advised_against', source: 'France Diplomatie', checkedOn: day(-1) };
const ORANGE_ZONE = { ...RED_ZONE, level: 'advised_against_except_essential' };
const REASON = 'Mettre en service la station de pompage avant la saison des pluies';

const asUser = (user: UserEntity, role: string) => ({ userId: user.id, partyId: user.organisationId, role });
const named = (name: string, partyId: string, role: string) => ({ name, partyId, role });
const ids = (warnings: readonly WarningBody[]) => warnings.map((warning) => warning.id);

describe('step 4: delegation visits', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angersId: string;
  let bamakoId: string;
  let tunisId: string;
  let angersStaff: Staff;
  let bamakoStaff: Staff;
  let tunisStaff: Staff;
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let tunisOfficer: TestHttpClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angersId = (await factory.organisation("Ville d'Angers")).id;
    bamakoId = (await factory.organisation('District de Bamako', 'ML')).id;
    tunisId = (await factory.organisation('Commune de Tunis', 'TN')).id;
    angersStaff = await factory.staff(angersId);
    bamakoStaff = await factory.staff(bamakoId);
    tunisStaff = await factory.staff(tunisId);
    const client = async (user: UserEntity) =>
      TestHttpClient.withSession(app, await factory.session(user.id));
    angersOfficer = await client(angersStaff.officer);
    angersElected = await client(angersStaff.elected);
    angersViewer = await client(angersStaff.viewer);
    bamakoOfficer = await client(bamakoStaff.officer);
    bamakoElected = await client(bamakoStaff.elected);
    tunisOfficer = await client(tunisStaff.officer);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  /** A fresh partnership Angers initiated with Bamako, so that each test sees only its own visits. */
  async function startPartnership(): Promise<Url> {
    const { id } = await factory.partnership(angersId, angersStaff.officer.id, [bamakoId]);
    return (path = '') => `/api/partnerships/${id}${path}`;
  }

  /** Angers' delegation travels to Bamako (a small, diverse one). */
  const angersToBamako = (fields: Record<string, unknown> = {}) => ({
    direction: 'to_partner',
    partnerPartyId: bamakoId,
    ...UPCOMING,
    purpose: 'Découvrir la régie des eaux de Bamako',
    agenda: ['Visite de la station de pompage', ' ', 'Réunion avec les élus du district'],
    delegation: [
      asUser(angersStaff.elected, 'elected'),
      asUser(angersStaff.officer, 'technician'),
      named('Lycée Joachim du Bellay', angersId, 'territory_actor'),
    ],
    hosts: [asUser(bamakoStaff.elected, 'elected'), named('Aminata Traoré', bamakoId, 'technician')],
    travelAdvisory: ADVISORY,
    ...fields,
  });

  /** Bamako's delegation comes to Angers: "from_partner", relative to Angers, the initiator. */
  const bamakoToAngers = (fields: Record<string, unknown> = {}) => ({
    direction: 'from_partner',
    partnerPartyId: bamakoId,
    ...UPCOMING,
    purpose: 'Découvrir les services techniques d’Angers',
    agenda: ['Accueil à l’hôtel de ville'],
    delegation: [
      asUser(bamakoStaff.elected, 'elected'),
      asUser(bamakoStaff.officer, 'technician'),
      named('Awa Diallo', bamakoId, 'territory_actor'),
    ],
    hosts: [asUser(angersStaff.officer, 'technician'), named('Régie des eaux', angersId, 'technician')],
    travelAdvisory: null,
    ...fields,
  });

  const reportBody = (version: number, followUps: unknown[] = []) => ({
    summary: 'Deux jours de rencontres avec les services de l’eau',
    outcomes: ['Diagnostic partagé du réseau', ''],
    peopleMet: ['Directeur de la société de patrimoine de l’eau'],
    followUps,
    version,
  });

  async function read(url: Url, client = angersOfficer): Promise<VisitsBody> {
    const response = await client.request('GET', url('/visits'));
    expect(response.statusCode).toBe(200);
    return response.json() as VisitsBody;
  }

  /** Plans a visit (its purpose names it) and returns the new view and that visit. */
  async function plan(
    url: Url,
    body: { purpose: string },
    client = angersOfficer,
  ): Promise<{ view: VisitsBody; visit: VisitBody }> {
    const response = await client.request('POST', url('/visits'), body);
    expect([response.statusCode, response.json().code]).toEqual([201, undefined]);
    const view = response.json() as VisitsBody;
    return { view, visit: view.visits.find((visit) => visit.purpose === body.purpose)! };
  }

  async function report(url: Url, visitId: string, body: unknown, client = angersOfficer) {
    const response = await client.request('PUT', url(`/visits/${visitId}/report`), body);
    expect([response.statusCode, response.json().code]).toEqual([200, undefined]);
    const view = response.json() as VisitsBody;
    return { view, visit: view.visits.find((visit) => visit.id === visitId)! };
  }

  async function auditActions(url: Url): Promise<AuditEventEntity[]> {
    const partnershipId = url().split('/').at(-1)!;
    return dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { entityType: 'partnership', entityId: partnershipId }, order: { id: 'ASC' } });
  }

  /**
   * Counts every write to the partnership's records: unchanged when refused changes stored nothing (the
   * visits view has no version of its own to compare any more, each visit has one).
   */
  async function revisionOf(url: Url): Promise<number> {
    const partnershipId = url().split('/').at(-1)!;
    const [row] = await dataSource.query('SELECT revision FROM partnership WHERE id = $1', [partnershipId]);
    return (row as { revision: number }).revision;
  }

  async function initiationStep(
    url: Url,
  ): Promise<{ status: string; criteria: Array<{ id: string; met: boolean }> }> {
    const assessment = (await angersOfficer.request('GET', url('/assessment'))).json();
    return assessment.steps.find((step: { step: string }) => step.step === 'INITIATION');
  }

  it('counts reciprocal visits that took place, with their reports, and marks step 4 done', async () => {
    const url = await startPartnership();
    const empty = await read(url);
    expect(empty).toMatchObject({ visits: [], warnings: [] });
    expect(empty.parties.map((party) => [party.partyId, party.role])).toEqual([
      [angersId, 'initiator'],
      [bamakoId, 'partner'],
    ]);
    // Who can be named: the users who take part in partnerships, not viewers or contributors.
    expect(empty.parties[0]!.people.map((person) => person.personId).sort()).toEqual(
      [angersStaff.admin.id, angersStaff.officer.id, angersStaff.elected.id].sort(),
    );
    expect((await initiationStep(url)).status).not.toBe('done');

    const outbound = await plan(
      url,
      angersToBamako({ ...PAST, travelAdvisory: { ...ADVISORY, checkedOn: day(-65) } }),
    );
    expect(outbound.visit).toMatchObject({
      direction: 'to_partner',
      visitingPartyId: angersId,
      hostPartyId: bamakoId,
      state: 'taken_place',
      awaitsTravelApproval: false,
      agenda: ['Visite de la station de pompage', 'Réunion avec les élus du district'],
      report: null,
    });
    expect(outbound.visit.delegation).toEqual([
      expect.objectContaining({ personId: angersStaff.elected.id, partyId: angersId, role: 'elected' }),
      expect.objectContaining({ personId: angersStaff.officer.id, role: 'technician' }),
      {
        personId: `person:${angersId}:lycée joachim du bellay`,
        name: 'Lycée Joachim du Bellay',
        partyId: angersId,
        role: 'territory_actor',
      },
    ]);
    // Back home for weeks without a report, and only one direction so far.
    expect(ids(outbound.visit.warnings)).toEqual(['INITIATION.VISIT_REPORT_MISSING']);
    expect(outbound.view.warnings).toEqual([
      expect.objectContaining({
        id: 'INITIATION.VISITS_NOT_RECIPROCAL',
        details: { partnerPartyId: bamakoId, toPartner: 1, fromPartner: 0 },
      }),
    ]);
    const outboundReported = await report(url, outbound.visit.id, reportBody(outbound.visit.version));
    expect(outboundReported.visit.report).toMatchObject({
      summary: 'Deux jours de rencontres avec les services de l’eau',
      outcomes: ['Diagnostic partagé du réseau'],
      peopleMet: ['Directeur de la société de patrimoine de l’eau'],
      followUps: [],
    });
    expect(outboundReported.visit.warnings).toEqual([]);

    const inbound = await plan(url, bamakoToAngers(LATER_PAST));
    expect(inbound.visit).toMatchObject({
      visitingPartyId: bamakoId,
      hostPartyId: angersId,
      state: 'taken_place',
    });
    expect(ids(inbound.view.warnings)).not.toContain('INITIATION.VISITS_NOT_RECIPROCAL');
    await report(url, inbound.visit.id, reportBody(inbound.visit.version));

    const final = await read(url);
    expect(final.visits.map((visit) => visit.id)).toEqual([inbound.visit.id, outbound.visit.id]);
    expect(final.warnings).toEqual([]);
    expect(final.visits.flatMap((visit) => visit.warnings)).toEqual([]);
    const step = await initiationStep(url);
    expect(step.criteria.filter((criterion) => !criterion.met)).toEqual([]);
    expect(step.status).toBe('done');

    const events = await auditActions(url);
    const recorded = events.filter((event) => event.action === 'lifecycle.VisitRecorded');
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toMatchObject({
      organisationId: angersId,
      actorUserId: angersStaff.officer.id,
      changes: {
        visitId: { before: null, after: outbound.visit.id },
        direction: { before: null, after: 'to_partner' },
        startsOn: { before: null, after: PAST.startsOn },
      },
    });
    expect(events.filter((event) => event.action === 'lifecycle.VisitReported')).toHaveLength(2);
  });

  it('lets the partner authority plan its own delegation’s visit, which the initiator sees', async () => {
    const url = await startPartnership();
    const { visit } = await plan(
      url,
      bamakoToAngers({ purpose: 'Mission technique à Angers' }),
      bamakoOfficer,
    );
    expect(visit).toMatchObject({
      direction: 'from_partner',
      partnerPartyId: bamakoId,
      visitingPartyId: bamakoId,
      hostPartyId: angersId,
      state: 'planned',
      travelAdvisory: null,
    });

    const seen = await read(url, angersOfficer);
    expect(seen.visits.map((v) => v.id)).toEqual([visit.id]);
    expect(seen.visits[0]!.delegation.map((person) => person.personId)).toEqual([
      bamakoStaff.elected.id,
      bamakoStaff.officer.id,
      `person:${bamakoId}:awa diallo`,
    ]);
    // People named in a visit become choices for the next ones, on their own side.
    const bamakoPeople = seen.parties.find((party) => party.partyId === bamakoId)!.people;
    expect(bamakoPeople).toContainEqual(
      expect.objectContaining({ name: 'Awa Diallo', role: 'territory_actor' }),
    );
    expect(seen.parties.find((party) => party.partyId === angersId)!.people).not.toContainEqual(
      expect.objectContaining({ name: 'Awa Diallo' }),
    );
    const events = await auditActions(url);
    expect(events.find((event) => event.action === 'lifecycle.VisitRecorded')).toMatchObject({
      organisationId: bamakoId,
      actorUserId: bamakoStaff.officer.id,
    });
  });

  it('refuses a visit that ends before it starts, has no delegation or goes without a travel advisory', async () => {
    const url = await startPartnership();
    const revisionBefore = await revisionOf(url);
    const { travelAdvisory: _omitted, ...withoutAdvisory } = angersToBamako();
    const cases: Array<[unknown, number, string]> = [
      [angersToBamako({ startsOn: day(30), endsOn: day(29) }), 422, 'VISIT.END_BEFORE_START'],
      [angersToBamako({ delegation: [] }), 422, 'VISIT.EMPTY_DELEGATION'],
      [angersToBamako({ travelAdvisory: null }), 422, 'VISIT.TRAVEL_ADVISORY_REQUIRED'],
      [withoutAdvisory, 422, 'VISIT.TRAVEL_ADVISORY_REQUIRED'],
      [angersToBamako({ partnerPartyId: tunisId }), 422, 'PARTNERSHIP.UNKNOWN_PARTY'],
      [angersToBamako({ partnerPartyId: angersId }), 422, 'PARTNERSHIP.UNKNOWN_PARTY'],
      [angersToBamako({ startsOn: `${day(30)}T09:00:00Z` }), 422, 'RECORD.INVALID_VALUE'],
      [angersToBamako({ direction: 'sideways', startsOn: '2026-13-01' }), 422, 'REQUEST.VALIDATION_FAILED'],
    ];
    const outcomes = [];
    for (const [body] of cases) {
      const response = await angersOfficer.request('POST', url('/visits'), body);
      outcomes.push([response.statusCode, response.json().code]);
    }
    expect(outcomes).toEqual(cases.map(([, status, code]) => [status, code]));
    expect((await read(url)).visits).toEqual([]);
    expect(await revisionOf(url)).toBe(revisionBefore);
  });

  it('refuses delegation members and hosts who do not belong to the side they are listed on', async () => {
    const url = await startPartnership();
    const revisionBefore = await revisionOf(url);
    const officer = asUser(angersStaff.officer, 'technician');
    const cases: Array<[string, unknown, string, string]> = [
      [
        'a partner in the delegation',
        angersToBamako({ delegation: [officer, named('Aminata Traoré', bamakoId, 'technician')] }),
        'VISIT.MEMBER_OTHER_PARTY',
        'delegation',
      ],
      [
        'one of ours among the hosts',
        angersToBamako({ hosts: [named('Régie des eaux', angersId, 'technician')] }),
        'VISIT.MEMBER_OTHER_PARTY',
        'hosts',
      ],
      [
        'someone of an authority that is not a party',
        angersToBamako({ delegation: [officer, named('Conseiller', tunisId, 'elected')] }),
        'VISIT.MEMBER_OTHER_PARTY',
        'delegation.1',
      ],
      [
        'a user of another authority passed off as ours',
        angersToBamako({
          delegation: [officer, { ...asUser(tunisStaff.elected, 'elected'), partyId: angersId }],
        }),
        'VISIT.MEMBER_OTHER_PARTY',
        'delegation.1',
      ],
      [
        'a partner user passed off as ours',
        angersToBamako({ delegation: [{ ...asUser(bamakoStaff.officer, 'technician'), partyId: angersId }] }),
        'VISIT.MEMBER_OTHER_PARTY',
        'delegation.0',
      ],
      [
        'a user id that does not exist',
        angersToBamako({
          hosts: [{ userId: '00000000-0000-4000-8000-00000000dead', partyId: bamakoId, role: 'elected' }],
        }),
        'VISIT.MEMBER_OTHER_PARTY',
        'hosts.0',
      ],
    ];
    const outcomes = [];
    for (const [label, body] of cases) {
      const response = await angersOfficer.request('POST', url('/visits'), body);
      outcomes.push([label, response.statusCode, response.json().code, response.json().details?.field]);
    }
    expect(outcomes).toEqual(cases.map(([label, , code, field]) => [label, 422, code, field]));

    const nameless = await angersOfficer.request(
      'POST',
      url('/visits'),
      angersToBamako({ delegation: [officer, { partyId: angersId, role: 'territory_actor', name: '  ' }] }),
    );
    expect(nameless.statusCode).toBe(422);
    expect(nameless.json()).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'delegation.1.name', rule: 'required' })],
    });
    const badRole = await angersOfficer.request(
      'POST',
      url('/visits'),
      angersToBamako({ delegation: [{ ...officer, role: 'mayor' }] }),
    );
    expect(badRole.json().errors).toEqual([expect.objectContaining({ field: 'delegation.0.role' })]);

    expect((await read(url)).visits).toEqual([]);
    expect(await revisionOf(url)).toBe(revisionBefore);
  });

  it('plans an orange-zone visit ahead, awaiting the approval with its reason of an elected official of the travelling side', async () => {
    const url = await startPartnership();
    const planned = await plan(
      url,
      angersToBamako({ purpose: 'Mission d’urgence', travelAdvisory: ORANGE_ZONE }),
    );
    expect(planned.visit).toMatchObject({
      awaitsTravelApproval: true,
      travelApproval: null,
      state: 'planned',
    });
    expect(planned.visit.warnings).toEqual([
      expect.objectContaining({
        id: 'INITIATION.ORANGE_ZONE_APPROVAL_MISSING',
        details: expect.objectContaining({ visitId: planned.visit.id, startsOn: UPCOMING.startsOn }),
      }),
    ]);
    const approval = url(`/visits/${planned.visit.id}/orange-zone-approval`);
    const version = planned.visit.version;

    const byOfficer = await angersOfficer.request('POST', approval, { version, reason: REASON });
    // Angers is led by elected officials: its staff may not review for it (an appointed executive's may).
    expect([byOfficer.statusCode, byOfficer.json().code]).toEqual([403, 'REVIEW.REVIEWER_NOT_ELECTED']);
    const byHostElected = await bamakoElected.request('POST', approval, { version, reason: REASON });
    expect([byHostElected.statusCode, byHostElected.json().code]).toEqual([
      403,
      'REVIEW.REVIEWER_OTHER_PARTY',
    ]);

    const withoutReason = await angersElected.request('POST', approval, { version, reason: '  ' });
    expect([withoutReason.statusCode, withoutReason.json().code]).toEqual([422, 'RECORD.TEXT_REQUIRED']);
    const approved = await angersElected.request('POST', approval, {
      reason: ` ${REASON} `,
      decisionRef: ' DEL-2026-201 ',
      version,
    });
    expect(approved.statusCode).toBe(200);
    const visit = (approved.json() as VisitsBody).visits.find((v) => v.id === planned.visit.id)!;
    expect(visit).toMatchObject({
      awaitsTravelApproval: false,
      travelApproval: {
        approvedBy: { personId: angersStaff.elected.id, partyId: angersId, role: 'elected' },
        reason: REASON,
        decisionRef: 'DEL-2026-201',
      },
      warnings: [],
    });
    expect(visit.version).toBe(version + 1);

    // Re-planned while still orange, the visit keeps its approval.
    const replanned = await angersOfficer.request('PUT', url(`/visits/${visit.id}`), {
      ...angersToBamako({ purpose: 'Mission d’urgence', travelAdvisory: ORANGE_ZONE, startsOn: day(31) }),
      direction: undefined,
      partnerPartyId: undefined,
      version: visit.version,
    });
    expect(replanned.statusCode).toBe(200);
    expect(replanned.json().visits[0]).toMatchObject({ startsOn: day(31), awaitsTravelApproval: false });

    const events = (await auditActions(url)).filter(
      (event) => event.action === 'lifecycle.OrangeZoneVisitApproved',
    );
    // The audit trail keeps who approved, the reason and the decision.
    expect(events).toEqual([
      expect.objectContaining({
        actorUserId: angersStaff.elected.id,
        changes: expect.objectContaining({
          reason: { before: null, after: REASON },
          decisionRef: { before: null, after: 'DEL-2026-201' },
        }),
      }),
    ]);
  });

  it('lets only Bamako’s elected officials approve Bamako’s delegation into an orange zone', async () => {
    const url = await startPartnership();
    const planned = await plan(
      url,
      bamakoToAngers({ purpose: 'Visite en zone rouge', travelAdvisory: ORANGE_ZONE }),
      bamakoOfficer,
    );
    expect(planned.visit.awaitsTravelApproval).toBe(true);
    const approval = url(`/visits/${planned.visit.id}/orange-zone-approval`);
    const byInitiatorElected = await angersElected.request('POST', approval, {
      version: planned.visit.version,
      reason: REASON,
    });
    expect([byInitiatorElected.statusCode, byInitiatorElected.json().code]).toEqual([
      403,
      'REVIEW.REVIEWER_OTHER_PARTY',
    ]);
    const approved = await bamakoElected.request('POST', approval, {
      version: planned.visit.version,
      reason: REASON,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().visits[0].travelApproval.approvedBy.personId).toBe(bamakoStaff.elected.id);
  });

  it('refuses to record a past orange-zone visit nobody approved, and an approval a visit does not need', async () => {
    const url = await startPartnership();
    const past = await angersOfficer.request(
      'POST',
      url('/visits'),
      angersToBamako({ ...PAST, travelAdvisory: ORANGE_ZONE }),
    );
    expect([past.statusCode, past.json().code]).toEqual([409, 'VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL']);

    const green = await plan(url, angersToBamako({ purpose: 'Visite sans risque' }));
    const needless = await angersElected.request(
      'POST',
      url(`/visits/${green.visit.id}/orange-zone-approval`),
      {
        version: green.visit.version,
        reason: REASON,
      },
    );
    expect([needless.statusCode, needless.json().code]).toEqual([409, 'VISIT.APPROVAL_NOT_NEEDED']);
  });

  it('refuses any visit to a red zone, planned or past, naming the alternatives, and leaves nothing recorded', async () => {
    const url = await startPartnership();
    const revisionBefore = await revisionOf(url);
    for (const dates of [UPCOMING, PAST]) {
      const refused = await angersOfficer.request(
        'POST',
        url('/visits'),
        angersToBamako({ ...dates, purpose: 'Mission en zone rouge', travelAdvisory: RED_ZONE }),
      );
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'VISIT.RED_ZONE_REFUSED',
        details: { alternatives: ['third_place', 'remote_exchange'] },
      });
    }
    // A planned visit whose destination turns red cannot be moved there either.
    const planned = await plan(url, angersToBamako({ purpose: 'Mission prévue' }));
    const {
      direction: _d,
      partnerPartyId: _p,
      ...replanBody
    } = angersToBamako({
      purpose: 'Mission prévue',
      travelAdvisory: RED_ZONE,
    });
    const turnedRed = await angersOfficer.request('PUT', url(`/visits/${planned.visit.id}`), {
      ...replanBody,
      version: planned.visit.version,
    });
    expect([turnedRed.statusCode, turnedRed.json().code]).toEqual([409, 'VISIT.RED_ZONE_REFUSED']);
    const after = await read(url);
    expect(after.visits.map((visit) => [visit.purpose, visit.travelAdvisory?.level])).toEqual([
      ['Mission prévue', 'normal_vigilance'],
    ]);
    expect(await revisionOf(url)).toBe(revisionBefore + 1);
  });

  it('writes the report once the visit has ended, with follow-ups owned on either side', async () => {
    const url = await startPartnership();
    const upcoming = await plan(url, angersToBamako({ purpose: 'Visite à venir' }));
    const early = await angersOfficer.request(
      'PUT',
      url(`/visits/${upcoming.visit.id}/report`),
      reportBody(upcoming.visit.version),
    );
    expect([early.statusCode, early.json().code]).toEqual([409, 'VISIT.NOT_YET_ENDED']);

    const past = await plan(url, angersToBamako({ ...PAST, purpose: 'Visite passée' }));
    const followUps = [
      { title: 'Envoyer le diagnostic', owner: asUser(angersStaff.officer, 'technician'), dueOn: day(10) },
      {
        title: 'Préparer la visite retour',
        owner: named('Aminata Traoré', bamakoId, 'technician'),
        dueOn: day(20),
      },
    ];
    const stranger = await angersOfficer.request(
      'PUT',
      url(`/visits/${past.visit.id}/report`),
      reportBody(past.visit.version, [
        followUps[0],
        { ...followUps[1], owner: named('Élu', tunisId, 'elected') },
      ]),
    );
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json()).toMatchObject({
      code: 'VISIT.MEMBER_OTHER_PARTY',
      details: { field: 'followUps.1.owner' },
    });

    // An elected official may write the report (internal work), not only officers.
    const written = await report(
      url,
      past.visit.id,
      reportBody(past.visit.version, followUps),
      angersElected,
    );
    const tasks = written.visit.report!.followUps;
    expect(tasks).toEqual([
      expect.objectContaining({
        title: 'Envoyer le diagnostic',
        owner: expect.objectContaining({ personId: angersStaff.officer.id, partyId: angersId }),
        doneOn: null,
      }),
      expect.objectContaining({
        title: 'Préparer la visite retour',
        owner: expect.objectContaining({ personId: `person:${bamakoId}:aminata traoré`, partyId: bamakoId }),
        doneOn: null,
      }),
    ]);

    const done = await bamakoOfficer.request(
      'POST',
      url(`/visits/${past.visit.id}/follow-ups/${tasks[1]!.id}/done`),
      {
        doneOn: day(-1),
        version: written.visit.version,
      },
    );
    expect(done.statusCode).toBe(200);
    const afterDone = (done.json() as VisitsBody).visits.find((visit) => visit.id === past.visit.id)!;
    expect(afterDone.report!.followUps.map((task) => task.doneOn)).toEqual([null, day(-1)]);

    // Rewriting the report keeps what was done on the follow-ups it keeps.
    const rewritten = await report(
      url,
      past.visit.id,
      reportBody(afterDone.version, [
        { ...followUps[0], id: tasks[0]!.id },
        { ...followUps[1], id: tasks[1]!.id, title: 'Préparer la visite retour à Bamako' },
      ]),
    );
    expect(rewritten.visit.report!.followUps.map((task) => [task.id, task.title, task.doneOn])).toEqual([
      [tasks[0]!.id, 'Envoyer le diagnostic', null],
      [tasks[1]!.id, 'Préparer la visite retour à Bamako', day(-1)],
    ]);

    const unknown = await angersOfficer.request(
      'POST',
      url(`/visits/${past.visit.id}/follow-ups/00000000-0000-4000-8000-000000000000/done`),
      { doneOn: day(-1), version: rewritten.visit.version },
    );
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'RECORD.NOT_FOUND']);
    const actions = (await auditActions(url)).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['lifecycle.VisitReported', 'lifecycle.VisitFollowUpCompleted']),
    );
  });

  it('warns about a large, uniform delegation and about a side carried by one person', async () => {
    const url = await startPartnership();
    const technicians = ['Anne', 'Bruno', 'Claire', 'David', 'Emma', 'Fabien', 'Gaëlle'].map((name) =>
      named(name, angersId, 'technician'),
    );
    const { view, visit } = await plan(
      url,
      angersToBamako({
        purpose: 'Grande délégation',
        delegation: technicians,
        hosts: [asUser(bamakoStaff.elected, 'elected')],
      }),
    );
    expect(visit.warnings).toEqual([
      expect.objectContaining({
        id: 'INITIATION.DELEGATION_TOO_LARGE',
        details: expect.objectContaining({ visitId: visit.id, size: 7, max: 6 }),
      }),
      expect.objectContaining({
        id: 'INITIATION.DELEGATION_NOT_DIVERSE',
        // The visit is named by its direction and dates too, to tell two visits' warnings apart.
        details: expect.objectContaining({
          visitId: visit.id,
          roles: ['technician'],
          direction: 'to_partner',
        }),
      }),
    ]);
    expect(view.warnings).toEqual([
      expect.objectContaining({
        id: 'INITIATION.RELATION_CARRIED_BY_ONE_PERSON',
        details: { partyId: bamakoId, personId: bamakoStaff.elected.id },
      }),
    ]);

    // Re-planned smaller and more diverse, with two hosts, the warnings go away.
    const replanned = await angersOfficer.request('PUT', url(`/visits/${visit.id}`), {
      ...angersToBamako({ purpose: 'Grande délégation' }),
      direction: undefined,
      partnerPartyId: undefined,
      version: visit.version,
    });
    expect(replanned.statusCode).toBe(200);
    expect(replanned.json()).toMatchObject({
      warnings: [],
      visits: [expect.objectContaining({ warnings: [] })],
    });
  });

  it('moves and cancels a visit still to come, but not one that has started', async () => {
    const url = await startPartnership();
    const { visit } = await plan(url, angersToBamako({ purpose: 'Visite de printemps' }));
    const replan = (fields: Record<string, unknown>, version: number) => {
      const {
        direction: _direction,
        partnerPartyId: _partner,
        ...body
      } = angersToBamako({
        purpose: 'Visite de printemps',
        ...fields,
      });
      return angersOfficer.request('PUT', url(`/visits/${visit.id}`), { ...body, version });
    };

    const moved = await replan({ startsOn: day(45), endsOn: day(48) }, visit.version);
    expect(moved.statusCode).toBe(200);
    const movedVisit = (moved.json() as VisitsBody).visits[0]!;
    expect(movedVisit).toMatchObject({ id: visit.id, startsOn: day(45), endsOn: day(48) });
    const backwards = await replan({ startsOn: day(45), endsOn: day(44) }, movedVisit.version);
    expect([backwards.statusCode, backwards.json().code]).toEqual([422, 'VISIT.END_BEFORE_START']);
    const withDirection = await angersOfficer.request('PUT', url(`/visits/${visit.id}`), {
      ...angersToBamako({ purpose: 'Visite de printemps' }),
      version: movedVisit.version,
    });
    expect(withDirection.json()).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: expect.arrayContaining([expect.objectContaining({ field: 'direction' })]),
    });

    const cancelled = await angersOfficer.request('POST', url(`/visits/${visit.id}/cancellation`), {
      reason: ' Élections municipales ',
      version: movedVisit.version,
    });
    expect(cancelled.statusCode).toBe(200);
    const cancelledVisit = (cancelled.json() as VisitsBody).visits[0]!;
    expect(cancelledVisit).toMatchObject({ state: 'cancelled', awaitsTravelApproval: false });
    const again = await angersOfficer.request('POST', url(`/visits/${visit.id}/cancellation`), {
      reason: 'Encore',
      version: cancelledVisit.version,
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'VISIT.CANCELLED']);
    const replanCancelled = await replan({}, cancelledVisit.version);
    expect([replanCancelled.statusCode, replanCancelled.json().code]).toEqual([409, 'VISIT.CANCELLED']);

    const past = await plan(url, angersToBamako({ ...PAST, purpose: 'Visite passée' }));
    const {
      direction: _d,
      partnerPartyId: _p,
      ...pastBody
    } = angersToBamako({ ...PAST, purpose: 'Visite passée' });
    const movePast = await angersOfficer.request('PUT', url(`/visits/${past.visit.id}`), {
      ...pastBody,
      startsOn: day(-59),
      version: past.visit.version,
    });
    expect([movePast.statusCode, movePast.json().code]).toEqual([409, 'VISIT.ALREADY_TAKEN_PLACE']);
    const cancelPast = await angersOfficer.request('POST', url(`/visits/${past.visit.id}/cancellation`), {
      reason: 'Trop tard',
      version: past.visit.version,
    });
    expect([cancelPast.statusCode, cancelPast.json().code]).toEqual([409, 'VISIT.ALREADY_TAKEN_PLACE']);

    const actions = (await auditActions(url)).map((event) => event.action);
    expect(actions).toEqual([
      'lifecycle.VisitRecorded',
      'lifecycle.VisitReplanned',
      'lifecycle.VisitCancelled',
      'lifecycle.VisitRecorded',
    ]);
  });

  it('refuses a change made on a stale version of the same visit with 409, changing nothing', async () => {
    const url = await startPartnership();
    await plan(url, angersToBamako({ purpose: 'Ma visite', travelAdvisory: ORANGE_ZONE }));
    await plan(url, bamakoToAngers({ purpose: 'Leur visite' }), bamakoOfficer);
    // Angers and Bamako each edit their own visit from versions read at the same time.
    const seen = await read(url);
    const mine = seen.visits.find((visit) => visit.purpose === 'Ma visite')!;
    const theirs = seen.visits.find((visit) => visit.purpose === 'Leur visite')!;
    const {
      direction: _d,
      partnerPartyId: _p,
      ...replanBody
    } = angersToBamako({
      purpose: 'Ma visite déplacée',
      travelAdvisory: ORANGE_ZONE,
      startsOn: day(40),
      endsOn: day(42),
    });
    const {
      direction: _dt,
      partnerPartyId: _pt,
      ...theirReplanBody
    } = bamakoToAngers({ purpose: 'Leur visite déplacée' });
    const mineMoved = await angersOfficer.request('PUT', url(`/visits/${mine.id}`), {
      ...replanBody,
      version: mine.version,
    });
    // Another visit changed since Bamako read its own: edits of two different visits never refuse each other.
    const theirsMoved = await bamakoOfficer.request('PUT', url(`/visits/${theirs.id}`), {
      ...theirReplanBody,
      version: theirs.version,
    });
    expect([mineMoved.statusCode, mineMoved.json().code]).toEqual([200, undefined]);
    expect([theirsMoved.statusCode, theirsMoved.json().code]).toEqual([200, undefined]);

    // Mine changed since it was read: every further change made on that version is refused.
    const revisionBefore = await revisionOf(url);
    const attempts = [
      await angersOfficer.request('PUT', url(`/visits/${mine.id}`), {
        ...replanBody,
        purpose: 'Ma visite modifiée',
        version: mine.version,
      }),
      await angersOfficer.request('POST', url(`/visits/${mine.id}/cancellation`), {
        reason: 'Annulée',
        version: mine.version,
      }),
      await angersElected.request('POST', url(`/visits/${mine.id}/orange-zone-approval`), {
        version: mine.version,
        reason: REASON,
      }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'RESOURCE.CONFLICT',
        currentVersion: mine.version + 1,
      });
    }
    const after = await read(url);
    expect(after.visits.find((visit) => visit.id === mine.id)).toMatchObject({
      version: mine.version + 1,
      purpose: 'Ma visite déplacée',
      startsOn: day(40),
      state: 'planned',
      awaitsTravelApproval: true,
      travelApproval: null,
    });
    expect(after.visits.find((visit) => visit.id === theirs.id)).toMatchObject({
      version: theirs.version + 1,
      purpose: 'Leur visite déplacée',
      state: 'planned',
    });
    expect(await revisionOf(url)).toBe(revisionBefore);
  });

  it('hides a partnership’s visits from an authority that is not a party', async () => {
    const url = await startPartnership();
    const { visit } = await plan(url, angersToBamako({ purpose: 'Visite confidentielle' }));
    const revisionBefore = await revisionOf(url);
    const responses = [
      await tunisOfficer.request('GET', url('/visits')),
      await tunisOfficer.request('POST', url('/visits'), angersToBamako({ purpose: 'Intrusion' })),
      await tunisOfficer.request('POST', url(`/visits/${visit.id}/cancellation`), {
        reason: 'Intrusion',
        version: visit.version,
      }),
    ];
    expect(responses.map((response) => [response.statusCode, response.json().code])).toEqual([
      [404, 'RESOURCE.NOT_FOUND'],
      [404, 'RESOURCE.NOT_FOUND'],
      [404, 'RESOURCE.NOT_FOUND'],
    ]);
    const unknownVisit = await angersOfficer.request(
      'POST',
      url('/visits/00000000-0000-4000-8000-000000000000/cancellation'),
      { reason: 'Inconnue', version: visit.version },
    );
    expect([unknownVisit.statusCode, unknownVisit.json().code]).toEqual([404, 'RECORD.NOT_FOUND']);
    expect((await read(url)).visits).toEqual([expect.objectContaining({ id: visit.id, state: 'planned' })]);
    expect(await revisionOf(url)).toBe(revisionBefore);
  });

  it('lets a viewer read the visits but change nothing, and keeps planning to officers', async () => {
    const url = await startPartnership();
    const { visit } = await plan(url, angersToBamako({ ...PAST, purpose: 'Visite passée' }));
    const revisionBefore = await revisionOf(url);
    expect((await angersViewer.request('GET', url('/visits'))).statusCode).toBe(200);
    const { direction: _d, partnerPartyId: _p, ...replanBody } = angersToBamako();
    const writes = [
      await angersViewer.request('POST', url('/visits'), angersToBamako()),
      await angersViewer.request('PUT', url(`/visits/${visit.id}`), {
        ...replanBody,
        version: visit.version,
      }),
      await angersViewer.request('PUT', url(`/visits/${visit.id}/report`), reportBody(visit.version)),
      await angersViewer.request('POST', url(`/visits/${visit.id}/orange-zone-approval`), {
        version: visit.version,
        reason: REASON,
      }),
      await angersViewer.request('POST', url(`/visits/${visit.id}/follow-ups/${visit.id}/done`), {
        doneOn: day(-1),
        version: visit.version,
      }),
      await angersViewer.request('POST', url(`/visits/${visit.id}/cancellation`), {
        reason: 'Non',
        version: visit.version,
      }),
      // Elected officials write reports, but planning is the officers' job.
      await angersElected.request('POST', url('/visits'), angersToBamako()),
    ];
    expect(writes.map((response) => [response.statusCode, response.json().code])).toEqual(
      writes.map(() => [403, 'AUTH.FORBIDDEN']),
    );
    expect((await read(url)).visits).toEqual([expect.objectContaining({ id: visit.id, report: null })]);
    expect(await revisionOf(url)).toBe(revisionBefore);
  });
});
