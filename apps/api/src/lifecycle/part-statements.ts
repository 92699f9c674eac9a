import {
  LISTED_PARTS,
  type ActionPart,
  type BudgetLine,
  type DialoguePlan,
  type Indicator,
  type ListedPart,
} from '@passerelle/domain';
import {
  PARTNERSHIP_PART_TABLES,
  type ContentSinglePart,
} from '../partnership-records/partnership-part-tables';

// The statements over a partnership's parts kept as records of their own (docs/adr/0011-records-as-rows.md),
// free of framework imports so that the benchmark's generator and baseline use the very same SQL.

const CONTENT_SINGLE_PARTS = Object.keys(PARTNERSHIP_PART_TABLES.single) as ContentSinglePart[];

/** A record as the read statements give it: its version and its content (instants tagged). */
export interface StoredPartRecord {
  v: number;
  c: unknown;
}

/** An action as the read statements give it: its row, with its budget lines and indicators (`p`). */
export interface StoredActionRecord extends StoredPartRecord {
  p: { [P in ActionPart]: Array<{ v: number; c: unknown }> | null };
}

/**
 * The columns of each action part's table beside those that place a record (`partnership_id`, `action_key`,
 * `record_key` — the record's `id` —, `position`, `version`): the record's field, the column and its SQL type.
 * Reads rebuild the record from them and writes set them from it.
 */
const ACTION_PART_COLUMNS: Record<
  ActionPart,
  { table: string; columns: ReadonlyArray<[string, string, string]> }
> = {
  budgetLines: {
    table: 'action_budget_line',
    columns: [
      ['funder', 'funder', 'text'],
      ['funderName', 'funder_name', 'text'],
      ['partyId', 'party_id', 'uuid'],
      ['amount', 'amount', 'numeric'],
      ['currency', 'currency', 'text'],
      ['status', 'status', 'text'],
      ['periodStartsOn', 'period_starts_on', 'date'],
      ['periodEndsOn', 'period_ends_on', 'date'],
      ['channel', 'channel', 'text'],
      ['eurRate', 'eur_rate', 'numeric'],
      ['committedAmount', 'committed_amount', 'numeric'],
      ['committedOn', 'committed_on', 'date'],
      ['paidAmount', 'paid_amount', 'numeric'],
      ['paidOn', 'paid_on', 'date'],
    ],
  },
  indicators: {
    table: 'action_indicator',
    columns: [
      ['name', 'name', 'text'],
      ['unit', 'unit', 'text'],
      ['baseline', 'baseline', 'double precision'],
      ['target', 'target', 'double precision'],
      ['proposedBy', 'proposed_by', 'uuid'],
      ['validatedBy', 'validated_by', 'uuid[]'],
      ['kind', 'kind', 'text'],
      ['frequency', 'frequency', 'text'],
      ['periods', 'periods', 'jsonb'],
      ['disaggregations', 'disaggregations', 'jsonb'],
    ],
  },
};

const ACTION_PARTS_LIST = Object.keys(ACTION_PART_COLUMNS) as ActionPart[];

/** A record of an action's part as the read statements rebuild it from its row (`record`). */
function actionPartRecord(part: ActionPart): string {
  const fields = ACTION_PART_COLUMNS[part].columns.map(([field, column]) => `'${field}', record.${column}`);
  return `json_build_object('id', record.record_key, ${fields.join(', ')})`;
}

/**
 * The budget lines and indicators of the action in row `action` (of `joint_action`), each with its version,
 * in their order: the `p` of a `StoredActionRecord`.
 */
export function actionPartsOf(action: string): string {
  const parts = ACTION_PARTS_LIST.map(
    (part) =>
      `'${part}', (SELECT json_agg(json_build_object('v', record.version, 'c', ${actionPartRecord(part)})
                                   ORDER BY record.position)
                 FROM ${ACTION_PART_COLUMNS[part].table} record
                WHERE record.partnership_id = ${action}.partnership_id AND record.action_key = ${action}.record_key)`,
  );
  return `json_build_object(${parts.join(', ')})`;
}

/**
 * The column, over `partnership`, of one part's records named after the part: a listed part's as an array of
 * records in their order, a single part's as one record or null.
 */
export function partColumn(part: ListedPart | ContentSinglePart): string {
  if (part in PARTNERSHIP_PART_TABLES.single) {
    const table = PARTNERSHIP_PART_TABLES.single[part as ContentSinglePart];
    return `(SELECT json_build_object('v', part.version, 'c', part.content)
          FROM ${table} part WHERE part.partnership_id = partnership.id) AS "${part}"`;
  }
  const table = PARTNERSHIP_PART_TABLES.listed[part as ListedPart];
  const parts = part === 'actions' ? `, 'p', ${actionPartsOf('part')}` : '';
  return `(SELECT json_agg(json_build_object('v', part.version, 'c', part.content${parts}) ORDER BY part.position)
          FROM ${table} part WHERE part.partnership_id = partnership.id) AS "${part}"`;
}

/** The columns of every part's records (`partColumn`). */
export const PARTS_OF_PARTNERSHIP_COLUMNS = [...LISTED_PARTS, ...CONTENT_SINGLE_PARTS]
  .map(partColumn)
  .join(',\n          ');

/** A listed part's records as a write stores them: `jsonb_to_recordset` of `{key, position, content}`. */
export interface SavedListedRecord {
  key: string;
  position: number;
  content: unknown;
}

