import type { RuptureSignal } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { AppendOnlyTable } from './append-only-table';

/** A signal row (`signal`) as the domain names its fields, with its instant as JSON text. */
const SIGNAL_JSON = `json_build_object(
            'id', signal.id, 'kind', signal.kind, 'concernsPartyId', signal.concerns_organisation_id,
            'occursOn', to_char(signal.occurs_on, 'YYYY-MM-DD'), 'note', signal.note,
            'recordedBy', signal.recorded_by_organisation_id, 'recordedAt', signal.recorded_at)`;

/**
 * A partnership's warning signals, by date then id, as one JSON array (null without any): what the
 * lifecycle snapshot reads, as a subquery of a statement over `partnership`.
 */
export const RUPTURE_SIGNALS_OF_PARTNERSHIP = `SELECT json_agg(${SIGNAL_JSON}
            ORDER BY signal.occurs_on, signal.id)
       FROM rupture_signal signal WHERE signal.partnership_id = partnership.id`;

/** A signal as the snapshot statement gives it: instants as JSON text. */
export type StoredRuptureSignal = Omit<RuptureSignal, 'recordedAt'> & { recordedAt: string };

export function ruptureSignalsOf(rows: readonly StoredRuptureSignal[] | null): RuptureSignal[] {
  return (rows ?? []).map((signal) => ({ ...signal, recordedAt: new Date(signal.recordedAt) }));
}

interface SignalRow {
  id: string;
  kind: string;
  concerns_organisation_id: string;
  occurs_on: string;
  note: string;
  recorded_at: Date;
  recorded_by_organisation_id: string;
}

/** The `rupture_signal` table: signals are appended (`AppendOnlyTable`), never changed. */
export class RuptureSignalRepository {
  readonly appends = new AppendOnlyTable<RuptureSignal, SignalRow>({
    table: 'rupture_signal',
    columns: [
      ['id', 'uuid'],
      ['kind', 'varchar'],
      ['concerns_organisation_id', 'uuid'],
      ['occurs_on', 'date', `to_char(occurs_on, 'YYYY-MM-DD')`],
      ['note', 'text'],
      ['recorded_at', 'timestamptz'],
    ],
    valuesOf: (signal) => [
      signal.id,
      signal.kind,
      signal.concernsPartyId,
      signal.occursOn,
      signal.note,
      signal.recordedAt,
    ],
    recordOf: signalOf,
  });

  /** Every signal of the partnership, newest date first: the list the partnership page shows. */
  async list(manager: EntityManager, partnershipId: string): Promise<RuptureSignal[]> {
    const rows: SignalRow[] = await manager.query(
      `SELECT id, kind, concerns_organisation_id, to_char(occurs_on, 'YYYY-MM-DD') AS occurs_on, note,
              recorded_at, recorded_by_organisation_id
         FROM rupture_signal
        WHERE partnership_id = $1
        ORDER BY occurs_on DESC, id DESC`,
      [partnershipId],
    );
    return rows.map(signalOf);
  }
}

function signalOf(row: SignalRow): RuptureSignal {
  return {
    id: row.id,
    kind: row.kind as RuptureSignal['kind'],
    concernsPartyId: row.concerns_organisation_id,
    occursOn: row.occurs_on,
    note: row.note,
    recordedBy: row.recorded_by_organisation_id,
    recordedAt: row.recorded_at,
  };
}
