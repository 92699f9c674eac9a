/**
 * The body of POST /api/partnerships/:id/visits for a delegation of the partner coming to the initiator:
 * no travel advisory needed, one member of the partner's side, no agenda or hosts yet.
 */
export function incomingDelegation(input: {
  partnerPartyId: string;
  startsOn: string;
  endsOn: string;
  purpose?: string;
  member?: { name: string; role: string };
}) {
  const member = input.member ?? { name: 'Aminata Traoré', role: 'elected' };
  return {
    direction: 'from_partner',
    partnerPartyId: input.partnerPartyId,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    purpose: input.purpose ?? 'Délégation de Bamako à Angers',
    agenda: [],
    delegation: [{ ...member, partyId: input.partnerPartyId }],
    hosts: [],
    travelAdvisory: null,
  };
}
