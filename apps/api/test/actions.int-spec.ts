import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
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

interface FundingBody {
  currency: string;
  totalGranted: number;
  ownShares: Array<{ partyId: string | null; granted: number; share: number | null }>;
  funders: Array<{
    funder: string;
    funderName: string;
    granted: number;
    share: number | null;
    grantLeverage: number | null;
    requested: number;
  }>;
  requested: number;
  linesInOtherCurrencies: number;
}

interface ActionBody {
  id: string;
  proposal: { proposedBy: string; statedBy: string; confirmedBy: string | null };
  title: string;
  themes: string[];
  sdgs: number[];
  locatedIn: string[];
  location: string;
  initiatedBy: string;
  operators: Array<{ name: string; partyId: string; territoryActorId: string | null }>;
  priority: string;
  status: string;
  allowedTransitions: string[];
  startsOn: string | null;
  endsOn: string | null;
  budget: Array<{
    id: string;
    version: number;
    funder: string;
    partyId: string | null;
    amount: number;
    status: string;
  }>;
  funding: FundingBody;
  indicators: Array<{
    id: string;
    version: number;
    unit: string;
    proposedBy: string;
    validatedBy: string[];
    awaitingValidationFrom: string[];
    coValidated: boolean;
    measurements: Array<{ on: string; value: number; recordedBy: string }>;
  }>;
  evaluations: Array<{ id: string; parties: string[] }>;
  logCount: number;
  warnings: Array<{ id: string; details: Record<string, unknown> }>;
  log?: Array<{
    byParty: string;
    kind: string;
    text: string;
    attachmentIds: string[];
    attachments: Array<{ id: string; name: string; mediaType: string; sizeBytes: number }>;
  }>;
}

interface DetailBody {
  /** The action's own version, to send back with its changes. */
  version: number;
  action: ActionBody;
}

interface ListBody {
  actions: ActionBody[];
  funding: FundingBody;
  asymmetry: {
    parties: Array<{
      partyId: string;
      actionsInitiated: number;
      actionsInitiatedConfirmed?: number;
      indicatorsProposed: number;
    }>;
    initiativeByTerritory?: Array<{ proposedBy: string; territoryOf: string; actions: number }>;
    actionsCount: number;
    indicatorsCoValidated: number;
  };
  warnings: Array<{ id: string; details: Record<string, unknown> }>;
  parties: Array<{ partyId: string; name: string }>;
}

