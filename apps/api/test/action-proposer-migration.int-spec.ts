import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { ActionProposer1795476420000 } from '../src/database/migrations/1795476420000-action-proposer';
import { loadDemoData } from '../src/demo/load-demo-data';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Actions recorded before who proposed them was a fact of its own only knew the side that typed them in: the
 * migration takes that side as the proposer, stated by itself and unconfirmed.
 */
describe('giving existing actions their proposer', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const migration = new ActionProposer1795476420000();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
    await loadDemoData(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('takes the side that entered each action as its proposer, unconfirmed', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const [before] = await runner.query(
        `SELECT count(*)::int AS actions, count(*) FILTER (WHERE content ? 'proposal')::int AS with_proposal
           FROM joint_action`,
      );
      expect(before.actions).toBeGreaterThan(0);
      expect(before.with_proposal).toBe(0);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: Array<{ initiated_by: string; proposal: unknown }> = await dataSource.query(
      `SELECT content->>'initiatedBy' AS initiated_by, content->'proposal' AS proposal FROM joint_action`,
    );
    for (const row of rows) {
      expect(row.proposal).toEqual({
        proposedBy: row.initiated_by,
        statedBy: row.initiated_by,
        confirmedBy: null,
      });
    }
    const ids: Array<{ id: string }> = await dataSource.query('SELECT id FROM partnership');
    const loaded = await new PartnershipRepository().loadMany(
      dataSource.manager,
      ids.map((row) => row.id),
    );
    const actions = loaded.flatMap(({ snapshot }) => snapshot.actions);
    expect(actions.length).toBe(rows.length);
    for (const action of actions) expect(action.proposal.proposedBy).toBe(action.initiatedBy);
  });
});
