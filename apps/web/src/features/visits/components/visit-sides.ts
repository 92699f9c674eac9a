import type { TFunction } from 'i18next';
import type { PartyPeople, Person, PersonInput, Visit, Visits } from '../api/get-visits';

/** Where a visit stands from the viewer's side: our delegation going out, one coming to us, or neither. */
export type VisitSide = 'ours' | 'theirs' | 'others';

export const VISIT_SIDES = ['ours', 'theirs', 'others'] as const satisfies readonly VisitSide[];

export function sideOf(visit: Pick<Visit, 'visitingPartyId' | 'hostPartyId'>, myPartyId?: string): VisitSide {
  if (myPartyId && visit.visitingPartyId === myPartyId) return 'ours';
  if (myPartyId && visit.hostPartyId === myPartyId) return 'theirs';
  return 'others';
}

/** The parties as the viewer sees them: its own, the initiator, and those its delegations can visit. */
export interface Parties {
  me: PartyPeople | undefined;
  initiator: PartyPeople | undefined;
  /** The parties a visit of ours goes to or comes from: the partners for the initiator, else the initiator. */
  counterparts: PartyPeople[];
  nameOf: (partyId: string) => string;
  peopleOf: (partyId: string) => readonly Person[];
}

export function partiesOf(view: Visits, myPartyId?: string): Parties {
  const me = view.parties.find((party) => party.partyId === myPartyId);
  const initiator = view.parties.find((party) => party.role === 'initiator');
  const counterparts = !me
    ? []
    : me.role === 'initiator'
      ? view.parties.filter((party) => party.role === 'partner')
      : initiator
        ? [initiator]
        : [];
  return {
    me,
    initiator,
    counterparts,
    nameOf: (partyId) => view.parties.find((party) => party.partyId === partyId)?.name ?? '',
    peopleOf: (partyId) => view.parties.find((party) => party.partyId === partyId)?.people ?? [],
  };
}

/** « Notre délégation chez Bamako », « Délégation de Bamako chez nous », or both names for other parties. */
export function visitTitle(
  t: TFunction,
  visit: Pick<Visit, 'visitingPartyId' | 'hostPartyId'>,
  parties: Pick<Parties, 'me' | 'nameOf'>,
): string {
  const visiting = parties.nameOf(visit.visitingPartyId);
  const host = parties.nameOf(visit.hostPartyId);
  const side = sideOf(visit, parties.me?.partyId);
  switch (side) {
    case 'ours':
      return t('visits.titles.ours', { host });
    case 'theirs':
      return t('visits.titles.theirs', { visiting });
    case 'others':
      return t('visits.titles.others', { visiting, host });
    default: {
      const unexpected: never = side;
      return unexpected;
    }
  }
}

/**
 * The API's words for a visit between the viewer and a counterpart: `direction` is relative to the
 * initiator, and the partner named is whichever side is not the initiator.
 */
export function directionOf(
  visitingPartyId: string,
  hostPartyId: string,
  initiatorId: string | undefined,
): { direction: Visit['direction']; partnerPartyId: string } {
  return visitingPartyId === initiatorId
    ? { direction: 'to_partner', partnerPartyId: hostPartyId }
    : { direction: 'from_partner', partnerPartyId: visitingPartyId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A platform user is named by id; anyone else (named in a form or a past record) by name. */
export function toPersonInput(person: Person): PersonInput {
  return UUID.test(person.personId)
    ? { userId: person.personId, partyId: person.partyId, role: person.role }
    : { name: person.name, partyId: person.partyId, role: person.role };
}

export { namedPerson } from '../../../components/ui/person-picker';

/** The non-empty lines of a text area (agenda, outcomes, people met). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Today in the browser's calendar (`2026-03-12`): the day a follow-up is marked done. */
export function browserToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
