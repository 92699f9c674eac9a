import { assessPartnership } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { TravelAdviceLevels1795476410000 } from '../src/database/migrations/1795476410000-travel-advice-levels';
import { loadDemoData } from '../src/demo/load-demo-data';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

/**
 * Red zones became refused and orange zones need an elected approval with a reason. Existing visits, stored
 * as the former rule left them (a red-zone approval without reason), end in a state the new rule accepts:
 * past red-zone visits keep their approval as history, red-zone visits still to come are cancelled with the
 * reason in the audit trail, and no stored assessment names the former warning.
 */
describe('moving visits to the travel advice levels', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const migration = new TravelAdviceLevels1795476410000();

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
    await loadDemoData(dataSource);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  /** Turns two of the demo's visits to Angers' partners into red-zone visits as the former rule kept them. */
  async function redZoneVisitsAsBefore(): Promise<{ past: string; coming: string; partnershipId: string }> {
    const runner = dataSource.createQueryRunner();
    try {
      await migration.down(runner);
    } finally {
      await runner.release();
    }
    const rows: Array<{ partnership_id: string; record_key: string; starts_on: string }> =
      await dataSource.query(
        `SELECT partnership_id, record_key, content->>'startsOn' AS starts_on FROM visit
        WHERE content->>'direction' = 'to_partner' ORDER BY content->>'startsOn'`,
      );
    const past = rows.find((row) => row.starts_on < day(0))!;
    const coming = rows.find((row) => row.starts_on > day(0))!;
    expect([past, coming]).toEqual([expect.anything(), expect.anything()]);
    const elected = { personId: 'p-elected', partyId: 'x', role: 'elected', name: 'Élue' };
    for (const [row, approved] of [
      [past, true],
      [coming, false],
    ] as const) {
      await dataSource.query(
        `UPDATE visit SET content = jsonb_set(jsonb_set(content, '{travelAdvisory,level}', '"formally_advised_against"'),
                                              '{redZoneApproval}', $3::jsonb)
          WHERE partnership_id = $1 AND record_key = $2`,
        [
          row.partnership_id,
          row.record_key,
          JSON.stringify(
            approved
              ? { approvedBy: elected, approvedAt: { $date: new Date().toISOString() }, decisionRef: 'D-1' }
              : null,
          ),
        ],
      );
    }
    return { past: past.record_key, coming: coming.record_key, partnershipId: coming.partnership_id };
  }

  it('keeps past approvals as history, cancels red-zone visits still to come, and says why in the audit trail', async () => {
    const { past, coming, partnershipId } = await redZoneVisitsAsBefore();
    const [versionBefore] = await dataSource.query('SELECT version FROM visit WHERE record_key = $1', [
      coming,
    ]);
    const runner = dataSource.createQueryRunner();
    try {
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const contents: Array<{ record_key: string; content: Record<string, unknown>; version: number }> =
      await dataSource.query('SELECT record_key, content, version FROM visit');
    expect(contents.filter((row) => 'redZoneApproval' in row.content)).toEqual([]);
    const byKey = new Map(contents.map((row) => [row.record_key, row]));
    expect(byKey.get(past)!.content).toMatchObject({
      cancelled: false,
      travelApproval: { decisionRef: 'D-1', reason: null },
    });
    expect(byKey.get(coming)!.content).toMatchObject({ cancelled: true, travelApproval: null });
    expect(byKey.get(coming)!.version).toBe(versionBefore.version + 1);
    // Only the red-zone visit still to come was cancelled.
    expect(contents.filter((row) => row.content.cancelled === true).map((row) => row.record_key)).toEqual([
      coming,
    ]);

    const audit = await dataSource.query(
      `SELECT a.action, a.changes, a.organisation_id, party.role FROM audit_event a
         JOIN partnership_party party ON party.partnership_id::text = a.entity_id
                                     AND party.organisation_id = a.organisation_id
        WHERE a.entity_id = $1 AND a.action = 'lifecycle.VisitCancelled'`,
      [partnershipId],
    );
    expect(audit).toEqual([
      expect.objectContaining({
        role: 'initiator',
        changes: {
          visitId: { before: null, after: coming },
          reason: { before: null, after: expect.stringContaining('third place') },
        },
      }),
    ]);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM partnership_summary')).toEqual([{ n: 0 }]);

    // Every partnership loads and is assessed under the new rule.
    const ids: Array<{ id: string }> = await dataSource.query('SELECT id FROM partnership');
    const loaded = await new PartnershipRepository().loadMany(
      dataSource.manager,
      ids.map((row) => row.id),
    );
    for (const { snapshot } of loaded) {
      const warnings = assessPartnership(snapshot, new Date()).warnings.map((warning) => warning.id);
      expect(warnings).not.toContain('INITIATION.RED_ZONE_APPROVAL_MISSING');
    }
  });
});
