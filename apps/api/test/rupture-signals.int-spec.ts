import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface SignalListBody {
  today: string;
  items: Array<{
    id: string;
    kind: string;
    concernsPartyId: string;
    occursOn: string;
    note: string;
    recordedBy: string;
    active: boolean;
  }>;
}

interface AssessmentBody {
  warnings: Array<{ id: string; details: Record<string, unknown> }>;
  figures: {
    health: { score: number; components: Array<{ id: string; weight: number; value: number }> };
    ruptureSignals: Array<{ id: string }>;
  };
}

const dayFromToday = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('early warnings of rupture', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let angersOfficer: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let bamakoViewer: TestHttpClient;
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
    const bamakoStaff = await factory.staff(bamako.id);
    const session = async (user: UserEntity) =>
      TestHttpClient.withSession(app, await factory.session(user.id));
    angersOfficer = await session(angersStaff.officer);
    angersViewer = await session(angersStaff.viewer);
    bamakoOfficer = await session(bamakoStaff.officer);
    bamakoElected = await session(bamakoStaff.elected);
    bamakoViewer = await session(bamakoStaff.viewer);
    stranger = await session(await factory.user(rennes.id, 'officer'));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function partnership(): Promise<string> {
    return (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  }

  const signalsUrl = (partnershipId: string) => `/api/partnerships/${partnershipId}/rupture-signals`;

  const election = (concernsPartyId: string, occursOn = dayFromToday(60)) => ({
    kind: 'election',
    concernsPartyId,
    occursOn,
    note: 'Élections municipales : le maire ne se représente pas',
  });

  async function list(partnershipId: string, client = angersOfficer): Promise<SignalListBody> {
    const response = await client.request('GET', signalsUrl(partnershipId));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function assessment(partnershipId: string): Promise<AssessmentBody> {
    const response = await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/assessment`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  it("lets the initiator's officer record an election on the partner's side, shown to both, in the warnings and the health score", async () => {
    const partnershipId = await partnership();
    const before = await assessment(partnershipId);
    const recorded = await angersOfficer.request('POST', signalsUrl(partnershipId), election(bamako.id));
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      kind: 'election',
      concernsPartyId: bamako.id,
      recordedBy: angers.id,
    });

    const seenByPartner = await list(partnershipId, bamakoViewer);
    expect(seenByPartner.items).toEqual([
      expect.objectContaining({ id: recorded.json().id, kind: 'election', active: true }),
    ]);

    const after = await assessment(partnershipId);
    expect(after.warnings).toContainEqual(
      expect.objectContaining({
        id: 'RELATION.RUPTURE_SIGNAL',
        details: expect.objectContaining({ kind: 'election', partyId: bamako.id, upcoming: true }),
      }),
    );
    expect(after.figures.ruptureSignals.map((signal) => signal.id)).toEqual([recorded.json().id]);
    const stability = after.figures.health.components.find((c) => c.id === 'RELATION_STABILITY');
    expect(stability?.weight).toBeGreaterThan(0);
    expect(before.figures.health.components.find((c) => c.id === 'RELATION_STABILITY')?.weight).toBe(0);
    expect(after.figures.health.score).toBeLessThanOrEqual(before.figures.health.score);

    const [audited] = await dataSource.query(
      `SELECT count(*)::int AS count, min(organisation_id::text) AS organisation FROM audit_event
        WHERE entity_id = $1 AND action = 'lifecycle.RuptureSignalRecorded'`,
      [partnershipId],
    );
    expect(audited).toEqual({ count: 1, organisation: angers.id });
  });

  it('lets a partner authority record a sign on its own side only', async () => {
    const partnershipId = await partnership();
    const own = await bamakoOfficer.request('POST', signalsUrl(partnershipId), {
      kind: 'instability',
      concernsPartyId: bamako.id,
      occursOn: dayFromToday(-10),
      note: 'Le conseil municipal a été dissous',
    });
    expect(own.statusCode).toBe(201);
    const otherSide = await bamakoOfficer.request('POST', signalsUrl(partnershipId), election(angers.id));
    expect([otherSide.statusCode, otherSide.json().code]).toEqual([403, 'SIGNAL.NOT_OWN_SIDE']);
    expect((await list(partnershipId)).items.map((item) => item.recordedBy)).toEqual([bamako.id]);
  });

  it('lets elected officials record a sign, not viewers, and hides the partnership from non-parties', async () => {
    const partnershipId = await partnership();
    const elected = await bamakoElected.request('POST', signalsUrl(partnershipId), {
      kind: 'budget_cut',
      concernsPartyId: bamako.id,
      occursOn: dayFromToday(30),
      note: 'Le budget de la coopération est réduit de moitié',
    });
    expect(elected.statusCode).toBe(201);
    const viewer = await angersViewer.request('POST', signalsUrl(partnershipId), election(angers.id));
    expect(viewer.statusCode).toBe(403);
    const outsider = await stranger.request('POST', signalsUrl(partnershipId), election(angers.id));
    expect(outsider.statusCode).toBe(404);
    expect((await stranger.request('GET', signalsUrl(partnershipId))).statusCode).toBe(404);
    expect((await list(partnershipId)).items).toHaveLength(1);
  });

  it('refuses a sign about an organisation that is no party, an unknown kind or a malformed date', async () => {
    const partnershipId = await partnership();
    const rennes = await factory.organisation('Ville de Rennes');
    const notParty = await angersOfficer.request('POST', signalsUrl(partnershipId), election(rennes.id));
    expect([notParty.statusCode, notParty.json().code]).toEqual([422, 'PARTNERSHIP.UNKNOWN_PARTY']);
    const kind = await angersOfficer.request('POST', signalsUrl(partnershipId), {
      ...election(bamako.id),
      kind: 'rumour',
    });
    expect(kind.statusCode).toBe(422);
    const date = await angersOfficer.request('POST', signalsUrl(partnershipId), {
      ...election(bamako.id),
      occursOn: '15/03/2026',
    });
    expect(date.statusCode).toBe(422);
    expect((await list(partnershipId)).items).toEqual([]);
  });

  it('stores a sign sent again with its Idempotency-Key once', async () => {
    const partnershipId = await partnership();
    const key = { headers: { 'idempotency-key': '0f7c2f0e-3f55-4d59-9b0e-7c1a0c9d4b21' } };
    const first = await angersOfficer.request('POST', signalsUrl(partnershipId), election(bamako.id), key);
    const again = await angersOfficer.request('POST', signalsUrl(partnershipId), election(bamako.id), key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json()).toEqual(first.json());
    expect((await list(partnershipId)).items).toHaveLength(1);
  });

  it('shows the signs weighing on a partnership in each party’s portfolio row', async () => {
    const partnershipId = await partnership();
    await angersOfficer.request('POST', signalsUrl(partnershipId), election(bamako.id, dayFromToday(20)));
    // A sign more than a year old no longer weighs.
    await angersOfficer.request('POST', signalsUrl(partnershipId), {
      kind: 'handed_to_operators',
      concernsPartyId: angers.id,
      occursOn: dayFromToday(-400),
      note: 'Les projets confiés à une ONG',
    });
    for (const client of [angersOfficer, bamakoOfficer]) {
      const portfolio = await client.request('GET', '/api/portfolio');
      expect(portfolio.statusCode).toBe(200);
      const row = (portfolio.json() as { rows: Array<{ id: string; ruptureSignals: unknown[] }> }).rows.find(
        (item) => item.id === partnershipId,
      );
      expect(row?.ruptureSignals).toEqual([
        { kind: 'election', occursOn: dayFromToday(20), partyId: bamako.id },
      ]);
    }
  });
});
