import { addDays, type CalendarDate } from '@passerelle/domain';

/**
 * A small RFC 5545 (iCalendar) writer for published, read-only feeds of all-day events: enough for
 * Outlook, Google Calendar, Apple Calendar and Thunderbird to subscribe to, and nothing more.
 */

/** One all-day event (a visit, a due exchange). */
export interface IcsAllDayEvent {
  /** Globally unique and stable across fetches, so that clients update an event instead of duplicating it. */
  readonly uid: string;
  readonly firstDay: CalendarDate;
  /** The last day the event covers (inclusive); written as DTEND = the next day (exclusive, RFC 5545 §3.6.1). */
  readonly lastDay: CalendarDate;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  /** The page the event is about (absolute URL). */
  readonly url?: string;
  readonly categories?: readonly string[];
}

export interface IcsCalendar {
  /** Product identifier, e.g. `-//Passerelle//Calendar feed//FR`. */
  readonly productId: string;
  /** The name calendar applications show for the subscription (X-WR-CALNAME). */
  readonly name: string;
  readonly description?: string;
  /** How often clients should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  readonly refreshMinutes: number;
  /** When the feed was generated: every event's DTSTAMP. */
  readonly generatedAt: Date;
  readonly events: readonly IcsAllDayEvent[];
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** The whole calendar: CRLF line endings, long lines folded, text values escaped. */
export function serializeCalendar(calendar: IcsCalendar): string {
  const refresh = `PT${Math.max(1, Math.round(calendar.refreshMinutes))}M`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    // Outlook only treats a feed as a subscription (not an invitation) with METHOD:PUBLISH.
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    // RFC 7986 refresh hint, and the older one Outlook reads.
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.generatedAt)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: IcsAllDayEvent, generatedAt: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${formatUtcDateTime(generatedAt)}`,
    `DTSTART;VALUE=DATE:${formatDate(event.firstDay)}`,
    // Exclusive end: a one-day event ends the next day. Always written and never equal to DTSTART: clients
    // differ on an all-day event without it (some Outlook versions show a zero-length event).
    `DTEND;VALUE=DATE:${formatDate(addDays(event.lastDay, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    // URL is a URI value, not TEXT: no backslash escaping (RFC 5545 §3.8.4.6).
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.categories?.length ? [`CATEGORIES:${event.categories.map(escapeText).join(',')}`] : []),
    // All-day reminders of work to do: they must not mark the whole day busy in anyone's agenda.
    'TRANSP:TRANSPARENT',
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ];
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks written as `\n`,
 * other control characters (forbidden in TEXT) dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')
  );
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space, which counts
 * in their 75. Splits only between characters, never inside a UTF-8 sequence, so that accented names and
 * emoji survive every client.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  // The first line has 75 octets; each continuation line 74 after its leading space.
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const octets = Buffer.byteLength(character, 'utf8');
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `2026-03-14` → `20260314` (DATE value). */
export function formatDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

/** An instant as a UTC DATE-TIME: `20260314T083000Z`. */
export function formatUtcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
