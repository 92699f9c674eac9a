import type { Action, BreakdownValue, JointEvaluation, LogEntry, Measurement } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { AppendOnlyTable } from './append-only-table';

/** A measurement with the indicator it measures. */
export interface IndicatorMeasurement {
  readonly actionId: string;
  readonly indicatorId: string;
  readonly measurement: Measurement;
}

/** A log entry with its action. */
export interface ActionLogEntry {
  readonly actionId: string;
  readonly entry: LogEntry;
}

/** A joint evaluation with its action. */
export interface ActionEvaluation {
  readonly actionId: string;
  readonly evaluation: JointEvaluation;
}

/** A measurement as `MEASUREMENTS_OF_PARTNERSHIP` gives it. */
export interface MeasurementRow {
  action_id: string;
  indicator_id: string;
  measured_on: string;
  value: number;
  recorded_by_organisation_id: string;
  breakdown: BreakdownValue[] | null;
  evidence_ids: string[] | null;
}

interface LogEntryRow {
  id: string;
  action_id: string;
  at: Date;
  kind: string;
  text: string;
  attachment_ids: string[];
  recorded_by_organisation_id: string;
}

interface EvaluationRow {
  id: string;
  action_id: string;
  evaluated_on: string;
  parties: string[];
  summary: string;
}

const DAY = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** A partnership's measurements as one JSON array, oldest day first (a subquery over `partnership`). */
export const MEASUREMENTS_OF_PARTNERSHIP = `SELECT json_agg(json_build_object(
            'action_id', m.action_id, 'indicator_id', m.indicator_id, 'measured_on', m.measured_on,
            'value', m.value, 'recorded_by_organisation_id', m.recorded_by_organisation_id,
            'breakdown', m.breakdown, 'evidence_ids', m.evidence_ids)
            ORDER BY m.measured_on, m.recorded_at, m.id)
       FROM indicator_measurement m WHERE m.partnership_id = partnership.id`;

/** A partnership's log entries as one JSON array, oldest first. */
export const LOG_ENTRIES_OF_PARTNERSHIP = `SELECT json_agg(json_build_object(
            'id', e.id, 'action_id', e.action_id, 'at', e.at, 'kind', e.kind, 'text', e.text,
            'attachment_ids', e.attachment_ids, 'recorded_by_organisation_id', e.recorded_by_organisation_id)
            ORDER BY e.at, e.id)
       FROM action_log_entry e WHERE e.partnership_id = partnership.id`;

/** A partnership's joint evaluations as one JSON array, oldest first. */
export const EVALUATIONS_OF_PARTNERSHIP = `SELECT json_agg(json_build_object(
            'id', v.id, 'action_id', v.action_id, 'evaluated_on', v.evaluated_on, 'parties', v.parties,
            'summary', v.summary)
            ORDER BY v.evaluated_on, v.recorded_at, v.id)
       FROM joint_evaluation v WHERE v.partnership_id = partnership.id`;

/** The rows of the three subqueries above, as `json_agg` gives them (instants as text). */
export interface AppendedActionRows {
  readonly measurements: ReadonlyArray<MeasurementRow> | null;
  readonly logEntries: ReadonlyArray<Omit<LogEntryRow, 'at'> & { at: string }> | null;
  readonly evaluations: ReadonlyArray<EvaluationRow> | null;
}

/**
 * The tables of the records either party appends to an action: measurements, log entries, joint
 * evaluations. Each is an `AppendOnlyTable`; a partnership's snapshot reads them all with its document.
 */
export class ActionRecordsRepository {
  readonly measurements = new AppendOnlyTable<IndicatorMeasurement, MeasurementRow>({
    table: 'indicator_measurement',
    columns: [
      ['action_id', 'varchar'],
      ['indicator_id', 'varchar'],
      ['measured_on', 'date', DAY('measured_on')],
      ['value', 'double precision'],
      ['breakdown', 'jsonb'],
      ['evidence_ids', 'text[]'],
    ],
    valuesOf: ({ actionId, indicatorId, measurement }) => [
      actionId,
      indicatorId,
      measurement.on,
      measurement.value,
      JSON.stringify(measurement.breakdown),
      measurement.evidenceIds,
    ],
    recordOf: measurementOf,
  });

