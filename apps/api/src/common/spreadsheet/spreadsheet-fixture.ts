import type { SpreadsheetTable } from './spreadsheet-table';

/** One table exercising every column kind, accents, separators, quotes and formula-like text. */
export const SAMPLE_TABLE: SpreadsheetTable = {
  sheetName: 'Portefeuille: été/2026',
  columns: [
    { header: 'Intitulé', kind: 'text' },
    { header: 'Étape', kind: 'integer' },
    { header: 'Part', kind: 'share' },
    { header: 'Moyenne', kind: 'decimal' },
    { header: 'Échéance', kind: 'date' },
  ],
  rows: [
    ['Dakar ; Ségou, "eau"', 3, 0.25, 1.5, '2026-12-06'],
    ['=HYPERLINK("http://x")', 0, 1, 2, null],
  ],
};
