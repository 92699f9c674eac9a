import { DEFAULT_QUIET_HOURS, DEFAULT_REMINDER_OPTIONS } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import type { ReminderKind } from '../api/get-reminder-preferences';
import { localeOf } from '../../../lib/i18n/locale';

/**
 * The days before (or, for a missing report, after) the date each kind is about, as the reminder schedule
 * of the domain sets them: the explanations quote them rather than repeat numbers that could drift.
 */
const DAYS_OF_KIND: Record<ReminderKind, readonly number[]> = {
  'dialogue-due': DEFAULT_REMINDER_OPTIONS.dialogueDueOffsets,
  'dialogue-overdue': [],
  'visit-upcoming': DEFAULT_REMINDER_OPTIONS.visitOffsets,
  'visit-report-missing': [DEFAULT_REMINDER_OPTIONS.visitReportGraceDays],
  'convention-expiring': DEFAULT_REMINDER_OPTIONS.conventionExpiryOffsets,
  'convention-tacit-renewal': DEFAULT_REMINDER_OPTIONS.tacitRenewalOffsets,
  'funding-call-closing': DEFAULT_REMINDER_OPTIONS.callClosingOffsets,
  'funding-report-due': DEFAULT_REMINDER_OPTIONS.reportDueOffsets,
};

/** « 7 jours et 1 jour » */
function daysList(t: TFunction, days: readonly number[], language: string): string {
  const words = days.map((count) => t('reminderSettings.days', { count: Math.abs(count) }));
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(words);
}

/** The short explanation of when a kind of reminder comes. */
export function reminderKindHint(t: TFunction, kind: ReminderKind, language: string): string {
  return t(`reminderSettings.kinds.${kind}.hint`, { days: daysList(t, DAYS_OF_KIND[kind], language) });
}

/** A local time of day (`21:00`) as the language writes it: « 21 h », "21:00", "8:00", "9:00 م". */
function timeOfDay(time: string, language: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  // French administrative writing: « 8 h », « 8 h 30 » (Intl would write « 08 h »).
  if (language.startsWith('fr')) return minute ? `${hour} h ${String(minute).padStart(2, '0')}` : `${hour} h`;
  // With its minutes, or the 24-hour locales would write a bare « 21 » or « 08 ».
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}

/** When no reminder mail goes out (the domain's quiet hours), in the recipient's authority's time. */
export function quietHoursWords(language: string): { quietStart: string; quietEnd: string } {
  return {
    quietStart: timeOfDay(DEFAULT_QUIET_HOURS.start, language),
    quietEnd: timeOfDay(DEFAULT_QUIET_HOURS.end, language),
  };
}
