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
