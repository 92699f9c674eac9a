import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient, type MultipartPart } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestFileStorage, type TestFileStorage } from './support/test-file-storage';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);
const photo = (filename: string): MultipartPart => ({
  name: 'file',
  filename,
  contentType: 'image/png',
  content: PNG,
});

interface PeriodFigures {
  startsOn: string | null;
  endsOn: string | null;
  baseline: number;
  target: number;
  actual: number | null;
  measurementCount: number;
  measuredBy: string[];
  breakdown: Array<{
    dimension: string;
    complete: boolean;
    categories: Array<{ category: string; actual: number }>;
  }> | null;
}

interface IndicatorBody {
  id: string;
  version: number;
  kind: string;
  frequency: string | null;
  periods: Array<{ startsOn: string; endsOn: string; target: number; baseline: number | null }>;
  disaggregations: Array<{ dimension: string; categories: string[] }>;
  validatedBy: string[];
  coValidated: boolean;
  measurements: Array<{
    on: string;
    value: number;
    recordedBy: string;
    breakdown: Array<{ dimension: string; category: string; value: number }>;
    evidenceIds: string[];
    evidence: Array<{ id: string; name: string }>;
  }>;
  figures: { kind: string; periods: PeriodFigures[]; overall: PeriodFigures; outsidePeriods: number };
}

interface DetailBody {
  version: number;
  action: { id: string; indicators: IndicatorBody[] };
}

const HALVES = [
  { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 40 },
  { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 100, baseline: 40 },
];
const BY_SEX = { dimension: 'sex', categories: ['female', 'male'] };
const split = (female: number, male: number) => [
  { dimension: 'sex', category: 'female', value: female },
  { dimension: 'sex', category: 'male', value: male },
];