  readonly logEntries = new AppendOnlyTable<ActionLogEntry, LogEntryRow>({
    table: 'action_log_entry',
    columns: [
      ['id', 'uuid'],
      ['action_id', 'varchar'],
      ['at', 'timestamptz'],
      ['kind', 'varchar'],
      ['text', 'text'],
      ['attachment_ids', 'text[]'],
    ],
    valuesOf: ({ actionId, entry }) => [
      entry.id,
      actionId,
      entry.at,
      entry.kind,
      entry.text,
      entry.attachmentIds,
    ],
    recordOf: logEntryOf,
  });

  /** One page of an action's log, newest first (by instant, then id), and whether more follow. */
  async logPage(
    manager: EntityManager,
    partnershipId: string,
    actionId: string,
    query: { readonly after: { readonly at: Date; readonly id: string } | null; readonly limit: number },
  ): Promise<{ entries: LogEntry[]; more: boolean }> {
    const parameters: unknown[] = [partnershipId, actionId, query.limit + 1];
    let after = '';
    if (query.after) {
      parameters.push(query.after.at, query.after.id);
      after = 'AND (at, id) < ($4, $5::uuid)';
    }
    const rows: LogEntryRow[] = await manager.query(
      `SELECT id, action_id, at, kind, text, attachment_ids, recorded_by_organisation_id
         FROM action_log_entry
        WHERE partnership_id = $1 AND action_id = $2 ${after}
        ORDER BY at DESC, id DESC
        LIMIT $3`,
      parameters,
    );
    return {
      entries: rows.slice(0, query.limit).map((row) => logEntryOf(row).entry),
      more: rows.length > query.limit,
    };
  }

  readonly evaluations = new AppendOnlyTable<ActionEvaluation, EvaluationRow>({
    table: 'joint_evaluation',
    columns: [
      ['id', 'uuid'],
      ['action_id', 'varchar'],
      ['evaluated_on', 'date', DAY('evaluated_on')],
      ['parties', 'uuid[]'],
      ['summary', 'text'],
    ],
    valuesOf: ({ actionId, evaluation }) => [
      evaluation.id,
      actionId,
      evaluation.on,
      evaluation.parties,
      evaluation.summary,
    ],
    recordOf: evaluationOf,
  });
}

/** A stored measurement as the domain reads it, with the action and indicator it belongs to. */
export function measurementOf(row: MeasurementRow): IndicatorMeasurement {
  return {
    actionId: row.action_id,
    indicatorId: row.indicator_id,
    measurement: {
      on: row.measured_on,
      value: row.value,
      recordedBy: row.recorded_by_organisation_id,
      // Keys as the domain orders them: jsonb gives them back in an order of its own.
      breakdown: (row.breakdown ?? []).map(({ dimension, category, value }) => ({
        dimension,
        category,
        value,
      })),
      evidenceIds: row.evidence_ids ?? [],
    },
  };
}

function logEntryOf(row: Omit<LogEntryRow, 'at'> & { at: Date | string }): ActionLogEntry {
  return {
    actionId: row.action_id,
    entry: {
      id: row.id,
      at: new Date(row.at),
      byParty: row.recorded_by_organisation_id,
      kind: row.kind as LogEntry['kind'],
      text: row.text,
      attachmentIds: row.attachment_ids,
    },
  };
}

function evaluationOf(row: EvaluationRow): ActionEvaluation {
  return {
    actionId: row.action_id,
    evaluation: { id: row.id, on: row.evaluated_on, parties: row.parties, summary: row.summary },
  };
}

/**
 * The actions of a document with the records appended to them as rows: each indicator's measurements, each
 * action's log and evaluations, in the order the rows were read.
 */
export function withAppendedRecords(actions: readonly Action[], rows: AppendedActionRows): Action[] {
  const measurements = groupedBy(
    (rows.measurements ?? []).map(measurementOf),
    (row) => `${row.actionId}\u0000${row.indicatorId}`,
  );
  const entries = groupedBy((rows.logEntries ?? []).map(logEntryOf), (row) => row.actionId);
  const evaluations = groupedBy((rows.evaluations ?? []).map(evaluationOf), (row) => row.actionId);
  return actions.map((action) => ({
    ...action,
    indicators: action.indicators.map((indicator) => ({
      ...indicator,
      measurements: (measurements.get(`${action.id}\u0000${indicator.id}`) ?? []).map(
        (row) => row.measurement,
      ),
    })),
    log: (entries.get(action.id) ?? []).map((row) => row.entry),
    evaluations: (evaluations.get(action.id) ?? []).map((row) => row.evaluation),
  }));
}

/** The rows by key, each group in the order the rows came. */
function groupedBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
