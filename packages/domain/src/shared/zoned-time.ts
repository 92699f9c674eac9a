import { type CalendarDate, isCalendarDate } from './calendar-date';

/**
 * Conversions between instants and wall-clock time in an IANA time zone, with `Intl.DateTimeFormat` only
 * (pure computation, available in Node and browsers). Partners live in different zones and France changes
 * its offset twice a year while Bamako never does: "09:00 local" must stay 09:00 across DST changes.
 */
export interface WallClock {
  readonly date: CalendarDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock shown in `timeZone` at `instant`. Throws a RangeError for an unknown zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  const offset = Number.isFinite(ms) ? steadyOffsetAround(ms, timeZone) : null;
  return offset === null ? formattedWallClock(instant, timeZone) : wallClockOfUtcMs(ms + offset);
}

/** What `Intl` shows: exact, but slow enough to dominate schedules and assessments when called per date. */
function formattedWallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return {
    date: `${pad(part('year'), 4)}-${pad(part('month'))}-${pad(part('day'))}`,
    hour: part('hour') % 24,
    minute: part('minute'),
    second: part('second'),
  };
}

/** A wall clock read from a UTC timestamp already shifted by the zone's offset. */
function wallClockOfUtcMs(shiftedMs: number): WallClock {
  const shifted = new Date(shiftedMs);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return {
    date: `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * Offsets change only at a zone's transitions, at most a few times a year: the offset of each quarter of an
 * hour is asked of `Intl` once, at both ends, and kept when they agree (no transition inside). A quarter
 * with a transition is never kept, so its instants always go through `Intl`.
 */
const OFFSET_SPAN_MS = 15 * 60_000;
const MAX_KEPT_OFFSETS = 20_000;
// By zone, then by the quarter's start: numbers as keys, no string built per lookup.
const steadyOffsets = new Map<string, Map<number, number>>();
let keptOffsets = 0;

function steadyOffsetAround(ms: number, timeZone: string): number | null {
  const spanStart = Math.floor(ms / OFFSET_SPAN_MS) * OFFSET_SPAN_MS;
  const kept = steadyOffsets.get(timeZone)?.get(spanStart);
  if (kept !== undefined) return kept;
  const atStart = formattedOffsetAt(spanStart, timeZone);
  if (atStart !== formattedOffsetAt(spanStart + OFFSET_SPAN_MS - 1000, timeZone)) return null;
  if (keptOffsets >= MAX_KEPT_OFFSETS) {
    steadyOffsets.clear();
    keptOffsets = 0;
  }
  let zone = steadyOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    steadyOffsets.set(timeZone, zone);
  }
  zone.set(spanStart, atStart);
  keptOffsets += 1;
  return atStart;
}

function formattedOffsetAt(wholeSecondMs: number, timeZone: string): number {
  return wallClockAsUtcMs(formattedWallClock(new Date(wholeSecondMs), timeZone)) - wholeSecondMs;
}

export function calendarDateAt(instant: Date, timeZone: string): CalendarDate {
  return wallClockAt(instant, timeZone).date;
}

function wallClockAsUtcMs(clock: WallClock): number {
  const [y, m, d] = clock.date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, clock.hour, clock.minute, clock.second);
}

/** Offset of `timeZone` from UTC at `instantMs`, in milliseconds (Paris in summer: +7_200_000). */
function offsetAt(instantMs: number, timeZone: string): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  return steadyOffsetAround(wholeSecondMs, timeZone) ?? formattedOffsetAt(wholeSecondMs, timeZone);
}

export interface LocalTime {
  readonly hour: number;
  readonly minute: number;
}

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseLocalTime(value: string): LocalTime {
  const match = LOCAL_TIME_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not a local time (HH:MM): ${value}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME_PATTERN.test(value);
}

/**
 * The instant at which the wall clock of `timeZone` shows `time` on `date`.
 * DST rules (same as Temporal's "compatible" disambiguation): a time skipped by a spring-forward change is
 * moved forward by the gap (02:30 on the last Sunday of March in Paris gives 03:30 CEST); a time repeated by
 * a fall-back change resolves to its first occurrence.
 */
export function instantAt(date: CalendarDate, time: string, timeZone: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const { hour, minute } = parseLocalTime(time);
  const localMs = wallClockAsUtcMs({ date, hour, minute, second: 0 });
  const offsetBefore = offsetAt(localMs - 86_400_000, timeZone);
  const offsetAfter = offsetAt(localMs + 86_400_000, timeZone);
  // A candidate is right when the wall clock there shows the time asked (offsets are whole seconds).
  const candidates = [localMs - offsetBefore, localMs - offsetAfter]
    .filter((ms) => ms + offsetAt(ms, timeZone) === localMs)
    .sort((a, b) => a - b);
  const chosen = candidates[0] ?? localMs - offsetBefore;
  return new Date(chosen);
}
