import { addDays } from '../shared/calendar-date';
import { instantAt, parseLocalTime, wallClockAt } from '../shared/zoned-time';

/** Local wall-clock window in which nobody should be notified; it may wrap midnight (21:00–08:00). */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

function secondsOfDay(time: string): number {
  const { hour, minute } = parseLocalTime(time);
  return hour * 3600 + minute * 60;
}

export function isInQuietHours(
  instant: Date,
  timeZone: string,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
): boolean {
  const clock = wallClockAt(instant, timeZone);
  const now = clock.hour * 3600 + clock.minute * 60 + clock.second;
  const start = secondsOfDay(quietHours.start);
  const end = secondsOfDay(quietHours.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * Moves a send instant out of the recipient's quiet hours to the end of the window ("next morning at 08:00"
 * in `timeZone`), DST-aware. Instants outside quiet hours are returned unchanged.
 */
export function shiftOutOfQuietHours(
  instant: Date,
  timeZone: string,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
): Date {
  if (!isInQuietHours(instant, timeZone, quietHours)) return instant;
  const clock = wallClockAt(instant, timeZone);
  const seconds = clock.hour * 3600 + clock.minute * 60 + clock.second;
  const wraps = secondsOfDay(quietHours.start) > secondsOfDay(quietHours.end);
  const endsTomorrow = wraps && seconds >= secondsOfDay(quietHours.start);
  return instantAt(endsTomorrow ? addDays(clock.date, 1) : clock.date, quietHours.end, timeZone);
}
