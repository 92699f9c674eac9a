import { USER_TIME_ZONE } from './browser';

/**
 * A day relative to today as a date field takes it (yyyy-mm-dd), counted in the demo users' calendar: the
 * product dates their acts in their authority's zone, so a UTC day would be yesterday after 23:00 UTC.
 */
export function dayFromToday(offset: number): string {
  const noonToday = new Date(
    `${new Intl.DateTimeFormat('en-CA', { timeZone: USER_TIME_ZONE }).format(new Date())}T12:00:00Z`,
  );
  noonToday.setUTCDate(noonToday.getUTCDate() + offset);
  return noonToday.toISOString().slice(0, 10);
}

/** A moment a few minutes ago as a date-and-time field takes it (yyyy-mm-ddThh:mm), in the users' zone. */
export function minutesAgoLocal(minutes: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: USER_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() - minutes * 60_000));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
