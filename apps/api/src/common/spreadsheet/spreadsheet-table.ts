/**
 * A table to hand to a spreadsheet user, already in their language: the caller translates headers and
 * enumerated values; this module only writes them down as each format and language expects.
 */
export interface SpreadsheetTable {
  /** The worksheet's name in the XLSX file (Excel allows 31 characters, without `[]:*?/\`). */
  sheetName: string;
  columns: readonly SpreadsheetColumn[];
  rows: ReadonlyArray<readonly SpreadsheetCell[]>;
}

export interface SpreadsheetColumn {
  header: string;
  kind: SpreadsheetColumnKind;
}

/**
 * How a column's values are written. `date` cells hold ISO calendar dates (`2026-12-06`), written as real
 * dates in XLSX and in the language's order in CSV; `share` cells hold a fraction of one (0.25 is 25 %).
 */
export type SpreadsheetColumnKind = 'text' | 'integer' | 'decimal' | 'share' | 'date';

export type SpreadsheetCell = string | number | null;

export const SPREADSHEET_FORMATS = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];
