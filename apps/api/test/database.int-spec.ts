import { assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { PartnershipEntity } from '../src/partnership-records/partnership.entity';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { DEMO_ORGANISATIONS } from '../src/demo/demo-data';
import { loadDemoData } from '../src/demo/load-demo-data';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('database schema and demo data', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
  });

  afterEach(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('has migrations that produce exactly the schema the entities describe', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can revert every migration and apply them again', async () => {
    for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration();
    expect(await dataSource.query(`SELECT to_regclass('organisation') AS table`)).toEqual([{ table: null }]);
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(dataSource.migrations.length);
  });

  it('loads the demo data into an empty database once', async () => {
    expect(await loadDemoData(dataSource)).toBe(true);
    expect(await loadDemoData(dataSource)).toBe(false);
    expect(await dataSource.getRepository(OrganisationEntity).count()).toBe(DEMO_ORGANISATIONS.length);
  });

  it('loads demo partnerships across the method: every step, suspended, terminated, falling asleep', async () => {
    await loadDemoData(dataSource);
    const repository = new PartnershipRepository();
    const partnerships = await dataSource.getRepository(PartnershipEntity).find();
    const assessed = await Promise.all(
      partnerships.map(async (partnership) => {
        const { snapshot } = await repository.load(dataSource.manager, partnership.id);
        const assessment = assessPartnership(snapshot, new Date());
        return { status: assessment.status, step: assessment.currentStep, figures: assessment.figures };
      }),
    );
    const active = assessed.filter((partnership) => partnership.status === 'active');
    // The emergency aid to Ouahigouya has its recipient: its own criteria leave only the aid to deliver.
    expect(active.map((partnership) => partnership.step ?? 'ALL_DONE').sort()).toEqual([
      'ACTIONS',
      'ALL_DONE',
      'COMMITMENT',
      'CONVENTION',
      'INITIATION',
      'PARTNER_SEARCH',
      'PRESENTATION',
    ]);
    expect(assessed.map((partnership) => partnership.status).sort()).toEqual([
      ...Array<string>(7).fill('active'),
      'suspended',
      'terminated',
    ]);
    expect(assessed.filter((partnership) => partnership.figures.sleep?.fallingAsleep)).toHaveLength(1);
    const healthiest = Math.max(...active.map((partnership) => partnership.figures.health.score));
    expect(healthiest).toBeGreaterThanOrEqual(80);
  });

  it('never loads the demo data into a database that holds data of its own', async () => {
    await dataSource.getRepository(OrganisationEntity).insert({
      name: 'Conseil départemental du Finistère',
      kind: 'department',
      countryCode: 'FR',
      population: 915_090,
      languages: ['fr', 'br'],
      timeZone: 'Europe/Paris',
    });
    expect(await loadDemoData(dataSource)).toBe(false);
    expect(await dataSource.getRepository(OrganisationEntity).count()).toBe(1);
  });
});
