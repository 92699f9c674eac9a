import type { InterfaceLanguage } from '@passerelle/domain';
import type { SpreadsheetCell, SpreadsheetColumnKind, SpreadsheetTable } from './spreadsheet-table';

interface CsvConventions {
  /** A spreadsheet opened in France splits on `;`, because the comma is its decimal mark. */
  separator: string;
  decimalMark: string;
  date: (isoDate: string) => string;
}

/** What a spreadsheet set to each language reads without an import wizard. */
const CONVENTIONS: Record<InterfaceLanguage, CsvConventions> = {
  fr: { separator: ';', decimalMark: ',', date: dayMonthYear },
  // ISO dates: an English spreadsheet may be British or American, and both read `2026-12-06` as a date.
  en: { separator: ',', decimalMark: '.', date: (isoDate) => isoDate },
  // German and Spanish spreadsheets also use the decimal comma, hence `;`; German writes dates 06.12.2026.
  de: { separator: ';', decimalMark: ',', date: (isoDate) => dayMonthYear(isoDate, '.') },
  es: { separator: ';', decimalMark: ',', date: dayMonthYear },
  // Portugal and Lusophone Africa write `1234,5` and `06/12/2026`: Excel there splits on `;`, as in France.
  pt: { separator: ';', decimalMark: ',', date: dayMonthYear },
  // The Arabic readers are mostly the Maghreb partners of French authorities, whose Excel (set to fr-MA,
  // ar-MA, ar-TN, ar-DZ…) takes the comma as decimal mark and so splits on `;`; day/month/year is the order
  // of every Arabic-speaking country. A Middle-East Excel (`.` decimal) opens it with Data → From text.
  ar: { separator: ';', decimalMark: ',', date: dayMonthYear },
};

/** Shares and decimals keep three digits after the mark at most, enough for a percentage with a decimal. */
const FRACTION_DIGITS = 3;

/**
 * The table as RFC 4180 CSV in the language's conventions (separator, decimal mark, date order), UTF-8 with
 * a byte order mark so that Excel reads the accents, lines ended by CRLF. Texts that a spreadsheet would run
 * as a formula are prefixed with an apostrophe.
 */
export function spreadsheetCsv(table: SpreadsheetTable, language: InterfaceLanguage): string {
  const conventions = CONVENTIONS[language];
  const header = table.columns.map((column) => csvText(column.header, conventions.separator));
  const lines = table.rows.map((row) =>
    table.columns.map((column, index) => csvCell(row[index] ?? null, column.kind, conventions)),
  );
  return `\uFEFF${[header, ...lines].map((cells) => cells.join(conventions.separator)).join('\r\n')}\r\n`;
}

function csvCell(value: SpreadsheetCell, kind: SpreadsheetColumnKind, conventions: CsvConventions): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, kind, conventions.decimalMark);
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return conventions.date(value);
  return csvText(value, conventions.separator);
}

function csvNumber(value: number, kind: SpreadsheetColumnKind, decimalMark: string): string {
  // No thousands separator: a spreadsheet would read `1 234` or `1,234` as text in some languages.
  const digits = kind === 'integer' || Number.isInteger(value) ? String(Math.round(value)) : trimmed(value);
  return digits.replace('.', decimalMark);
}

function trimmed(value: number): string {
  return value.toFixed(FRACTION_DIGITS).replace(/\.?0+$/, '');
}

function csvText(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function dayMonthYear(isoDate: string, separator = '/'): string {
  const [year, month, day] = isoDate.split('-');
  return [day, month, year].join(separator);
}
