import type { PoliticalDialogueParty } from '../api/get-political-dialogue';

/** The parties as the viewer reads them: their own first, then the others in the partnership's order. */
export function ownPartyFirst(
  parties: readonly PoliticalDialogueParty[],
  ownPartyId: string | undefined,
): PoliticalDialogueParty[] {
  const own = parties.filter((party) => party.partyId === ownPartyId);
  return [...own, ...parties.filter((party) => party.partyId !== ownPartyId)];
}

/** The names of the parties other than the viewer's, joined for a sentence (« Commune de Bamako »). */
export function otherPartyNames(parties: readonly PoliticalDialogueParty[], ownPartyId: string | undefined) {
  return parties
    .filter((party) => party.partyId !== ownPartyId)
    .map((party) => party.name)
    .join(', ');
}
