import type { InterfaceLanguage } from '@passerelle/domain';
import { spreadsheetCsv } from './spreadsheet-csv';
import type { SpreadsheetFormat, SpreadsheetTable } from './spreadsheet-table';
import { spreadsheetWorkbookXlsx, spreadsheetXlsx } from './spreadsheet-xlsx';

/** A spreadsheet ready to send: its bytes, its media type and the name to save it under. */
export interface SpreadsheetFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The table in the chosen format and language, named `<baseName>.<format>`. */
export async function spreadsheetFile(
  table: SpreadsheetTable,
  format: SpreadsheetFormat,
  language: InterfaceLanguage,
  baseName: string,
): Promise<SpreadsheetFile> {
  const body =
    format === 'xlsx'
      ? await spreadsheetXlsx(table, language)
      : Buffer.from(spreadsheetCsv(table, language), 'utf8');
  return { body, contentType: CONTENT_TYPES[format], fileName: `${baseName}.${format}` };
}

/** Several tables as one XLSX workbook, a sheet each, named `<baseName>.xlsx`. */
export async function spreadsheetWorkbookFile(
  tables: readonly SpreadsheetTable[],
  language: InterfaceLanguage,
  baseName: string,
): Promise<SpreadsheetFile> {
  return {
    body: await spreadsheetWorkbookXlsx(tables, language),
    contentType: CONTENT_TYPES.xlsx,
    fileName: `${baseName}.xlsx`,
  };
}

/** The `Content-Disposition` of a download; the name is ASCII, so no RFC 5987 encoding is needed. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
}
