import { type PartyId } from './ids';

/** Status of a person in the relation; the method wants the relation carried by all three on each side. */
export const PERSON_ROLES = ['elected', 'technician', 'territory_actor'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** A person as the partnership records see them: who, from which side, in which capacity. */
export interface PersonRef {
  readonly personId: string;
  readonly name: string;
  readonly partyId: PartyId;
  readonly role: PersonRole;
}
