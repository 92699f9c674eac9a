import { verify } from '@node-rs/argon2';
import { assessPartnership, STEP_IDS } from '@passerelle/domain';
import { ENTITIES } from '@passerelle/api/src/database/data-source-options';
import { PartnershipRepository } from '@passerelle/api/src/lifecycle/partnership.repository';
import { isSummaryCurrent, summaryOf } from '@passerelle/api/src/lifecycle/partnership-summary.repository';
import type { PortfolioRowView } from '@passerelle/api/src/lifecycle/dto/portfolio-row.dto';
import { createTestDatabase, type TestDatabase } from '@passerelle/api/test/support/test-database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { BENCH_PASSWORD, generateDataset, type DatasetReport } from '../src/load/load-dataset';

// Generation and reading everything back take seconds, not the default five.
jest.setTimeout(180_000);

/** A fixed day, so that the same seed gives the same data whenever the suite runs. */
const AS_OF = new Date('2026-06-15T00:00:00Z');
const SCALE = 0.005;

/**
 * A small-scale run of the national benchmark's data generator, inside the test suite so that it cannot rot
 * between benchmark runs: it must load into a freshly migrated database, with realistic proportions, and
 * every partnership it writes must be one the API can read and the lifecycle model can assess.
 */
describe('benchmark data generator (smoke scale)', () => {
  let database: TestDatabase;
  let client: Client;
  let report: DatasetReport;

  beforeAll(async () => {
    database = await createTestDatabase();
    report = await generateDataset({ databaseUrl: database.url, scale: SCALE, seed: 'smoke', asOf: AS_OF });
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const count = async (sql: string): Promise<number> =>
    Number((await client.query<{ n: string }>(sql)).rows[0]?.n);

  it('writes the scaled counts of organisations, partnerships, accounts and audit rows', async () => {
    const { targets } = report;
    // Small scales may need a few more authorities than the target: every initiator is a French one.
    expect(await count('SELECT count(*) AS n FROM organisation')).toBe(report.counts.organisations);
    expect(report.counts.organisations).toBeGreaterThanOrEqual(targets.organisations);
    expect(await count('SELECT count(*) AS n FROM partnership')).toBe(targets.partnerships);
    expect(await count('SELECT count(*) AS n FROM app_user')).toBeGreaterThanOrEqual(targets.users);
    expect(await count('SELECT count(*) AS n FROM audit_event')).toBe(report.counts.auditRows);
    expect(report.counts.auditRows).toBeGreaterThan(0);
    // Every partnership has its initiator among its parties, and each has exactly one.
    expect(await count(`SELECT count(*) AS n FROM partnership_party WHERE role = 'initiator'`)).toBe(
      targets.partnerships,
    );
  });

  it('writes the scaled visits, actions, exchanges and measurements as rows of their tables', async () => {
    const volumes = (
      await client.query<{ visits: string; actions: string; events: string; measurements: string }>(`
        SELECT (SELECT count(*) FROM visit) AS visits,
               (SELECT count(*) FROM joint_action) AS actions,
               (SELECT count(*) FROM dialogue_exchange) AS events,
               (SELECT count(*) FROM indicator_measurement) AS measurements`)
    ).rows[0];
    const { targets } = report;
    expect(Number(volumes?.visits)).toBe(report.counts.visits);
    expect(Number(volumes?.visits)).toBeGreaterThanOrEqual(0.95 * targets.visits);
    expect(Number(volumes?.events)).toBe(report.counts.dialogueEvents);
    expect(Number(volumes?.events)).toBeGreaterThanOrEqual(0.95 * targets.dialogueEvents);
    expect(Number(volumes?.measurements)).toBe(report.counts.measurements);
    expect(Number(volumes?.actions)).toBeGreaterThanOrEqual(0.95 * targets.actions);
  });

  it('gives the most partnerships to one French authority, while most run one to three', async () => {
    const portfolios = (
      await client.query<{ organisation_id: string; country_code: string; partnerships: string }>(`
        SELECT party.organisation_id, organisation.country_code, count(*) AS partnerships
        FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
        GROUP BY party.organisation_id, organisation.country_code
        ORDER BY count(*) DESC, party.organisation_id`)
    ).rows;
    const [largest, second] = portfolios;
    expect(largest?.country_code).toBe('FR');
    expect(Number(largest?.partnerships)).toBeGreaterThan(Number(second?.partnerships));
    const initiators = (
      await client.query<{ partnerships: string }>(`
        SELECT count(*) AS partnerships FROM partnership_party WHERE role = 'initiator' GROUP BY organisation_id`)
    ).rows.map((row) => Number(row.partnerships));
    expect(initiators.filter((size) => size <= 3).length / initiators.length).toBeGreaterThan(0.6);
  });

  it('picks partner countries the way French cooperation does, Germany first', async () => {
    const countries = (
      await client.query<{ country_code: string }>(`
        SELECT organisation.country_code FROM partnership_party party
        JOIN organisation ON organisation.id = party.organisation_id
        WHERE party.role = 'partner'
        GROUP BY organisation.country_code ORDER BY count(*) DESC, organisation.country_code LIMIT 3`)
    ).rows.map((row) => row.country_code);
    expect(countries[0]).toBe('DE');
  });

  it('stores the portfolio summary of every partnership as a write on the as-of day would have left it', async () => {
    const asOfNoon = new Date('2026-06-15T12:00:00Z');
    expect(await count('SELECT count(*) AS n FROM partnership_summary')).toBe(report.counts.partnerships);
    expect(report.counts.partnershipSummaries).toBe(report.counts.partnerships);
    const dataSource = new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES });
    await dataSource.initialize();
    try {
      const stored = (
        await client.query<{
          partnership_id: string;
          revision: number;
          organisation_versions: Record<string, number>;
          valid_until: Date;
          computed_at: Date;
          portfolio_rows: Record<string, string>;
          portfolio_facets: ReturnType<typeof summaryOf>['portfolioFacets'];
        }>('SELECT * FROM partnership_summary ORDER BY partnership_id LIMIT 40')
      ).rows;
      const loaded = await new PartnershipRepository().loadMany(
        dataSource.manager,
        stored.map((row) => row.partnership_id),
      );
      for (const row of stored) {
        const partnership = loaded.find((one) => one.snapshot.partnership.id === row.partnership_id)!;
        const expected = summaryOf(
          partnership.snapshot,
          partnership.revision,
          partnership.organisationVersions,
          assessPartnership(partnership.snapshot, asOfNoon),
          asOfNoon,
        );
        // The parties come back in joining order, which a partnership's creation leaves tied.
        const partnersInOrder = (rows: typeof expected.portfolioRows) =>
          Object.fromEntries(
            Object.entries(rows).map(([party, view]) => [
              party,
              { ...view, partners: [...view.partners].sort((a, b) => a.id.localeCompare(b.id)) },
            ]),
          );
        const facetsInOrder = (facets: typeof expected.portfolioFacets) => ({
          ...facets,
          parties: [...facets.parties].sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
        });
        expect({
          ...row,
          valid_until: row.valid_until.toISOString(),
          portfolio_rows: partnersInOrder(
            Object.fromEntries(
              Object.entries(row.portfolio_rows).map(([party, text]) => [
                party,
                JSON.parse(text) as PortfolioRowView,
              ]),
            ),
          ),
          portfolio_facets: facetsInOrder(row.portfolio_facets),
        }).toEqual({
          partnership_id: expected.partnershipId,
          revision: expected.revision,
          organisation_versions: expected.organisationVersions,
          valid_until: expected.validUntil.toISOString(),
          computed_at: asOfNoon,
          // Left to the partnership page's first read: 80,000 of them would be gigabytes to hold and write.
          assessment: null,
          portfolio_rows: partnersInOrder(expected.portfolioRows),
          portfolio_facets: facetsInOrder(expected.portfolioFacets),
        });
        const current = {
          revision: partnership.revision,
          status: partnership.snapshot.partnership.status,
          parties: partnership.snapshot.partnership.parties.map((party) => ({
            organisationId: party.organisationId,
            role: party.role,
            organisationVersion: partnership.organisationVersions[party.organisationId]!,
          })),
        };
        const summary = {
          revision: row.revision,
          organisationVersions: row.organisation_versions,
          validUntil: row.valid_until,
          computedAt: row.computed_at,
          status: row.portfolio_facets.status,
          parties: row.portfolio_facets.parties,
        };
        expect(isSummaryCurrent(summary, current, asOfNoon)).toBe(true);
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('stores partnerships that the API reads back and the lifecycle model assesses at every step', async () => {
    const dataSource = new DataSource({ type: 'postgres', url: database.url, entities: ENTITIES });
    await dataSource.initialize();
    try {
      const ids = (await client.query<{ id: string }>('SELECT id FROM partnership ORDER BY id')).rows.map(
        (row) => row.id,
      );
      const loaded = await new PartnershipRepository().loadMany(dataSource.manager, ids);
      expect(loaded).toHaveLength(ids.length);
      const currentSteps = new Set<string>();
      for (const { snapshot } of loaded) {
        const assessment = assessPartnership(snapshot, AS_OF);
        currentSteps.add(assessment.currentStep ?? 'none');
      }
      // Partnerships are spread over the method: every step is someone's current step.
      for (const step of STEP_IDS.filter((step) => step !== 'ACTIONS')) expect(currentSteps).toContain(step);
    } finally {
      await dataSource.destroy();
    }
  });

  it('gives every account the known benchmark password', async () => {
    const hashes = (
      await client.query<{ password_hash: string }>('SELECT DISTINCT password_hash FROM app_user')
    ).rows;
    expect(hashes).toHaveLength(1);
    expect(await verify(hashes[0]?.password_hash ?? '', BENCH_PASSWORD)).toBe(true);
  });

  it('writes the same data again from the same seed', async () => {
    const again = await createTestDatabase();
    try {
      await generateDataset({ databaseUrl: again.url, scale: SCALE, seed: 'smoke', asOf: AS_OF });
      const digest = async (url: string) => {
        const other = new Client({ connectionString: url });
        await other.connect();
        try {
          // The partnerships and their records, every part's table included.
          const result = await other.query<{ digest: string }>(
            `SELECT md5(string_agg(id::text || title || status || (
                      SELECT coalesce(string_agg(part.content::text, ',' ORDER BY part.position), '')
                        FROM visit part WHERE part.partnership_id = partnership.id) || (
                      SELECT coalesce(string_agg(part.content::text, ',' ORDER BY part.position), '')
                        FROM joint_action part WHERE part.partnership_id = partnership.id) || (
                      SELECT coalesce(string_agg(part.content::text, ',' ORDER BY part.position), '')
                        FROM motivation part WHERE part.partnership_id = partnership.id) || coalesce((
                      SELECT part.content::text FROM convention part WHERE part.partnership_id = partnership.id), ''),
                      ',' ORDER BY id)) AS digest
               FROM partnership`,
          );
          return result.rows[0]?.digest;
        } finally {
          await other.end();
        }
      };
      expect(await digest(again.url)).toBe(await digest(database.url));
    } finally {
      await again.drop();
    }
  });
});
