import type { Client } from 'pg';

/** What the benchmark reads and writes, found in the generated data. */
export interface BenchSubjects {
  /** The authority with the largest portfolio, and the officer whose dashboard is measured. */
  readonly flagship: {
    readonly organisationId: string;
    readonly officerEmail: string;
    readonly partnerships: number;
  };
  /** Its partnerships: partnership pages and exchanges rotate over them. */
  readonly portfolio: readonly { readonly id: string; readonly parties: readonly string[] }[];
  /** One partnership per connection for measurements, each of another authority. */
  readonly measurements: readonly MeasurementSubject[];
}

export interface MeasurementSubject {
  readonly partnershipId: string;
  readonly actionId: string;
  readonly indicatorId: string;
  readonly unit: string;
  readonly officerEmail: string;
}

/** The authority with the most partnerships, and its first officer (by e-mail): whose dashboard is measured. */
export async function findFlagshipAuthority(client: Client): Promise<BenchSubjects['flagship']> {
  const flagship = (
    await client.query<{ organisation_id: string; partnerships: string; email: string }>(`
      WITH largest AS (
        SELECT organisation_id, count(*) AS partnerships FROM partnership_party
        GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1)
      SELECT largest.organisation_id, largest.partnerships, app_user.email
      FROM largest JOIN app_user ON app_user.organisation_id = largest.organisation_id AND app_user.role = 'officer'
      ORDER BY app_user.email LIMIT 1`)
  ).rows[0];
  if (!flagship) throw new Error('the benchmark database holds no partnership: run `pnpm bench:data` first');
  return {
    organisationId: flagship.organisation_id,
    officerEmail: flagship.email,
    partnerships: Number(flagship.partnerships),
  };
}

export async function findBenchSubjects(client: Client, measurementSlots: number): Promise<BenchSubjects> {
  const flagship = await findFlagshipAuthority(client);
  const portfolio = (
    await client.query<{ id: string; parties: string[] }>(
      `SELECT partnership.id, array_agg(party.organisation_id ORDER BY party.joined_at) AS parties
       FROM partnership_party own
       JOIN partnership ON partnership.id = own.partnership_id
       JOIN partnership_party party ON party.partnership_id = partnership.id
       WHERE own.organisation_id = $1 AND partnership.status = 'active'
       GROUP BY partnership.id ORDER BY partnership.id`,
      [flagship.organisationId],
    )
  ).rows;
  // Measurable indicators are those already measured (measurements need every party's validation), on an
  // action under way, in active partnerships of distinct authorities whose officer signs in.
  const measurements = (
    await client.query<{
      partnership_id: string;
      action_id: string;
      indicator_id: string;
      unit: string;
      email: string;
    }>(
      `SELECT DISTINCT ON (initiator.organisation_id)
              partnership.id AS partnership_id, action->>'id' AS action_id, indicator.record_key AS indicator_id,
              indicator.unit, app_user.email
       FROM partnership
       JOIN partnership_party initiator ON initiator.partnership_id = partnership.id AND initiator.role = 'initiator'
       JOIN app_user ON app_user.organisation_id = initiator.organisation_id AND app_user.role = 'officer'
       JOIN joint_action stored_action ON stored_action.partnership_id = partnership.id
       CROSS JOIN LATERAL (SELECT stored_action.content AS action) AS row_of_action
       JOIN action_indicator indicator ON indicator.partnership_id = partnership.id
                                      AND indicator.action_key = stored_action.record_key
       WHERE partnership.status = 'active' AND action->>'status' = 'in_progress'
         AND EXISTS (SELECT 1 FROM indicator_measurement measured
                      WHERE measured.partnership_id = partnership.id AND measured.action_id = action->>'id'
                        AND measured.indicator_id = indicator.record_key)
       ORDER BY initiator.organisation_id, partnership.id, app_user.email
       LIMIT $1`,
      [measurementSlots],
    )
  ).rows;
  return {
    flagship,
    portfolio: portfolio.map((row) => ({ id: row.id, parties: row.parties })),
    measurements: measurements.map((row) => ({
      partnershipId: row.partnership_id,
      actionId: row.action_id,
      indicatorId: row.indicator_id,
      unit: row.unit,
      officerEmail: row.email,
    })),
  };
}
