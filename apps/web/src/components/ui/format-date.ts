import { localeOf } from '../../lib/i18n/locale';

/** A calendar day (`2026-03-12`) written out in `language`, read as that day wherever the browser is. */
export function formatCalendarDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
}

/** The day of an instant (`2026-03-12T10:00:00.000Z`) in the browser's time zone, written out in `language`. */
export function formatDay(instant: string, language: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return parsed.toLocaleDateString(localeOf(language), { dateStyle: 'long' });
}