describe('indicators over time: periods, breakdowns and evidence', () => {
  let database: TestDatabase;
  let storage: TestFileStorage;
  let app: NestFastifyApplication;
  let factory: Factory;
  let dataSource: DataSource;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let angersOfficer: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let stranger: TestHttpClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = await createTestFileStorage();
    app = await startTestApp(buildTestConfig(database.url, { FILE_STORAGE_DIR: storage.dir }));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
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
    await storage.remove();
  });

  const actionsUrl = (partnershipId: string, path = '') =>
    `/api/partnerships/${partnershipId}/actions${path}`;

  async function detail(partnershipId: string, actionId: string, client = angersOfficer) {
    const response = await client.request('GET', actionsUrl(partnershipId, `/${actionId}`));
    expect(response.statusCode).toBe(200);
    return response.json() as DetailBody;
  }

  async function send(
    client: TestHttpClient,
    method: 'POST' | 'PUT',
    url: string,
    body: unknown,
    expected: number,
    key?: string,
  ) {
    const response = await client.request(
      method,
      url,
      body,
      key ? { headers: { 'idempotency-key': key } } : {},
    );
    expect([response.statusCode, response.json().code]).toEqual([expected, undefined]);
    return response.json();
  }

  /** An action of Angers in progress, with a count of people trained by half-year and by sex, co-validated. */
  async function plannedIndicator() {
    const partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    const created = await send(
      angersOfficer,
      'POST',
      actionsUrl(partnershipId),
      {
        title: 'Formation des agents de l’état civil',
        themes: ['governance'],
        sdgs: [16],
        locatedIn: [bamako.id],
        operators: [],
        priority: 'high',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
      201,
    );
    const actionId = created.action.id as string;
    const proposed: DetailBody = await send(
      angersOfficer,
      'POST',
      actionsUrl(partnershipId, `/${actionId}/indicators`),
      {
        name: 'Agents formés',
        unit: 'people',
        baseline: 0,
        target: 100,
        plan: { kind: 'count', frequency: 'half_yearly', periods: HALVES, disaggregations: [BY_SEX] },
      },
      201,
    );
    const indicator = proposed.action.indicators[0]!;
    await send(
      bamakoOfficer,
      'POST',
      actionsUrl(partnershipId, `/${actionId}/indicators/${indicator.id}/validation`),
      { version: indicator.version },
      200,
    );
    const measurements = actionsUrl(partnershipId, `/${actionId}/indicators/${indicator.id}/measurements`);
    return { partnershipId, actionId, indicatorId: indicator.id, measurements };
  }

  it('plans an indicator by half-year and by sex, and figures each period from what each side measured', async () => {
    const { partnershipId, actionId, measurements } = await plannedIndicator();
    // The partner authority's elected official records, on its side, with a photo of the attendance sheet.
    const upload = await bamakoElected.postMultipart(`/api/partnerships/${partnershipId}/files`, [
      photo('feuille-de-presence.png'),
    ]);
    expect(upload.statusCode).toBe(201);
    const evidence = upload.json() as { id: string };
    const recorded = await send(
      bamakoElected,
      'POST',
      measurements,
      { on: '2026-03-15', value: 12, unit: 'people', breakdown: split(7, 5), evidenceIds: [evidence.id] },
      201,
      'bamako-march',
    );
    expect(recorded).toMatchObject({
      recordedBy: bamako.id,
      breakdown: split(7, 5),
      evidenceIds: [evidence.id],
      evidence: [expect.objectContaining({ id: evidence.id, name: 'feuille-de-presence.png' })],
    });
    await send(angersOfficer, 'POST', measurements, { on: '2026-05-20', value: 8, unit: 'people' }, 201);
    await send(
      angersOfficer,
      'POST',
      measurements,
      { on: '2026-09-10', value: 30, unit: 'people', breakdown: split(20, 10) },
      201,
    );

    const [indicator] = (await detail(partnershipId, actionId, bamakoOfficer)).action.indicators;
    expect(indicator).toMatchObject({ kind: 'count', frequency: 'half_yearly', disaggregations: [BY_SEX] });
    expect(indicator!.periods).toEqual([
      { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 40, baseline: null },
      { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 100, baseline: 40 },
    ]);
    expect(indicator!.measurements[0]).toMatchObject({
      recordedBy: bamako.id,
      evidence: [expect.objectContaining({ id: evidence.id })],
    });
    const [first, second] = indicator!.figures.periods;
    expect(first).toMatchObject({
      baseline: 0,
      target: 40,
      actual: 20,
      measurementCount: 2,
      measuredBy: [bamako.id, angers.id],
      breakdown: [
        {
          dimension: 'sex',
          complete: false,
          categories: [
            { category: 'female', actual: 7 },
            { category: 'male', actual: 5 },
          ],
        },
      ],
    });
    expect(second).toMatchObject({ baseline: 40, target: 100, actual: 30, measuredBy: [angers.id] });
    expect(second!.breakdown?.[0]).toMatchObject({ complete: true });
    expect(indicator!.figures.overall).toMatchObject({ actual: 50, target: 100 });
    expect(indicator!.figures.outsidePeriods).toBe(0);
  });

  it('refuses a breakdown that does not add up, an unknown category and foreign evidence, storing nothing', async () => {
    const { partnershipId, actionId, measurements } = await plannedIndicator();
    const before = await detail(partnershipId, actionId);
    const mismatch = await bamakoOfficer.request('POST', measurements, {
      on: '2026-03-15',
      value: 12,
      unit: 'people',
      breakdown: split(7, 4),
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json()).toMatchObject({
      code: 'ACTION.MEASUREMENT_BREAKDOWN_MISMATCH',
      details: { dimension: 'sex', sum: 11, value: 12 },
    });
    const unknown = await bamakoOfficer.request('POST', measurements, {
      on: '2026-03-15',
      value: 12,
      unit: 'people',
      breakdown: [{ dimension: 'age_group', category: 'under_15', value: 12 }],
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([422, 'ACTION.MEASUREMENT_UNKNOWN_CATEGORY']);
    const elsewhere = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    const foreign = (
      await angersOfficer.postMultipart(`/api/partnerships/${elsewhere}/files`, [photo('autre.png')])
    ).json() as { id: string };
    const foreignEvidence = await angersOfficer.request('POST', measurements, {
      on: '2026-03-15',
      value: 12,
      unit: 'people',
      evidenceIds: [foreign.id],
    });
    expect(foreignEvidence.json()).toMatchObject({ code: 'FILE.NOT_ATTACHABLE', fileId: foreign.id });
    const badPlan = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${actionId}/indicators`),
      {
        name: 'Chevauchement',
        unit: 'people',
        baseline: 0,
        target: 1,
        plan: {
          kind: 'count',
          frequency: 'custom',
          periods: [HALVES[0], { ...HALVES[1], startsOn: '2026-06-01' }],
          disaggregations: [],
        },
      },
    );
    expect([badPlan.statusCode, badPlan.json().code]).toEqual([422, 'ACTION.INDICATOR_PERIODS_INVALID']);
    expect(await detail(partnershipId, actionId)).toEqual(before);
  });

  it('stores a measurement sent twice with its key once, and refuses the key with another breakdown', async () => {
    const { partnershipId, actionId, measurements } = await plannedIndicator();
    const body = { on: '2026-04-01', value: 10, unit: 'people', breakdown: split(6, 4) };
    const first = await send(bamakoOfficer, 'POST', measurements, body, 201, 'once');
    const again = await send(bamakoOfficer, 'POST', measurements, body, 201, 'once');
    expect(again).toEqual(first);
    const reused = await bamakoOfficer.request(
      'POST',
      measurements,
      { ...body, breakdown: split(5, 5) },
      { headers: { 'idempotency-key': 'once' } },
    );
    expect([reused.statusCode, reused.json().code]).toEqual([422, 'REQUEST.IDEMPOTENCY_KEY_REUSED']);
    const [indicator] = (await detail(partnershipId, actionId)).action.indicators;
    expect(indicator!.measurements).toHaveLength(1);
  });

  it('keeps measuring to the parties: a viewer reads, a stranger gets 404', async () => {
    const { partnershipId, actionId, measurements } = await plannedIndicator();
    const body = { on: '2026-04-01', value: 10, unit: 'people' };
    const viewer = await angersViewer.request('POST', measurements, body);
    expect(viewer.statusCode).toBe(403);
    const outsider = await stranger.request('POST', measurements, body);
    expect(outsider.statusCode).toBe(404);
    expect((await detail(partnershipId, actionId, angersViewer)).action.indicators[0]!.measurements).toEqual(
      [],
    );
  });

  it('asks the other side to validate a changed plan again before the next measurement, and audits it', async () => {
    const { partnershipId, actionId, indicatorId, measurements } = await plannedIndicator();
    const planUrl = actionsUrl(partnershipId, `/${actionId}/indicators/${indicatorId}/plan`);
    const [read] = (await detail(partnershipId, actionId, bamakoOfficer)).action.indicators;
    const replanned: DetailBody = await send(
      bamakoOfficer,
      'PUT',
      planUrl,
      {
        version: read!.version,
        kind: 'count',
        frequency: 'yearly',
        periods: [{ startsOn: '2026-01-01', endsOn: '2026-12-31', target: 120 }],
        disaggregations: [BY_SEX],
      },
      200,
    );
    expect(replanned.action.indicators[0]).toMatchObject({
      frequency: 'yearly',
      validatedBy: [bamako.id],
      coValidated: false,
    });
    const stale = await angersOfficer.request('PUT', planUrl, {
      version: read!.version,
      kind: 'level',
      periods: [],
      disaggregations: [],
    });
    expect(stale.statusCode).toBe(409);
    const refused = await angersOfficer.request('POST', measurements, {
      on: '2026-04-01',
      value: 1,
      unit: 'people',
    });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'ACTION.INDICATOR_NOT_CO_VALIDATED']);
    const audited: Array<{ organisation_id: string; changes: Record<string, { after: unknown }> }> =
      await dataSource.query(
        `SELECT organisation_id, changes FROM audit_event
          WHERE entity_id = $1 AND action = 'lifecycle.IndicatorPlanned'`,
        [partnershipId],
      );
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      organisation_id: bamako.id,
      changes: {
        periods: { after: 1 },
        revalidationAsked: { after: true },
        indicatorId: { after: indicatorId },
      },
    });
  });
});
