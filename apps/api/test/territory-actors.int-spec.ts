import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('the directory of territory actors', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let officer: TestHttpClient;
  let otherOfficer: TestHttpClient;
  let first: string;
  let second: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    const factory = new Factory(app.get(DataSource));
    const angers = await factory.organisation("Ville d'Angers");
    const rennes = await factory.organisation('Ville de Rennes');
    const staff = await factory.staff(angers.id);
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    otherOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(rennes.id, 'officer')).id),
    );
    first = (await factory.partnership(angers.id, staff.officer.id)).id;
    second = (await factory.partnership(angers.id, staff.officer.id)).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('files an actor associated by name, and reuses it in the next partnership', async () => {
    const byName = await officer.request('POST', `/api/partnerships/${first}/territory-actors`, {
      name: 'Lycée Chevrollier',
      kind: 'school',
      involvement: 'operator',
    });
    expect(byName.statusCode).toBe(201);
    const directory = (
      await officer.request('GET', '/api/organisation/territory-actors?q=chevrollier')
    ).json();
    expect(directory.items).toEqual([expect.objectContaining({ name: 'Lycée Chevrollier', kind: 'school' })]);
    const directoryActorId = directory.items[0].id as string;

    const reused = await officer.request('POST', `/api/partnerships/${second}/territory-actors`, {
      directoryActorId,
      involvement: 'consulted',
    });
    expect(reused.statusCode).toBe(201);
    expect(reused.json().territoryActors).toEqual([
      expect.objectContaining({ id: directoryActorId, name: 'Lycée Chevrollier', involvement: 'consulted' }),
    ]);
    const again = await officer.request('POST', `/api/partnerships/${second}/territory-actors`, {
      directoryActorId,
      involvement: 'operator',
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'RECORD.DUPLICATE_ID']);
    const byNameAgain = await officer.request('POST', `/api/partnerships/${first}/territory-actors`, {
      name: 'lycée chevrollier',
      kind: 'school',
      involvement: 'operator',
    });
    expect([byNameAgain.statusCode, byNameAgain.json().code]).toEqual([409, 'RECORD.DUPLICATE_ID']);
    expect((await officer.request('GET', '/api/organisation/territory-actors')).json().items).toHaveLength(1);
  });

  it('refuses a duplicate name, a stale edit, and another authority’s actor', async () => {
    const created = await officer.request('POST', '/api/organisation/territory-actors', {
      name: 'Association Angers-Bamako',
      kind: 'association',
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await officer.request('POST', '/api/organisation/territory-actors', {
      name: 'ASSOCIATION angers-bamako',
      kind: 'ngo',
    });
    expect([duplicate.statusCode, duplicate.json().code]).toEqual([409, 'TERRITORY_ACTOR.DUPLICATE_NAME']);
    const edited = await officer.request('PATCH', `/api/organisation/territory-actors/${created.json().id}`, {
      contact: 'contact@angers-bamako.test',
      version: 1,
    });
    expect(edited.json()).toMatchObject({ contact: 'contact@angers-bamako.test', version: 2 });
    const stale = await officer.request('PATCH', `/api/organisation/territory-actors/${created.json().id}`, {
      notes: 'x',
      version: 1,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);

    const foreign = await otherOfficer.request(
      'PATCH',
      `/api/organisation/territory-actors/${created.json().id}`,
      { notes: 'x', version: 2 },
    );
    expect(foreign.statusCode).toBe(404);
    expect((await otherOfficer.request('GET', '/api/organisation/territory-actors')).json().items).toEqual(
      [],
    );
  });

  it('asks for a name and kind when no directory actor is given', async () => {
    const response = await officer.request('POST', `/api/partnerships/${first}/territory-actors`, {
      involvement: 'operator',
    });
    expect(response.statusCode).toBe(422);
    expect(
      [...new Set((response.json().errors as Array<{ field: string }>).map((error) => error.field))].sort(),
    ).toEqual(['kind', 'name']);
  });
});
