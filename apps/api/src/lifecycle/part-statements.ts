import { LISTED_PARTS, type DialoguePlan, type ListedPart } from '@passerelle/domain';
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
  return `(SELECT json_agg(json_build_object('v', part.version, 'c', part.content) ORDER BY part.position)
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
  return { ctes, parameters };
}
