import type { Client } from 'pg';

/**
 * The benchmark's writes append to the partnerships they touch (an exchange, a measurement per request), so
 * each run would measure longer histories than the last. The first run to write to a partnership keeps its
 * generated status here; every run starts by putting those partnerships back as generated: that status and
 * no appended record but the generated ones. The table belongs to the benchmark database only.
 */
const PRISTINE_TABLE = 'bench_pristine_partnership_status';

/** The tables of records the API appends beside a partnership's other records. */
const APPENDED_TABLES = [
  'dialogue_exchange',
  'indicator_measurement',
  'action_log_entry',
  'joint_evaluation',
];

/**
 * Puts back every partnership an earlier run wrote to: its generated status and no appended
 * record but the generated ones (those the API appended name the user who typed them; generated ones none),
 * under a new version and revision (both only grow: stored summaries and reminders compare them), and drops
 * its stored summary, which the warm-up recomputes. Returns how many were restored.
 */
export async function restorePristinePartnerships(client: Client): Promise<number> {
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${PRISTINE_TABLE} (
       partnership_id uuid PRIMARY KEY REFERENCES partnership(id) ON DELETE CASCADE,
       status text NOT NULL)`,
  );
  const appended: string[] = [];
  for (const table of APPENDED_TABLES) {
    const removed = await client.query<{ partnership_id: string }>(
      `DELETE FROM ${table} appended USING ${PRISTINE_TABLE} pristine
        WHERE appended.partnership_id = pristine.partnership_id AND appended.recorded_by_user_id IS NOT NULL
        RETURNING appended.partnership_id`,
    );
    appended.push(...removed.rows.map((row) => row.partnership_id));
  }
  const restored = await client.query<{ id: string }>(
    `UPDATE partnership SET status = pristine.status,
                            version = partnership.version + 1, revision = partnership.revision + 1
       FROM ${PRISTINE_TABLE} pristine
      WHERE partnership.id = pristine.partnership_id
        AND (partnership.status <> pristine.status OR partnership.id = ANY($1::uuid[]))
      RETURNING partnership.id`,
    [[...new Set(appended)]],
  );
  const ids = restored.rows.map((row) => row.id);
  if (ids.length > 0) {
    await client.query('DELETE FROM partnership_summary WHERE partnership_id = ANY($1::uuid[])', [ids]);
  }
  return ids.length;
}

/** Keeps the current state of partnerships about to be written to, unless an earlier run kept it already. */
export async function keepPristinePartnerships(
  client: Client,
  partnershipIds: readonly string[],
): Promise<void> {
  await client.query(
    `INSERT INTO ${PRISTINE_TABLE} (partnership_id, status)
     SELECT id, status FROM partnership WHERE id = ANY($1::uuid[])
     ON CONFLICT (partnership_id) DO NOTHING`,
    [[...partnershipIds]],
  );
}
