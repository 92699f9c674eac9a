import { assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { DialogueExchangesAsRows1795471000000 } from '../src/database/migrations/1795471000000-dialogue-exchanges-as-rows';
import { loadDemoData } from '../src/demo/load-demo-data';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * The migration that moves records out of the lifecycle documents into rows carries every partnership as it
 * was: the demo's partnerships cover every step and status (a search, both visits, a convention under
 * negotiation with a sleeping dialogue, one in force with exchanges and measured actions, a suspension, a
 * termination). Put back into documents as the earlier schema kept them, then moved out again, each one
 * assesses exactly as before.
 */
describe('moving lifecycle records into rows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const repository = new PartnershipRepository();
  const migration = new DialogueExchangesAsRows1795471000000();
  const now = new Date();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
    await loadDemoData(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  async function assessEvery(): Promise<Record<string, unknown>> {
    const ids: Array<{ id: string }> = await dataSource.query('SELECT id FROM partnership ORDER BY id');
    const loaded = await repository.loadMany(
      dataSource.manager,
      ids.map((row) => row.id),
    );
    return Object.fromEntries(
      loaded.map(({ snapshot }) => [
        snapshot.partnership.id,
        { status: snapshot.partnership.status, assessment: assessPartnership(snapshot, now) },
      ]),
    );
  }

  const exchangeCount = async (): Promise<number> =>
    ((await dataSource.query('SELECT count(*)::int AS n FROM dialogue_exchange')) as Array<{ n: number }>)[0]!
      .n;

  it('assesses every partnership identically after its exchanges move from its document to rows', async () => {
    const before = await assessEvery();
    const statuses = Object.values(before).map((entry) => (entry as { status: string }).status);
    expect(new Set(statuses)).toEqual(new Set(['active', 'suspended', 'terminated']));
    const exchanges = await exchangeCount();
    expect(exchanges).toBeGreaterThan(0);

    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // As the earlier schema kept them: in the document, instants tagged.
      const [documents] = await runner.query(
        `SELECT sum(jsonb_array_length(records->'dialogueEvents'))::int AS exchanges,
                bool_and(records->'dialogueEvents' @? '$[*].occurredAt."$date"'
                         OR jsonb_array_length(records->'dialogueEvents') = 0) AS tagged
           FROM partnership`,
      );
      expect(documents).toEqual({ exchanges, tagged: true });
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await exchangeCount()).toBe(exchanges);
    const [left] = await dataSource.query(
      `SELECT count(*)::int AS n FROM partnership WHERE records ? 'dialogueEvents'`,
    );
    expect(left).toEqual({ n: 0 });
    expect(await assessEvery()).toEqual(before);
  });
});
