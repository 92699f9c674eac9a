import { UNPLANNED_INDICATOR, UNSTATED_LINE_FIGURES, assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { DialogueExchangesAsRows1795471000000 } from '../src/database/migrations/1795471000000-dialogue-exchanges-as-rows';
import { ActionRecordsAsRows1795472000000 } from '../src/database/migrations/1795472000000-action-records-as-rows';
import { DialoguePlanAsRow1795473000000 } from '../src/database/migrations/1795473000000-dialogue-plan-as-row';
import { PartnershipPartsAsRows1795474000000 } from '../src/database/migrations/1795474000000-partnership-parts-as-rows';
import { ActionPartsAsRows1795475000000 } from '../src/database/migrations/1795475000000-action-parts-as-rows';
import { OdaDeclarationData1795477000000 } from '../src/database/migrations/1795477000000-oda-declaration-data';
import { IndicatorsOverTime1796586945733 } from '../src/database/migrations/1796586945733-indicators-over-time';
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
  /** The migrations that move records out of the documents, in the order they apply. */
  const migrations = [
    new DialogueExchangesAsRows1795471000000(),
    new ActionRecordsAsRows1795472000000(),
    new DialoguePlanAsRow1795473000000(),
    new PartnershipPartsAsRows1795474000000(),
    new ActionPartsAsRows1795475000000(),
    // Adds columns to the budget lines' table, which the one before it drops and recreates.
    new OdaDeclarationData1795477000000(),
    // Adds columns to the indicators' and measurements' tables, which earlier ones drop and recreate.
    new IndicatorsOverTime1796586945733(),
  ];
  const APPENDED_TABLES = [
    'dialogue_exchange',
    'indicator_measurement',
    'action_log_entry',
    'joint_evaluation',
  ];
  /** The tables of the parts edited under versions of their own, each with records in the demo. */
  const PART_TABLES = [
    'motivation',
    'stake',
    'contribution',
    'associated_territory_actor',
    'partner_candidate',
    'presentation',
    'visit',
    'joint_action',
    'action_budget_line',
    'action_indicator',
    'convention',
    'political_dialogue',
  ];
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

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of [...APPENDED_TABLES, ...PART_TABLES]) {
      const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{
        n: number;
      }>;
      counts[table] = row!.n;
    }
    return counts;
  }

  it('assesses every partnership identically after its records move from its document to rows', async () => {
    const before = await assessEvery();
    const loadedBefore = await repository.loadMany(dataSource.manager, Object.keys(before));
    const statuses = Object.values(before).map((entry) => (entry as { status: string }).status);
    expect(new Set(statuses)).toEqual(new Set(['active', 'suspended', 'terminated']));
    const counts = await rowCounts();
    const [plans] = await dataSource.query('SELECT count(*)::int AS n FROM dialogue_plan');
    expect(plans.n).toBeGreaterThan(0);
    // The demo's partner searches go through the directory: it has no candidate to move.
    for (const table of [...APPENDED_TABLES, ...PART_TABLES].filter((table) => table !== 'partner_candidate'))
      expect([table, counts[table]]).not.toEqual([table, 0]);
    const exchanges = counts.dialogue_exchange;

    const runner = dataSource.createQueryRunner();
    try {
      for (const migration of [...migrations].reverse()) await migration.down(runner);
      // As the earlier schema kept them: in the document, instants tagged.
      const [documents] = await runner.query(
        `SELECT sum(jsonb_array_length(records->'dialogueEvents'))::int AS exchanges,
                bool_and(records->'dialogueEvents' @? '$[*].occurredAt."$date"'
                         OR jsonb_array_length(records->'dialogueEvents') = 0) AS tagged
           FROM partnership`,
      );
      expect(documents).toEqual({ exchanges, tagged: true });
      const [measured] = await runner.query(
        `SELECT count(*)::int AS n FROM partnership,
                jsonb_array_elements(records->'actions') action,
                jsonb_array_elements(action->'indicators') indicator,
                jsonb_array_elements(indicator->'measurements') measurement`,
      );
      expect(measured).toEqual({ n: counts.indicator_measurement });
      const [visits] = await runner.query(
        `SELECT count(*)::int AS n FROM partnership, jsonb_array_elements(records->'visits') visit`,
      );
      expect(visits).toEqual({ n: counts.visit });
      const [actionParts] = await runner.query(
        `SELECT sum(jsonb_array_length(action->'budget'))::int AS budget,
                sum(jsonb_array_length(action->'indicators'))::int AS indicators
           FROM partnership, jsonb_array_elements(records->'actions') action`,
      );
      expect(actionParts).toEqual({ budget: counts.action_budget_line, indicators: counts.action_indicator });
      for (const migration of migrations) await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await rowCounts()).toEqual(counts);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM dialogue_plan')).toEqual([plans]);
    // No document is left: every record is a row.
    const [left] = await dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_name = 'partnership' AND column_name = 'records'`,
    );
    expect(left).toEqual({ n: 0 });
    expect(await assessEvery()).toEqual(before);
    // The records themselves come back as they were, not only what the assessment reads of them.
    const loadedAfter = await repository.loadMany(dataSource.manager, Object.keys(before));
    // What the ODA migration added (an action's description, sectors and markers, a line's figures) is not
    // carried by the earlier migrations: its own `down`, which this round trip runs first, drops it.
    const withoutOdaData = (snapshot: (typeof loadedAfter)[number]['snapshot']) => ({
      ...snapshot,
      actions: snapshot.actions.map(
        ({ description: _d, objectives: _o, sectors: _s, markers: _m, ...action }) => ({
          ...action,
          budget: action.budget.map((line) => ({
            ...line,
            ...UNSTATED_LINE_FIGURES,
            eurRate: line.currency === 'EUR' ? 1 : null,
          })),
          // Nor is an indicator's plan over time, nor a measurement's breakdown and evidence.
          indicators: action.indicators.map((indicator) => ({
            ...indicator,
            ...UNPLANNED_INDICATOR,
            measurements: indicator.measurements.map((measurement) => ({
              ...measurement,
              breakdown: [],
              evidenceIds: [],
            })),
          })),
        }),
      ),
    });
    const byId = (loaded: typeof loadedAfter) =>
      Object.fromEntries(loaded.map(({ snapshot }) => [snapshot.partnership.id, withoutOdaData(snapshot)]));
    expect(byId(loadedAfter)).toEqual(byId(loadedBefore));
  });
});
