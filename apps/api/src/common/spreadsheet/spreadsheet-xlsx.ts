import type { InterfaceLanguage } from '@passerelle/domain';
import { Workbook, type Worksheet } from 'exceljs';
import type { SpreadsheetColumnKind, SpreadsheetTable } from './spreadsheet-table';

/** Excel's number formats per column kind; the spreadsheet shows the decimal mark of its own locale. */
const NUMBER_FORMATS: Record<InterfaceLanguage, Record<SpreadsheetColumnKind, string | undefined>> = {
  fr: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'dd/mm/yyyy' },
  en: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'yyyy-mm-dd' },
  de: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'dd.mm.yyyy' },
  es: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'dd/mm/yyyy' },
  pt: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'dd/mm/yyyy' },
  ar: { text: '@', integer: '0', decimal: undefined, share: '0%', date: 'dd/mm/yyyy' },
};

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;

/**
 * The table as an XLSX workbook of one sheet: a bold, frozen header row with filters, numbers as numbers,
 * dates as dates. Texts are always written as texts, never as formulas, whatever they start with.
 */
export async function spreadsheetXlsx(table: SpreadsheetTable, language: InterfaceLanguage): Promise<Buffer> {
  return spreadsheetWorkbookXlsx([table], language);
}

/** Several tables as one workbook, a sheet each, in order; each sheet is written as `spreadsheetXlsx` does. */
export async function spreadsheetWorkbookXlsx(
  tables: readonly SpreadsheetTable[],
  language: InterfaceLanguage,
): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Passerelle';
  for (const table of tables) addTableSheet(workbook, table, language);
  // `writeBuffer` is typed as exceljs's own Buffer interface; at run time it is Node's.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: Workbook, table: SpreadsheetTable, language: InterfaceLanguage): void {
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.columns.map((column) => column.header)).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((column, index) => xlsxValue(row[index] ?? null, column.kind)));
  }
  formatColumns(sheet, table, language);
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
}

function xlsxValue(
  value: string | number | null,
  kind: SpreadsheetColumnKind,
): string | number | Date | null {
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  return value;
}

function formatColumns(sheet: Worksheet, table: SpreadsheetTable, language: InterfaceLanguage): void {
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const widest = Math.max(
      column.header.length,
      ...table.rows.map((row) => String(row[index] ?? '').length),
    );
    sheetColumn.width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 2));
    const numberFormat = NUMBER_FORMATS[language][column.kind];
    if (numberFormat === undefined) return;
    // The header row keeps the general format; only the values below it take the column's.
    sheetColumn.eachCell((cell, rowNumber) => {
      if (rowNumber > 1) cell.numFmt = numberFormat;
    });
  });
}

/** Excel refuses a sheet name longer than 31 characters or holding any of `[]:*?/\`. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}
