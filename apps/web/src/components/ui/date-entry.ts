import { localeOf } from '../../lib/i18n/locale';

/** The three parts of a calendar date, in the order a language writes them. */
export type DatePart = 'day' | 'month' | 'year';

/** How a language writes a date with digits: the parts' order and the mark between them (`07/12/2026`). */
export interface DatePattern {
  order: readonly [DatePart, DatePart, DatePart];
  separator: string;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Marks that Intl puts around Arabic dates to keep their direction; they have no place in a typed field.
const BIDI_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const patterns = new Map<string, DatePattern>();

/**
 * The way readers of `language` write a date with digits, from the same locale the app formats dates with
 * (`fr` 07/12/2026, `de` 07.12.2026; a browser set to American English does not change it, as a native date
 * input would).
 */
export function datePattern(language: string): DatePattern {
  const locale = localeOf(language);
  const known = patterns.get(locale);
  if (known) return known;
  const parts = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 7)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  const literal = parts
    .find((part) => part.type === 'literal')
    ?.value.replace(BIDI_MARKS, '')
    .trim();
  const pattern: DatePattern = {
    order: order.length === 3 ? [order[0]!, order[1]!, order[2]!] : ['day', 'month', 'year'],
    separator: literal || '/',
  };
  patterns.set(locale, pattern);
  return pattern;
}

/** Arabic-Indic and Persian digits as the Latin ones, so a date typed on an Arabic keyboard reads too. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02 rolls over to March in Date: such a day does not exist.
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The calendar day (`2026-12-07`) a person typed in `language`'s order, with any separator (`7/12/2026`,
 * `7.12.26`, `7 12 2026`) or none (`07122026`); an ISO day (`2026-12-07`) is read as such. A two-digit year is
 * of this century. `undefined` when the text is not a day that exists.
 */
export function parseDateEntry(text: string, language: string): string | undefined {
  const typed = latinDigits(text.replace(BIDI_MARKS, '')).trim();
  const iso = ISO_DAY.exec(typed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const { order } = datePattern(language);
  const pieces = /^\d{8}$/.test(typed) ? compactPieces(typed, order) : typed.split(/[^\d]+/);
  if (pieces.length !== 3 || pieces.some((piece) => !/^\d{1,4}$/.test(piece))) return undefined;
  const value = (part: DatePart) => Number(pieces[order.indexOf(part)]);
  const yearText = pieces[order.indexOf('year')]!;
  const year = yearText.length === 2 ? 2000 + value('year') : yearText.length === 4 ? value('year') : NaN;
  if (Number.isNaN(year) || pieces[order.indexOf('day')]!.length > 2) return undefined;
  if (pieces[order.indexOf('month')]!.length > 2) return undefined;
  return isoOf(year, value('month'), value('day'));
}

/** `07122026` cut as the language orders its parts: two digits for the day and month, four for the year. */
function compactPieces(digits: string, order: DatePattern['order']): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const part of order) {
    const length = part === 'year' ? 4 : 2;
    pieces.push(digits.slice(at, at + length));
    at += length;
  }
  return pieces;
}

/** A calendar day (`2026-12-07`) written with digits the way `language` writes it (`07/12/2026`). */
export function formatDateEntry(iso: string, language: string): string {
  const match = ISO_DAY.exec(iso);
  if (!match) return iso;
  const { order, separator } = datePattern(language);
  const pieces: Record<DatePart, string> = {
    year: match[1]!,
    month: match[2]!.padStart(2, '0'),
    day: match[3]!.padStart(2, '0'),
  };
  return order.map((part) => pieces[part]).join(separator);
}

/** Whether `value` is a calendar day as the API takes it (`2026-12-07`). */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && isoOf(...isoParts(value)) === value;
}

function isoParts(value: string): [number, number, number] {
  const [year, month, day] = value.split('-').map(Number);
  return [year ?? NaN, month ?? NaN, day ?? NaN];
}

/**
 * A time of day (`15:30`) typed as people write it: `15:30`, `15h30`, `15.30`, `1530`, `9:05` or `15`. Every
 * interface language here reads the 24-hour clock. `undefined` when the text is not a time.
 */
export function parseTimeEntry(text: string): string | undefined {
  const typed = latinDigits(text.replace(BIDI_MARKS, '')).trim().toLowerCase();
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?|(\d{2}))?$/.exec(typed);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