/** What a write stores beyond the partnership's row, part by part (all encoded as stored). */
export interface PartWrites {
  /** The dialogue plan when the write changed it (a row with columns of its own). */
  dialoguePlan: DialoguePlan | null;
  listed: ReadonlyArray<{
    part: ListedPart;
    saved: readonly SavedListedRecord[];
    removed: readonly string[];
  }>;
  single: ReadonlyArray<{ part: ContentSinglePart; content: unknown }>;
  /** The budget lines and indicators saved or removed, action by action. */
  actionParts: ReadonlyArray<{
    part: ActionPart;
    actionKey: string;
    saved: ReadonlyArray<{
      key: string;
      position: number;
      record: BudgetLine | Omit<Indicator, 'measurements'>;
    }>;
    removed: readonly string[];
  }>;
}

/**
 * The statements (as CTEs over `root`, the partnership's updated row) that store a write's records: a
 * saved record replaces its row and counts one more version (a new one starts at 1), a removed one is
 * deleted, a single part set to nothing is deleted. Parameters are numbered from `first`; the values to
 * pass come back in order.
 */
export function partWriteStatements(
  writes: PartWrites,
  first: number,
): { ctes: string[]; parameters: unknown[] } {
  const ctes: string[] = [];
  const parameters: unknown[] = [];
  const next = (value: unknown) => {
    parameters.push(value);
    return `$${first + parameters.length - 1}`;
  };
  if (writes.dialoguePlan) {
    const { audiences, toleranceDays, proposedAt, approvedBy } = writes.dialoguePlan;
    ctes.push(`saved_dialogue_plan AS (
       INSERT INTO dialogue_plan AS stored
              (partnership_id, version, audiences, tolerance_days, proposed_at, approved_by)
       SELECT root.id, 1, ${next(JSON.stringify(audiences))}::jsonb, ${next(toleranceDays)},
              ${next(proposedAt)}::timestamptz, ${next(approvedBy)}::uuid[] FROM root
       ON CONFLICT (partnership_id) DO UPDATE SET
         version = stored.version + 1, audiences = EXCLUDED.audiences, tolerance_days = EXCLUDED.tolerance_days,
         proposed_at = EXCLUDED.proposed_at, approved_by = EXCLUDED.approved_by
     )`);
  }
  for (const { part, saved, removed } of writes.listed) {
    const table = PARTNERSHIP_PART_TABLES.listed[part];
    if (saved.length > 0) {
      ctes.push(`saved_${table} AS (
       INSERT INTO ${table} AS stored (partnership_id, record_key, position, version, content)
       SELECT root.id, record.key, record.position, 1, record.content
         FROM root, jsonb_to_recordset(${next(JSON.stringify(saved))}::jsonb)
              AS record(key text, position integer, content jsonb)
       ON CONFLICT (partnership_id, record_key) DO UPDATE
         SET position = EXCLUDED.position, content = EXCLUDED.content, version = stored.version + 1
     )`);
    }
    if (removed.length > 0) {
      ctes.push(`removed_${table} AS (
       DELETE FROM ${table} WHERE partnership_id IN (SELECT id FROM root)
          AND record_key = ANY(${next(removed)}::text[])
     )`);
    }
  }
  for (const { part, content } of writes.single) {
    const table = PARTNERSHIP_PART_TABLES.single[part];
    ctes.push(
      content === null
        ? `saved_${table} AS (DELETE FROM ${table} WHERE partnership_id IN (SELECT id FROM root))`
        : `saved_${table} AS (
       INSERT INTO ${table} AS stored (partnership_id, version, content)
       SELECT root.id, 1, ${next(JSON.stringify(content))}::jsonb FROM root
       ON CONFLICT (partnership_id) DO UPDATE SET content = EXCLUDED.content, version = stored.version + 1
     )`,
    );
  }
  for (const part of ACTION_PARTS_LIST) {
    const { table, columns: fields } = ACTION_PART_COLUMNS[part];
    const columns = fields.map(([, column]) => column).join(', ');
    const changes = writes.actionParts.filter((change) => change.part === part);
    const saved = changes.flatMap(({ actionKey, saved }) =>
      saved.map(({ key, position, record }) => ({ ...record, action_key: actionKey, key, position })),
    );
    const removed = changes.flatMap(({ actionKey, removed }) => removed.map((key) => [actionKey, key]));
    if (saved.length > 0) {
      ctes.push(`saved_${table} AS (
       INSERT INTO ${table} AS stored (partnership_id, action_key, record_key, position, version, ${columns})
       SELECT root.id, record.action_key, record.key, record.position, 1,
              ${fields.map(([field]) => `record."${field}"`).join(', ')}
         FROM root, jsonb_to_recordset(${next(JSON.stringify(saved))}::jsonb)
              AS record(action_key text, key text, position integer,
                        ${fields.map(([field, , type]) => `"${field}" ${type}`).join(', ')})
       ON CONFLICT (partnership_id, action_key, record_key) DO UPDATE
         SET position = EXCLUDED.position, version = stored.version + 1,
             ${fields.map(([, column]) => `${column} = EXCLUDED.${column}`).join(', ')}
     )`);
    }
    if (removed.length > 0) {
      ctes.push(`removed_${table} AS (
       DELETE FROM ${table} WHERE partnership_id IN (SELECT id FROM root)
          AND (action_key, record_key) IN (SELECT pair->>0, pair->>1
                                             FROM jsonb_array_elements(${next(JSON.stringify(removed))}::jsonb) pair)
     )`);
    }
  }
  return { ctes, parameters };
}
