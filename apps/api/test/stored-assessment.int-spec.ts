import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { incomingDelegation } from './factories/visit-requests';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SetClock } from './support/set-clock';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const DAY = 86_400_000;
/** 10:00 UTC today: far from the day's edges in Angers and Bamako alike. */
const START = new Date(`${new Date().toISOString().slice(0, 10)}T10:00:00Z`);
const dayOf = (offsetDays: number) => new Date(START.getTime() + offsetDays * DAY).toISOString().slice(0, 10);

describe('the partnership page’s stored assessment', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  const clock = new SetClock(START);
  let angers: TestHttpClient;
  let partnershipId: string;
  let bamakoId: string;

  /** The assessment computed from the lifecycle document as of the clock, as JSON. */
  async function fromDocument(): Promise<unknown> {
    const { snapshot } = await new PartnershipRepository().load(dataSource.manager, partnershipId);
    return JSON.parse(JSON.stringify(assessPartnership(snapshot, clock.now())));
  }

  async function page(client = angers, id = partnershipId) {
    return client.request('GET', `/api/partnerships/${id}/assessment`);
  }

  async function storedAssessment(): Promise<string | null> {
    const [row] = await dataSource.query(
      'SELECT assessment FROM partnership_summary WHERE partnership_id = $1',
      [partnershipId],
    );
    return row?.assessment ?? null;
  }

  /** Replaces the stored text, so that a test can tell whether the answer came from it. */
  async function tamper(): Promise<void> {
    await dataSource.query(
      `UPDATE partnership_summary SET assessment = '{"tampered":true}' WHERE partnership_id = $1`,
      [partnershipId],
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = buildTestConfig(database.url);
    app = await startTestApp(config, AppModule.forRoot(config, { clock }));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const angersOrganisation = await factory.organisation("Ville d'Angers", 'FR');
    const bamako = await factory.organisation('District de Bamako', 'ML');
    bamakoId = bamako.id;
    const staff = await factory.staff(angersOrganisation.id);
    angers = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    const partnership = await factory.partnership(angersOrganisation.id, staff.officer.id, [bamako.id]);
    partnershipId = partnership.id;
    const visit = await angers.request(
      'POST',
      `/api/partnerships/${partnershipId}/visits`,
      incomingDelegation({ partnerPartyId: bamako.id, startsOn: dayOf(3), endsOn: dayOf(4) }),
    );
    expect(visit.statusCode).toBe(201);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('answers the assessment of the lifecycle document, as stored by the write that changed it', async () => {
    const response = await page();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual(await fromDocument());
    expect(response.body).toBe(await storedAssessment());
  });

  it('serves the stored text while it is current, and assesses again once a party’s organisation changes', async () => {
    await tamper();
    expect((await page()).json()).toEqual({ tampered: true });
    await dataSource.query(
      `UPDATE organisation SET time_zone = 'Africa/Abidjan', version = version + 1 WHERE id = $1`,
      [bamakoId],
    );
    const fresh = await page();
    expect(fresh.json()).toEqual(await fromDocument());
    expect(await storedAssessment()).toBe(fresh.body);
  });

  it('assesses again on the next day, and after a write', async () => {
    await tamper();
    clock.set(new Date(START.getTime() + DAY));
    expect((await page()).json()).toEqual(await fromDocument());

    await tamper();
    const planned = await angers.request(
      'POST',
      `/api/partnerships/${partnershipId}/visits`,
      incomingDelegation({
        partnerPartyId: bamakoId,
        startsOn: dayOf(20),
        endsOn: dayOf(22),
        purpose: 'Deuxième délégation de Bamako',
        member: { name: 'Oumar Diarra', role: 'technician' },
      }),
    );
    expect(planned.statusCode).toBe(201);
    expect((await page()).json()).toEqual(await fromDocument());
  });

  it('completes a summary stored before assessments were kept on its first read', async () => {
    await dataSource.query('UPDATE partnership_summary SET assessment = NULL WHERE partnership_id = $1', [
      partnershipId,
    ]);
    const response = await page();
    expect(response.json()).toEqual(await fromDocument());
    expect(await storedAssessment()).toBe(response.body);
  });

  it('answers 404 to an authority that is not a party, and to a malformed id', async () => {
    const rennes = await factory.organisation('Ville de Rennes', 'FR');
    const outsider = await factory.user(rennes.id, 'officer');
    const client = TestHttpClient.withSession(app, await factory.session(outsider.id));
    const hidden = await page(client);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('RESOURCE.NOT_FOUND');
    expect((await page(angers, 'not-a-uuid')).json().code).toBe('RESOURCE.NOT_FOUND');
  });
});
