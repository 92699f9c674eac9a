import type { DialogueParty, DialoguePerson } from '../api/get-dialogue';
import { localeOf } from '../../../lib/i18n/locale';

/** The name of a party of the partnership, or its id when the dialogue does not list it. */
export function partyNameOf(parties: readonly DialogueParty[], partyId: string): string {
  return parties.find((party) => party.partyId === partyId)?.name ?? partyId;
}

/** People grouped by their party, in the order of the parties. */
export function peopleByParty(
  parties: readonly DialogueParty[],
  people: readonly DialoguePerson[],
): { partyId: string; name: string; people: DialoguePerson[] }[] {
  return parties
    .map((party) => ({
      partyId: party.partyId,
      name: party.name,
      people: people.filter((person) => person.partyId === party.partyId),
    }))
    .filter((group) => group.people.length > 0);
}

/** An instant (`2026-11-20T14:30:00.000Z`) written out with its day and time in `language`. */
export function formatDateTime(instant: string, language: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return parsed.toLocaleString(localeOf(language), { dateStyle: 'long', timeStyle: 'short' });
}

/**
 * A `datetime-local` value (`2026-11-20T15:30`, the browser's time) as the instant with its offset the API
 * expects (`2026-11-20T15:30:00+01:00`); undefined when it is not a time.
 */
export function withLocalOffset(value: string): string | undefined {
  const parsed = new Date(value);
  if (!value || Number.isNaN(parsed.getTime())) return undefined;
  const minutes = -parsed.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const local = value.length === 16 ? `${value}:00` : value;
  return `${local}${sign}${pad(Math.abs(minutes) / 60)}:${pad(Math.abs(minutes) % 60)}`;
}
