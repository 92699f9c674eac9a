import { type PersonRole } from './person';

/**
 * Who leads a party's executive. Seed 003 (2007 law): conventions may be signed with foreign authorities led
 * by elected mayors as well as by prefects or governors appointed by the State.
 */
export const PARTY_GOVERNANCES = ['elected_executive', 'appointed_executive'] as const;
export type PartyGovernance = (typeof PARTY_GOVERNANCES)[number];

/**
 * Who may give a side's political reviews (motivations, compatibility, an orange-zone visit). An elected
 * executive: its elected officials. An appointed executive has none to speak for it, so the role passes to
 * whoever leads it: the appointed head and the staff acting for them (`technician` in the relation), or an
 * elected council where one sits beside the appointee. Territory actors never review for a side.
 */
export const REVIEWING_ROLES = {
  elected_executive: ['elected'],
  appointed_executive: ['elected', 'technician'],
} as const satisfies Record<PartyGovernance, readonly PersonRole[]>;

export function mayReviewFor(role: PersonRole, governance: PartyGovernance): boolean {
  const roles: readonly PersonRole[] = REVIEWING_ROLES[governance];
  return roles.includes(role);
}
