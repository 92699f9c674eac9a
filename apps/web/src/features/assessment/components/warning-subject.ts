import type { TFunction } from 'i18next';
import { localeOf } from '../../../lib/i18n/locale';

function stringDetail(details: Record<string, unknown>, name: string): string | undefined {
  const value = details[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function calendarDay(date: string): Date | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** « 12–15 mars 2026 », in the user's language. */
function dayRange(start: string, end: string, language: string): string {
  const from = calendarDay(start);
  const to = calendarDay(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
  return to.getTime() <= from.getTime() ? format.format(from) : format.formatRange(from, to);
}

/**
 * What a warning is about, from its details, for the partnership's list where several visits or channels
 * raise the same warning: « Mission chez le partenaire, 12–15 mars 2026 », « Canal : Messagerie instantanée
 * (élus) — Commune de Ouahigouya ». Undefined when the warning is about the partnership as a whole.
 */
export function warningSubject(
  t: TFunction,
  details: Record<string, unknown>,
  language: string,
  nameOf: (partyId: string) => string | undefined,
): string | undefined {
  const direction = stringDetail(details, 'direction');
  const startsOn = stringDetail(details, 'startsOn');
  const endsOn = stringDetail(details, 'endsOn');
  if (direction && startsOn && endsOn) {
    return t(`stepper.subject.visit.${direction === 'to_partner' ? 'to_partner' : 'from_partner'}`, {
      dates: dayRange(startsOn, endsOn, language),
    });
  }
  const channel = stringDetail(details, 'channel');
  const audience = stringDetail(details, 'audience');
  const partyId = stringDetail(details, 'partyId');
  const party = partyId ? nameOf(partyId) : undefined;
  if (channel && audience) {
    const subject = t('stepper.subject.channel', {
      channel: t(`dialogue.channels.${channel}`, { defaultValue: channel }),
      audience: t(`dialogue.audiences.${audience}`, { defaultValue: audience }),
    });
    return party ? `${subject} — ${party}` : subject;
  }
  if (audience) {
    const dueOn = stringDetail(details, 'dueOn');
    const subject = t('stepper.subject.audience', {
      audience: t(`dialogue.audiences.${audience}`, { defaultValue: audience }),
    });
    return dueOn
      ? `${subject} — ${t('stepper.subject.dueOn', { date: dayRange(dueOn, dueOn, language) })}`
      : subject;
  }
  return undefined;
}
