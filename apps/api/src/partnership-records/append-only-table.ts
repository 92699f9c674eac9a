import type { EntityManager } from 'typeorm';
import { auditRowsInsert } from '../audit/audit-statements';
import type { AuditRow } from '../audit/audit-trail';
import { idempotencyKeyReused } from '../common/idempotency/idempotency-key';

/**
 * What every append-only table of a partnership's records shares (exchanges, measurements, log entries,
 * evaluations): the partnership, the party and user who appended the row, when, and the key it was sent
 * with, unique per partnership and party, with the fingerprint of the request that first used it.
 */
export interface AppendedBy {
  readonly partnershipId: string;
  readonly organisationId: string;
  readonly userId: string | null;
  readonly idempotencyKey: string | null;
  readonly requestHash: string | null;
}

/** A record as stored, with what says whether a retried request is the same one. */
export interface StoredAppend<R> {
  readonly record: R;
  readonly requestHash: string | null;
}

/** The record an append stored, or the one a request with the same key stored before. */
export interface AppendOutcome<R> {
  readonly record: R;
  readonly replayed: boolean;
}

/** How one table's own columns hold a record, beside the shared ones. */
export interface AppendOnlyColumns<R, Row> {
  readonly table: string;
  /**
   * The record's own columns, in the order of `valuesOf`, each with its SQL type for the parameter and, when
   * the driver would not give it back as the record holds it, how to read it (`to_char(day, …)`).
   */
  readonly columns: ReadonlyArray<readonly [name: string, type: string, read?: string]>;
  valuesOf(record: R): readonly unknown[];
  /** The record from its own columns and the party that appended it. */
  recordOf(row: Row & { recorded_by_organisation_id: string }): R;
}

const SHARED_COLUMNS = [
  ['partnership_id', 'uuid'],
  ['recorded_by_organisation_id', 'uuid'],
  ['recorded_by_user_id', 'uuid'],
  ['idempotency_key', 'varchar'],
  ['request_hash', 'char(64)'],
] as const;

/**
 * An append-only table: a row is inserted once with its audit rows, in one statement, and never changed.
 * A request sent again with its key inserts nothing and is answered with the row first stored; the same key
 * with another request is refused.
 */
export class AppendOnlyTable<R, Row extends object> {
  /** The statement that appends a row with its audit rows (parameters: `parametersOf`). */
  readonly insertSql: string;
  private readonly selectSql: string;

  constructor(private readonly spec: AppendOnlyColumns<R, Row>) {
    const columns = [...SHARED_COLUMNS, ...spec.columns];
    const names = columns.map(([name]) => name);
    const values = columns.map(([, type], index) => `$${index + 1}::${type}`);
    const read = spec.columns.map(([name, , expression]) => (expression ? `${expression} AS ${name}` : name));
    const returned = `${read.join(', ')}, recorded_by_organisation_id, request_hash`;
    this.insertSql = `WITH appended AS (
         INSERT INTO ${spec.table} (${names.join(', ')})
         VALUES (${values.join(', ')})
         ON CONFLICT (partnership_id, recorded_by_organisation_id, idempotency_key)
           WHERE idempotency_key IS NOT NULL DO NOTHING
         RETURNING ${returned}
       ), audited AS (
         ${auditRowsInsert(`$${columns.length + 1}`)}
          WHERE EXISTS (SELECT 1 FROM appended)
       )
       SELECT * FROM appended`;
    this.selectSql = `SELECT ${returned} FROM ${spec.table}
        WHERE partnership_id = $1 AND recorded_by_organisation_id = $2 AND idempotency_key = $3`;
  }

  /**
   * Appends the record with its audit rows, or, when the party already sent this key for the partnership,
   * answers the record stored then (`replayed`). Run in the transaction that checked the record.
   */
  async append(
    manager: EntityManager,
    by: AppendedBy,
    record: R,
    audit: readonly AuditRow[],
  ): Promise<AppendOutcome<R>> {
    const rows: Array<Row & { recorded_by_organisation_id: string; request_hash: string | null }> =
      await manager.query(this.insertSql, this.parametersOf(by, record, audit));
    const [row] = rows;
    if (row) return { record: this.spec.recordOf(row), replayed: false };
    // The same key landed since the caller looked (`findByKey`): that one stands.
    const earlier = by.idempotencyKey ? await this.findByKey(manager, by, by.idempotencyKey) : undefined;
    if (!earlier) throw new Error(`${this.spec.table}: a row neither stored nor found`);
    return replayOf(earlier, by.requestHash);
  }

  /** The parameters of `insertSql` for a record appended by `by` with its audit rows. */
  parametersOf(by: AppendedBy, record: R, audit: readonly AuditRow[]): unknown[] {
    return [
      by.partnershipId,
      by.organisationId,
      by.userId,
      by.idempotencyKey,
      by.requestHash,
      ...this.spec.valuesOf(record),
      JSON.stringify(audit),
    ];
  }

  /** What the party appended with this key, if anything: a retry is answered without any lock. */
  async replay(manager: EntityManager, by: AppendedBy): Promise<AppendOutcome<R> | undefined> {
    if (!by.idempotencyKey) return undefined;
    const earlier = await this.findByKey(manager, by, by.idempotencyKey);
    return earlier ? replayOf(earlier, by.requestHash) : undefined;
  }

  private async findByKey(
    manager: EntityManager,
    by: AppendedBy,
    idempotencyKey: string,
  ): Promise<StoredAppend<R> | undefined> {
    const rows: Array<Row & { recorded_by_organisation_id: string; request_hash: string | null }> =
      await manager.query(this.selectSql, [by.partnershipId, by.organisationId, idempotencyKey]);
    const [row] = rows;
    return row ? { record: this.spec.recordOf(row), requestHash: row.request_hash } : undefined;
  }
}

function replayOf<R>(earlier: StoredAppend<R>, requestHash: string | null): AppendOutcome<R> {
  if (earlier.requestHash !== requestHash) throw idempotencyKeyReused();
  return { record: earlier.record, replayed: true };
}
