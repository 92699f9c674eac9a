import type { TFunction } from 'i18next';
import type { ActionParty, ActionSummary } from '../api/get-actions';
import { localeOf } from '../../../lib/i18n/locale';

/** The Sustainable Development Goals, numbered 1 to 17. */
export const SDG_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
type SdgNumber = (typeof SDG_NUMBERS)[number];

function isSdgNumber(goal: number): goal is SdgNumber {
  return (SDG_NUMBERS as readonly number[]).includes(goal);
}

/** « ODD 6 – Eau propre et assainissement ». */
export function sdgLabel(t: TFunction, goal: number): string {
  if (!isSdgNumber(goal)) return t('actions.sdgShort', { number: goal });
  return t('actions.sdgLabel', { number: goal, name: t(`actions.sdgNames.sdg${goal}`) });
}

/** The parties as the viewer sees them: names, and which one is the viewer's own. */
export interface PartyNames {
  ownPartyId: string | undefined;
  /** The viewer's authority is a party: it may write (the API writes for that party). */
  isMember: boolean;
  parties: readonly ActionParty[];
  nameOf: (partyId: string) => string;
}

export function partyNamesOf(parties: readonly ActionParty[], ownPartyId: string | undefined): PartyNames {
  return {
    ownPartyId,
    isMember: parties.some((party) => party.partyId === ownPartyId),
    parties,
    nameOf: (partyId) => parties.find((party) => party.partyId === partyId)?.name ?? partyId,
  };
}

/** « Ville d’Angers et Commune de Bamako », in the user's language. */
export function joinNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** Where the action takes place, from the viewer's side: « Chez nous », « Chez Commune de Bamako », both. */
export function whereText(
  t: TFunction,
  action: Pick<ActionSummary, 'location' | 'locatedIn'>,
  names: PartyNames,
  language: string,
): string {
  const others = joinNames(
    action.locatedIn.filter((partyId) => partyId !== names.ownPartyId).map(names.nameOf),
    language,
  );
  switch (action.location) {
    case 'here':
      return t('actions.where.here');
    case 'there':
      return t('actions.where.there', { parties: others });
    case 'both':
      return t('actions.where.both', { parties: others });
    default: {
      const unexpected: never = action.location;
      return unexpected;
    }
  }
}

/** The party that initiated the action: « Notre collectivité » for the viewer's own. */
export function initiatorText(t: TFunction, partyId: string, names: PartyNames): string {
  return partyId === names.ownPartyId ? t('actions.initiatedByUs') : names.nameOf(partyId);
}

/** Who proposed the action (the fact either side states), and whether the other side confirmed it. */
export function proposerText(
  t: TFunction,
  proposal: { proposedBy: string; confirmedBy: string | null },
  names: PartyNames,
): string {
  const name = initiatorText(t, proposal.proposedBy, names);
  return proposal.confirmedBy === null ? t('actions.proposerUnconfirmed', { name }) : name;
}

/** A calendar day (`2026-03-12`) written out in `language`. */
export function formatDay(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
}

/** An instant written out with its day and time in `language`. */
export function formatDateTime(instant: string, language: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return parsed.toLocaleString(localeOf(language), { dateStyle: 'long', timeStyle: 'short' });
}

export function datesText(
  t: TFunction,
  startsOn: string | null,
  endsOn: string | null,
  language: string,
): string {
  const start = startsOn ? formatDay(startsOn, language) : undefined;
  const end = endsOn ? formatDay(endsOn, language) : undefined;
  if (start && end) return t('actions.dates.range', { start, end });
  if (start) return t('actions.dates.from', { start });
  if (end) return t('actions.dates.until', { end });
  return t('actions.dates.none');
}

export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(localeOf(language), { maximumFractionDigits: 2 });
}

/** An amount in its currency (« 25 000,00 € »); the bare number and code if the code is unknown. */
export function formatAmount(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(amount);
  } catch {
    return `${formatNumber(amount, language)} ${currency}`;
  }
}

/**
 * A number typed in French or English (`12`, `12,5`, `12.5`, `25 000`), or undefined when it is not one. Kept
 * apart from the browser's number input, whose decimal separator depends on the browser.
 */
export function parseDecimal(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact);
}

/** Today in the browser's calendar (`2026-03-12`): the default day of a measurement or an evaluation. */
export function browserToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