describe('step 6: actions', () => {
  let database: TestDatabase;
  let storage: TestFileStorage;
  let app: NestFastifyApplication;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let stranger: TestHttpClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = await createTestFileStorage();
    app = await startTestApp(buildTestConfig(database.url, { FILE_STORAGE_DIR: storage.dir }));
    factory = new Factory(app.get(DataSource));
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    angersElected = TestHttpClient.withSession(app, await factory.session(angersStaff.elected.id));
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

  async function partnership(): Promise<string> {
    return (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  }

  const actionsUrl = (partnershipId: string, path = '') =>
    `/api/partnerships/${partnershipId}/actions${path}`;

  async function list(partnershipId: string, client = angersOfficer): Promise<ListBody> {
    const response = await client.request('GET', actionsUrl(partnershipId));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function detail(
    partnershipId: string,
    actionId: string,
    client = angersOfficer,
  ): Promise<DetailBody> {
    const response = await client.request('GET', actionsUrl(partnershipId, `/${actionId}`));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const waterAction = () => ({
    title: 'Forage et château d’eau à Sébénikoro',
    themes: ['water_sanitation', 'custom:maraichage'],
    sdgs: [11, 6],
    locatedIn: [bamako.id],
    operators: [
      { name: 'Association Eau Vive', partyId: angers.id },
      { name: 'Régie des eaux de Bamako', partyId: bamako.id, territoryActorId: null },
    ],
    priority: 'medium',
    startsOn: '2026-01-05',
    endsOn: '2027-12-31',
  });

  async function create(
    partnershipId: string,
    body: Record<string, unknown> = waterAction(),
    client = angersOfficer,
  ): Promise<DetailBody> {
    // A new action conflicts with nothing: it is created without a version.
    const response = await client.request('POST', actionsUrl(partnershipId), body);
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function write(
    client: TestHttpClient,
    method: 'POST' | 'PUT',
    partnershipId: string,
    path: string,
    body: Record<string, unknown>,
    expectedStatus: number,
  ): Promise<DetailBody> {
    // Records appended to an action (measurements, evaluations, log entries) and new budget lines and
    // indicators carry no version; validating an indicator names the indicator's, any other change the
    // version of the action (the path's first segment), each as the action's detail gives it.
    const created = /\/(measurements|evaluations|log|budget-lines|indicators)$/.test(path);
    const [, actionId, , indicatorId] = path.split('/');
    const read = created ? undefined : await detail(partnershipId, actionId!, client);
    const version = path.endsWith('/validation')
      ? read?.action.indicators.find((indicator) => indicator.id === indicatorId)?.version
      : read?.version;
    const response = await client.request(method, actionsUrl(partnershipId, path), { version, ...body });
    expect([response.statusCode, response.json().code]).toEqual([expectedStatus, undefined]);
    return response.json();
  }

  /** An action of Angers in progress with an indicator both sides validated; returns ids. */
  async function measurableAction(partnershipId: string) {
    const { action } = await create(partnershipId);
    await write(angersOfficer, 'POST', partnershipId, `/${action.id}/status`, { to: 'in_progress' }, 200);
    const withIndicator = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${action.id}/indicators`,
      { name: 'Ménages raccordés à l’eau potable', unit: 'households', baseline: 0, target: 500 },
      201,
    );
    const indicatorId = withIndicator.action.indicators[0]!.id;
    await write(
      bamakoOfficer,
      'POST',
      partnershipId,
      `/${action.id}/indicators/${indicatorId}/validation`,
      {},
      200,
    );
    return { actionId: action.id, indicatorId };
  }

  it('creates an action with every field, seen here by one party and there by the other', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    expect(action).toMatchObject({
      title: 'Forage et château d’eau à Sébénikoro',
      themes: ['water_sanitation', 'custom:maraichage'],
      sdgs: [6, 11],
      locatedIn: [bamako.id],
      location: 'there',
      initiatedBy: angers.id,
      operators: [
        { name: 'Association Eau Vive', partyId: angers.id, territoryActorId: null },
        { name: 'Régie des eaux de Bamako', partyId: bamako.id, territoryActorId: null },
      ],
      priority: 'medium',
      status: 'planned',
      allowedTransitions: ['in_progress', 'cancelled'],
      startsOn: '2026-01-05',
      endsOn: '2027-12-31',
      budget: [],
      indicators: [],
      evaluations: [],
      log: [],
      logCount: 0,
    });
    const fromBamako = await list(partnershipId, bamakoOfficer);
    expect(fromBamako.actions[0]).toMatchObject({ id: action.id, location: 'here' });
    expect(fromBamako.parties.map((party) => party.name)).toEqual(["Ville d'Angers", 'District de Bamako']);
  });

  it('records who proposed an action as either side says, confirmed by the other, and crosses it with where it takes place', async () => {
    const partnershipId = await partnership();
    // Angers types in an action Bamako proposed, to take place in Angers.
    const created = await create(partnershipId, {
      ...waterAction(),
      title: 'Accueil de jeunes de Bamako à Angers',
      locatedIn: [angers.id],
      proposedBy: bamako.id,
    });
    const { action } = created;
    expect(action).toMatchObject({
      initiatedBy: angers.id,
      proposal: { proposedBy: bamako.id, statedBy: angers.id, confirmedBy: null },
    });
    // Angers cannot confirm its own statement; Bamako does.
    const url = `/${action.id}/proposer-confirmation`;
    const own = await angersOfficer.request('POST', `${actionsUrl(partnershipId)}${url}`, {
      version: created.version,
    });
    expect([own.statusCode, own.json().code]).toEqual([409, 'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE']);
    const confirmed = await write(bamakoOfficer, 'POST', partnershipId, url, {}, 200);
    expect(confirmed.action.proposal.confirmedBy).toBe(bamako.id);

    const overview = await list(partnershipId);
    expect(
      overview.asymmetry.parties.map((party) => [
        party.partyId,
        party.actionsInitiated,
        party.actionsInitiatedConfirmed,
      ]),
    ).toEqual([
      [angers.id, 0, 0],
      [bamako.id, 1, 1],
    ]);
    expect(overview.asymmetry.initiativeByTerritory).toContainEqual({
      proposedBy: bamako.id,
      territoryOf: angers.id,
      actions: 1,
    });
    // Without a proposer stated, the side that enters the action proposed it.
    const { action: plain } = await create(partnershipId, waterAction(), bamakoOfficer);
    expect(plain.proposal).toEqual({ proposedBy: bamako.id, statedBy: bamako.id, confirmedBy: null });
  });

  it('lets either side correct who proposed an action, which then awaits the other side’s confirmation again', async () => {
    const partnershipId = await partnership();
    // Angers types in an action it says Bamako proposed; Bamako confirms.
    const created = await create(partnershipId, { ...waterAction(), proposedBy: bamako.id });
    const id = created.action.id;
    await write(bamakoOfficer, 'POST', partnershipId, `/${id}/proposer-confirmation`, {}, 200);
    const confirmed = await detail(partnershipId, id);
    expect(confirmed.action.proposal).toEqual({
      proposedBy: bamako.id,
      statedBy: angers.id,
      confirmedBy: bamako.id,
    });

    // Bamako says it was Angers' idea after all: its correction undoes the confirmation.
    const url = actionsUrl(partnershipId, `/${id}/proposer`);
    const stale = await bamakoOfficer.request('PUT', url, {
      proposedBy: angers.id,
      version: created.version,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);
    const corrected = await write(
      bamakoOfficer,
      'PUT',
      partnershipId,
      `/${id}/proposer`,
      { proposedBy: angers.id },
      200,
    );
    expect(corrected.action.proposal).toEqual({
      proposedBy: angers.id,
      statedBy: bamako.id,
      confirmedBy: null,
    });
    expect((await detail(partnershipId, id, bamakoOfficer)).action.proposal).toEqual(
      corrected.action.proposal,
    );
    const counted = await list(partnershipId);
    expect(counted.asymmetry.parties.map((party) => [party.partyId, party.actionsInitiated])).toEqual([
      [angers.id, 1],
      [bamako.id, 0],
    ]);

    // Restating the same proposer is a confirmation's job, and Bamako cannot confirm its own statement.
    const same = await angersOfficer.request('PUT', url, {
      proposedBy: angers.id,
      version: corrected.version,
    });
    expect([same.statusCode, same.json()]).toEqual([
      409,
      expect.objectContaining({ code: 'ACTION.PROPOSER_UNCHANGED', type: expect.any(String) }),
    ]);
    expect(same.headers['content-type']).toMatch(/^application\/problem\+json/);
    const own = await bamakoOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${id}/proposer-confirmation`),
      {
        version: corrected.version,
      },
    );
    expect([own.statusCode, own.json().code]).toEqual([409, 'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE']);
    const reconfirmed = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${id}/proposer-confirmation`,
      {},
      200,
    );
    expect(reconfirmed.action.proposal.confirmedBy).toBe(angers.id);

    // Outsiders and readers cannot correct; the correction is in the audit trail.
    const foreign = await stranger.request('PUT', url, {
      proposedBy: bamako.id,
      version: reconfirmed.version,
    });
    expect(foreign.statusCode).toBe(404);
    const viewer = await angersViewer.request('PUT', url, {
      proposedBy: bamako.id,
      version: reconfirmed.version,
    });
    expect(viewer.statusCode).toBe(403);
    const audit = await app
      .get(DataSource)
      .getRepository(AuditEventEntity)
      .find({
        where: {
          entityType: 'partnership',
          entityId: partnershipId,
          action: 'lifecycle.ActionProposerCorrected',
        },
      });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisationId: bamako.id });
  });

  it('sorts actions by priority then start date, lets either side rank them and the initiator start them', async () => {
    const partnershipId = await partnership();
    const later = await create(partnershipId, {
      ...waterAction(),
      title: 'Jardins scolaires',
      startsOn: '2026-09-01',
    });
    const sooner = await create(partnershipId, {
      ...waterAction(),
      title: 'Bibliothèque',
      startsOn: '2026-03-01',
    });
    const undated = await create(
      partnershipId,
      {
        ...waterAction(),
        title: 'Échanges de jeunes',
        startsOn: null,
        endsOn: null,
        locatedIn: [angers.id, bamako.id],
      },
      bamakoOfficer,
    );
    expect(undated.action).toMatchObject({ initiatedBy: bamako.id, location: 'both' });
    expect((await list(partnershipId)).actions.map((action) => action.title)).toEqual([
      'Bibliothèque',
      'Jardins scolaires',
      'Échanges de jeunes',
    ]);

    const ranked = await write(
      bamakoOfficer,
      'PUT',
      partnershipId,
      `/${later.action.id}/priority`,
      { priority: 'high' },
      200,
    );
    expect(ranked.action.priority).toBe('high');
    await write(
      angersOfficer,
      'PUT',
      partnershipId,
      `/${sooner.action.id}/priority`,
      { priority: 'low' },
      200,
    );
    expect((await list(partnershipId)).actions.map((action) => action.title)).toEqual([
      'Jardins scolaires',
      'Échanges de jeunes',
      'Bibliothèque',
    ]);

    const started = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${later.action.id}/status`,
      { to: 'in_progress' },
      200,
    );
    expect(started.action).toMatchObject({
      status: 'in_progress',
      allowedTransitions: ['on_hold', 'completed', 'cancelled'],
    });
    const backwards = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${later.action.id}/status`),
      {
        to: 'planned',
        version: started.version,
      },
    );
    expect([backwards.statusCode, backwards.json().code]).toEqual([409, 'ACTION.INVALID_TRANSITION']);
    const assessment = (
      await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/assessment`)
    ).json();
    const step6 = assessment.steps.find((step: { step: string }) => step.step === 'ACTIONS');
    expect(
      step6.criteria.find((criterion: { id: string }) => criterion.id === 'ACTIONS.FIRST_ACTION_STARTED').met,
    ).toBe(true);
  });

  it('lets only the authority that initiated an action change its status: the partner cannot close it', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const started = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${action.id}/status`,
      { to: 'in_progress' },
      200,
    );
    const seenByPartner = await detail(partnershipId, action.id, bamakoOfficer);
    expect(seenByPartner.action.allowedTransitions).toEqual([]);
    for (const to of ['completed', 'cancelled', 'on_hold']) {
      const refused = await bamakoOfficer.request('POST', actionsUrl(partnershipId, `/${action.id}/status`), {
        to,
        version: started.version,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json().code).toBe('ACTION.STATUS_BY_INITIATOR_ONLY');
    }
    expect((await detail(partnershipId, action.id)).action).toMatchObject({
      status: 'in_progress',
      allowedTransitions: ['on_hold', 'completed', 'cancelled'],
    });
  });

  it('adds budget lines and computes the funding figures of each action and of the partnership', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const line = (body: Record<string, unknown>) =>
      write(angersOfficer, 'POST', partnershipId, `/${action.id}/budget-lines`, body, 201);
    const own = await line({
      funder: 'own_budget',
      funderName: "Ville d'Angers",
      amount: 10_000,
      currency: 'EUR',
      status: 'granted',
    });
    expect(own.action.budget[0]).toMatchObject({ funder: 'own_budget', partyId: angers.id, amount: 10_000 });
    await line({
      funder: 'ministry_call',
      funderName: 'MEAE — appel à projets',
      amount: 30_000,
      currency: 'EUR',
      status: 'granted',
    });
    await line({
      funder: 'european_union',
      funderName: 'Union européenne',
      amount: 20_000,
      currency: 'EUR',
      status: 'refused',
    });
    await line({
      funder: 'other_authority',
      funderName: 'Région Pays de la Loire',
      amount: 12_000,
      currency: 'EUR',
      status: 'requested',
    });
    const last = await line({
      funder: 'development_agency',
      funderName: 'Agence malienne',
      amount: 5_000_000,
      currency: 'XOF',
      status: 'requested',
    });
    expect(last.action.budget).toHaveLength(5);
    // Only granted funding counts; the region's request is shown apart until it is granted. The ministry's
    // grant brings 10 000 € of other funds for its 30 000 €: a leverage of 1/3, not "external / own".
    expect(last.action.funding).toEqual({
      currency: 'EUR',
      totalGranted: 40_000,
      ownShares: [{ partyId: angers.id, granted: 10_000, share: 0.25 }],
      funders: [
        {
          funder: 'ministry_call',
          funderName: 'MEAE — appel à projets',
          granted: 30_000,
          share: 0.75,
          grantLeverage: 10_000 / 30_000,
          requested: 0,
        },
        {
          funder: 'other_authority',
          funderName: 'Région Pays de la Loire',
          granted: 0,
          share: null,
          grantLeverage: null,
          requested: 12_000,
        },
      ],
      requested: 12_000,
      linesInOtherCurrencies: 1,
    });

    // The partner authority funds an action of its own from its own budget.
    const { action: theirs } = await create(
      partnershipId,
      { ...waterAction(), title: 'Formation des fontainiers' },
      bamakoOfficer,
    );
    await write(
      bamakoOfficer,
      'POST',
      partnershipId,
      `/${theirs.id}/budget-lines`,
      {
        funder: 'own_budget',
        funderName: 'District de Bamako',
        amount: 5_000,
        currency: 'EUR',
        status: 'granted',
      },
      201,
    );
    const overview = await list(partnershipId);
    // Bamako's own action is not co-financed by the ministry: it does not change the leverage of that grant.
    expect(overview.funding).toMatchObject({
      totalGranted: 45_000,
      ownShares: [
        { partyId: angers.id, granted: 10_000, share: 10_000 / 45_000 },
        { partyId: bamako.id, granted: 5_000, share: 5_000 / 45_000 },
      ],
      requested: 12_000,
    });
    expect(overview.funding.funders[0]).toMatchObject({ granted: 30_000, grantLeverage: 10_000 / 30_000 });
    expect(overview.actions.find((candidate) => candidate.id === theirs.id)?.budget[0]?.partyId).toBe(
      bamako.id,
    );
    expect(overview.asymmetry.actionsCount).toBe(2);
    expect(overview.asymmetry.parties.map((party) => [party.partyId, party.actionsInitiated])).toEqual([
      [angers.id, 1],
      [bamako.id, 1],
    ]);

    const badLine = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${action.id}/budget-lines`),
      {
        funder: 'lottery',
        funderName: '',
        amount: -5,
        currency: 'eur',
        status: 'granted',
      },
    );
    expect(badLine.statusCode).toBe(422);
    expect((badLine.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'amount',
      'currency',
      'funder',
      'funderName',
    ]);
  });

  it('has an indicator proposed by one side and validated by the other, then measured by the partner', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const proposed = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${action.id}/indicators`,
      { name: 'Ménages raccordés à l’eau potable', unit: 'households', baseline: 0, target: 500 },
      201,
    );
    const indicator = proposed.action.indicators[0]!;
    expect(indicator).toMatchObject({
      proposedBy: angers.id,
      validatedBy: [angers.id],
      awaitingValidationFrom: [bamako.id],
      coValidated: false,
    });
    expect(proposed.action.warnings.map((warning) => warning.id)).toEqual([
      'ACTIONS.INDICATORS_NOT_CO_VALIDATED',
    ]);

    const measurementPath = `/${action.id}/indicators/${indicator.id}/measurements`;
    const tooEarly = await bamakoElected.request('POST', actionsUrl(partnershipId, measurementPath), {
      on: '2026-06-01',
      value: 120,
      unit: 'households',
    });
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([409, 'ACTION.INDICATOR_NOT_CO_VALIDATED']);

    const validated = await write(
      bamakoOfficer,
      'POST',
      partnershipId,
      `/${action.id}/indicators/${indicator.id}/validation`,
      {},
      200,
    );
    expect(validated.action.indicators[0]).toMatchObject({
      validatedBy: [angers.id, bamako.id],
      awaitingValidationFrom: [],
      coValidated: true,
    });
    expect(validated.action.warnings).toEqual([]);
    const twice = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${action.id}/indicators/${indicator.id}/validation`),
      { version: validated.action.indicators[0]!.version },
    );
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'ACTION.INDICATOR_ALREADY_VALIDATED']);

    // An elected official of the partner authority records what was measured there.
    const measured = await write(
      bamakoElected,
      'POST',
      partnershipId,
      measurementPath,
      { on: '2026-06-01', value: 120, unit: 'households' },
      201,
    );
    // The answer is the measurement stored; the action, read again, shows it.
    expect(measured).toEqual({
      actionId: action.id,
      indicatorId: indicator.id,
      on: '2026-06-01',
      value: 120,
      recordedBy: bamako.id,
      breakdown: [],
      evidenceIds: [],
      evidence: [],
    });
    const measuredAction = (
      await angersOfficer.request('GET', actionsUrl(partnershipId, `/${action.id}`))
    ).json() as DetailBody;
    expect(measuredAction.action.indicators[0]?.measurements).toEqual([
      { on: '2026-06-01', value: 120, recordedBy: bamako.id, breakdown: [], evidenceIds: [], evidence: [] },
    ]);
    const overview = await list(partnershipId);
    expect(overview.asymmetry.indicatorsCoValidated).toBe(1);
  });

  it('refuses measurements in another unit or before the action starts', async () => {
    const partnershipId = await partnership();
    const { actionId, indicatorId } = await measurableAction(partnershipId);
    const path = actionsUrl(partnershipId, `/${actionId}/indicators/${indicatorId}/measurements`);
    const before = await detail(partnershipId, actionId);
    const wrongUnit = await bamakoOfficer.request('POST', path, {
      on: '2026-06-01',
      value: 3,
      unit: 'ménages',
    });
    expect(wrongUnit.statusCode).toBe(422);
    expect(wrongUnit.json()).toMatchObject({
      code: 'ACTION.MEASUREMENT_WRONG_UNIT',
      details: { unit: 'ménages', expectedUnit: 'households' },
    });
    const beforeStart = await bamakoOfficer.request('POST', path, {
      on: '2025-12-01',
      value: 3,
      unit: 'households',
    });
    expect(beforeStart.statusCode).toBe(422);
    expect(beforeStart.json()).toMatchObject({
      code: 'ACTION.MEASUREMENT_BEFORE_START',
      details: { on: '2025-12-01', startsOn: '2026-01-05' },
    });
    const shapes = await bamakoOfficer.request('POST', path, {
      on: 'demain',
      value: 'beaucoup',
      unit: '',
    });
    expect((shapes.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'on',
      'unit',
      'value',
    ]);
    const unknownIndicator = await bamakoOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${actionId}/indicators/no-such-indicator/measurements`),
      { on: '2026-06-01', value: 3, unit: 'households' },
    );
    expect([unknownIndicator.statusCode, unknownIndicator.json().code]).toEqual([404, 'RECORD.NOT_FOUND']);
    // Nothing was stored: the action reads as before, without a measurement.
    expect(before.action.indicators[0]?.measurements).toEqual([]);
    expect(await detail(partnershipId, actionId)).toEqual(before);
  });

  it('records joint evaluations only with two parties or more', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const evaluated = await write(
      bamakoOfficer,
      'POST',
      partnershipId,
      `/${action.id}/evaluations`,
      {
        on: '2026-10-15',
        parties: [angers.id, bamako.id],
        summary: 'Le forage fonctionne ; former deux fontainiers de plus.',
      },
      201,
    );
    expect(evaluated).toMatchObject({ on: '2026-10-15', parties: [angers.id, bamako.id] });
    const evaluatedAction = (
      await angersOfficer.request('GET', actionsUrl(partnershipId, `/${action.id}`))
    ).json() as DetailBody;
    expect(evaluatedAction.action.evaluations).toEqual([
      expect.objectContaining({ on: '2026-10-15', parties: [angers.id, bamako.id] }),
    ]);
    const alone = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${action.id}/evaluations`),
      {
        on: '2026-10-16',
        parties: [angers.id],
        summary: 'Auto-évaluation',
      },
    );
    expect([alone.statusCode, alone.json().code]).toEqual([409, 'ACTION.EVALUATION_NOT_JOINT']);
  });

  it('keeps a log either side writes, with files uploaded to the partnership', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const uploaded = await bamakoElected.postMultipart(`/api/partnerships/${partnershipId}/files`, [
      photo('chantier-forage.png'),
    ]);
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json() as { id: string };

    const logged = await write(
      bamakoElected,
      'POST',
      partnershipId,
      `/${action.id}/log`,
      { kind: 'mission', text: 'Visite du chantier avec les habitants', attachmentIds: [file.id, file.id] },
      201,
    );
    expect(logged).toMatchObject({
      kind: 'mission',
      attachments: [expect.objectContaining({ id: file.id })],
    });
    const loggedAction = (
      await bamakoElected.request('GET', actionsUrl(partnershipId, `/${action.id}`))
    ).json() as DetailBody;
    expect(loggedAction.action.logCount).toBe(1);
    expect(loggedAction.action.log?.[0]).toMatchObject({
      byParty: bamako.id,
      kind: 'mission',
      text: 'Visite du chantier avec les habitants',
      attachmentIds: [file.id],
      attachments: [
        expect.objectContaining({ id: file.id, name: 'chantier-forage.png', mediaType: 'image/png' }),
      ],
    });
    const seenByInitiator = (
      await angersOfficer.request('GET', actionsUrl(partnershipId, `/${action.id}`))
    ).json();
    expect(seenByInitiator.action.log[0].attachments[0].id).toBe(file.id);

    const elsewhere = await partnership();
    const foreign = (
      await angersOfficer.postMultipart(`/api/partnerships/${elsewhere}/files`, [photo('autre.png')])
    ).json() as { id: string };
    const before = await detail(partnershipId, action.id);
    const refused = await angersOfficer.request('POST', actionsUrl(partnershipId, `/${action.id}/log`), {
      kind: 'delivery',
      text: 'Livraison des pompes',
      attachmentIds: [foreign.id],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'FILE.NOT_ATTACHABLE', fileId: foreign.id });
    const unknownKind = await angersOfficer.request('POST', actionsUrl(partnershipId, `/${action.id}/log`), {
      kind: 'party',
      text: 'Fête',
      attachmentIds: ['not-a-uuid'],
    });
    expect(
      (unknownKind.json().errors as Array<{ field: string }>).map((error) => error.field).sort(),
    ).toEqual(['attachmentIds', 'kind']);
    // Nothing was logged: the action reads as before, with its one entry.
    expect(before.action.logCount).toBe(1);
    expect(await detail(partnershipId, action.id)).toEqual(before);
  });

  it('answers invalid actions with field errors or the method’s refusal', async () => {
    const partnershipId = await partnership();
    const shapes = await angersOfficer.request('POST', actionsUrl(partnershipId), {
      ...waterAction(),
      themes: ['juggling'],
      sdgs: [18],
      priority: 'urgent',
      locatedIn: [],
    });
    expect(shapes.statusCode).toBe(422);
    expect((shapes.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'locatedIn',
      'priority',
      'sdgs',
      'themes',
    ]);
    const reversed = await angersOfficer.request('POST', actionsUrl(partnershipId), {
      ...waterAction(),
      startsOn: '2026-05-01',
      endsOn: '2026-04-01',
    });
    expect([reversed.statusCode, reversed.json().code]).toEqual([422, 'ACTION.END_BEFORE_START']);
    const foreignPlace = await angersOfficer.request('POST', actionsUrl(partnershipId), {
      ...waterAction(),
      locatedIn: [(await factory.organisation()).id],
    });
    expect([foreignPlace.statusCode, foreignPlace.json().code]).toEqual([422, 'PARTNERSHIP.UNKNOWN_PARTY']);
    const unknownActor = await angersOfficer.request('POST', actionsUrl(partnershipId), {
      ...waterAction(),
      operators: [{ name: 'Inconnu', partyId: angers.id, territoryActorId: 'ta-404' }],
    });
    expect(unknownActor.json()).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'operators.0.territoryActorId' })],
    });
    const missing = await angersOfficer.request('GET', actionsUrl(partnershipId, '/no-such-action'));
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const missingWrite = await angersOfficer.request(
      'PUT',
      actionsUrl(partnershipId, '/no-such-action/priority'),
      {
        priority: 'high',
        version: 1,
      },
    );
    expect([missingWrite.statusCode, missingWrite.json().code]).toEqual([404, 'RECORD.NOT_FOUND']);
    // A version belongs to an action: creating one with it is refused as an unknown property.
    const withVersion = await angersOfficer.request('POST', actionsUrl(partnershipId), {
      ...waterAction(),
      version: 1,
    });
    expect(withVersion.statusCode).toBe(422);
    expect(withVersion.json()).toMatchObject({
      code: 'REQUEST.VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'version', rule: 'whitelistValidation' })],
    });
    expect((await list(partnershipId)).actions).toEqual([]);
  });

  it('keeps budget lines and indicators apart from their action: edits of one never refuse the others', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const proposed = await write(
      angersOfficer,
      'POST',
      partnershipId,
      `/${action.id}/indicators`,
      { name: 'Puits creusés', unit: 'wells', baseline: 0, target: 4 },
      201,
    );
    const indicator = proposed.action.indicators[0]!;
    expect(indicator.version).toBe(1);
    // The partner validates the indicator while our officer reprioritises the action and adds a budget line,
    // each with what it read before the others wrote.
    const [validated, reprioritised, funded] = await Promise.all([
      bamakoOfficer.request(
        'POST',
        actionsUrl(partnershipId, `/${action.id}/indicators/${indicator.id}/validation`),
        { version: indicator.version },
      ),
      angersOfficer.request('PUT', actionsUrl(partnershipId, `/${action.id}/priority`), {
        priority: 'high',
        version: proposed.version,
      }),
      angersOfficer.request('POST', actionsUrl(partnershipId, `/${action.id}/budget-lines`), {
        funder: 'own_budget',
        funderName: 'Budget communal',
        amount: 5_000,
        currency: 'EUR',
        status: 'granted',
      }),
    ]);
    expect([validated.statusCode, reprioritised.statusCode, funded.statusCode]).toEqual([200, 200, 201]);
    const after = await detail(partnershipId, action.id);
    expect(after.version).toBe(proposed.version + 1);
    expect(after.action.priority).toBe('high');
    expect(after.action.indicators[0]).toMatchObject({ version: 2, coValidated: true });
    expect(after.action.budget).toEqual([expect.objectContaining({ amount: 5_000, version: 1 })]);

    // The indicator's version still guards the indicator itself.
    const stale = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${action.id}/indicators/${indicator.id}/validation`),
      { version: indicator.version },
    );
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);
    // A new line names no version.
    const versioned = await angersOfficer.request(
      'POST',
      actionsUrl(partnershipId, `/${action.id}/budget-lines`),
      { funder: 'other', funderName: 'Région', amount: 1, currency: 'EUR', status: 'planned', version: 1 },
    );
    expect(versioned.statusCode).toBe(422);
  });

  it('refuses a stale version of the same action with 409, never because of another action', async () => {
    const partnershipId = await partnership();
    const created = await create(partnershipId);
    // Another action created and changed since the reading leaves this action's version as it was.
    const other = await create(partnershipId, { ...waterAction(), title: 'Bibliothèque' });
    await write(
      angersOfficer,
      'PUT',
      partnershipId,
      `/${other.action.id}/priority`,
      { priority: 'low' },
      200,
    );
    const rerank = (priority: string) =>
      angersOfficer.request('PUT', actionsUrl(partnershipId, `/${created.action.id}/priority`), {
        priority,
        version: created.version,
      });
    // Two changes of the same action from the same reading: one is stored, the other told to reload.
    const responses = await Promise.all([rerank('high'), rerank('low')]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const current = await detail(partnershipId, created.action.id);
    expect(current.version).toBe(created.version + 1);
    const stale = responses.find((response) => response.statusCode === 409)!;
    expect(stale.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: current.version });
    const stored = responses.find((response) => response.statusCode === 200)!.json() as DetailBody;
    expect(current.action.priority).toBe(stored.action.priority);
  });

  it('hides actions from non-parties and keeps viewers to reading, elected officials to logging', async () => {
    const partnershipId = await partnership();
    const { actionId, indicatorId } = await measurableAction(partnershipId);
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['GET', `/${actionId}`, undefined],
      ['POST', '', waterAction()],
      ['POST', `/${actionId}/log`, { kind: 'other', text: 'Intrus', attachmentIds: [] }],
    ] as const) {
      const response = await stranger.request(method, actionsUrl(partnershipId, path), body);
      expect([method, path, response.statusCode, response.json().code]).toEqual([
        method,
        path,
        404,
        'RESOURCE.NOT_FOUND',
      ]);
    }

    expect((await angersViewer.request('GET', actionsUrl(partnershipId, `/${actionId}`))).statusCode).toBe(
      200,
    );
    const viewerCreate = await angersViewer.request('POST', actionsUrl(partnershipId), waterAction());
    expect([viewerCreate.statusCode, viewerCreate.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const viewerLog = await angersViewer.request('POST', actionsUrl(partnershipId, `/${actionId}/log`), {
      kind: 'other',
      text: 'Note',
      attachmentIds: [],
    });
    expect(viewerLog.statusCode).toBe(403);
    const viewerMeasure = await angersViewer.request(
      'POST',
      actionsUrl(partnershipId, `/${actionId}/indicators/${indicatorId}/measurements`),
      { on: '2026-06-01', value: 1, unit: 'households' },
    );
    expect(viewerMeasure.statusCode).toBe(403);
    const electedCreate = await angersElected.request('POST', actionsUrl(partnershipId), waterAction());
    expect(electedCreate.statusCode).toBe(403);
    const electedLog = await angersElected.request('POST', actionsUrl(partnershipId, `/${actionId}/log`), {
      kind: 'meeting',
      text: 'Réunion publique de restitution',
      attachmentIds: [],
    });
    expect(electedLog.statusCode).toBe(201);
  });

  it('lets the partner measure while the initiator reranks the action, both at once, and stores a retried measurement once', async () => {
    const partnershipId = await partnership();
    const { actionId, indicatorId } = await measurableAction(partnershipId);
    const { version } = await detail(partnershipId, actionId);
    const path = actionsUrl(partnershipId, `/${actionId}/indicators/${indicatorId}/measurements`);
    const key = { headers: { 'idempotency-key': 'mesure-2026-06-01-bamako' } };
    const measurement = { on: '2026-06-01', value: 140, unit: 'households' };
    const [measured, reranked] = await Promise.all([
      bamakoOfficer.request('POST', path, measurement, key),
      angersOfficer.request('PUT', actionsUrl(partnershipId, `/${actionId}/priority`), {
        priority: 'low',
        version,
      }),
    ]);
    expect([measured.statusCode, reranked.statusCode]).toEqual([201, 200]);
    // A measurement is a row of its own: it leaves the action's version to the rerank alone.
    expect((reranked.json() as DetailBody).version).toBe(version + 1);
    // The phone lost the answer and sends the same measurement again: one row, the same answer.
    const again = await bamakoOfficer.request('POST', path, measurement, key);
    expect(again.statusCode).toBe(201);
    const stored = await detail(partnershipId, actionId);
    expect(stored.action.priority).toBe('low');
    expect(stored.action.indicators[0]?.measurements).toEqual([
      { on: '2026-06-01', value: 140, recordedBy: bamako.id, breakdown: [], evidenceIds: [], evidence: [] },
    ]);
    const reused = await bamakoOfficer.request('POST', path, { ...measurement, value: 141 }, key);
    expect([reused.statusCode, reused.json().code]).toEqual([422, 'REQUEST.IDEMPOTENCY_KEY_REUSED']);
  });

  it('stores every one of twenty log entries sent at once by both parties', async () => {
    const partnershipId = await partnership();
    const { action } = await create(partnershipId);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (index % 2 === 0 ? angersOfficer : bamakoOfficer).request(
          'POST',
          actionsUrl(partnershipId, `/${action.id}/log`),
          { kind: 'meeting', text: `Réunion de chantier ${index + 1}`, attachmentIds: [] },
        ),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    const detail = (await angersOfficer.request('GET', actionsUrl(partnershipId, `/${action.id}`))).json();
    expect(detail.action.logCount).toBe(20);
    expect(new Set(detail.action.log.map((entry: { text: string }) => entry.text)).size).toBe(20);

    // The log read a page at a time, newest first, from its table: every entry once.
    const seen: Array<{ id: string; at: string }> = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=7&cursor=${cursor}` : '?limit=7';
      const page = await bamakoOfficer.request('GET', actionsUrl(partnershipId, `/${action.id}/log${query}`));
      expect(page.statusCode).toBe(200);
      const body = page.json() as { items: Array<{ id: string; at: string }>; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.map((entry) => entry.id).sort()).toEqual(
      detail.action.log.map((entry: { id: string }) => entry.id).sort(),
    );
    const times = seen.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    const fromStranger = await stranger.request('GET', actionsUrl(partnershipId, `/${action.id}/log`));
    expect([fromStranger.statusCode, fromStranger.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
  });
});
