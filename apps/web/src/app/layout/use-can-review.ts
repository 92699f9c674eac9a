import { useSession } from '../../features/auth/api/get-session';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';

/**
 * Whether the signed-in user may give their side's political reviews on this partnership: its elected
 * officials, or — when their side is led by an executive appointed by the State — whoever leads it, staff
 * included (docs/adr/0017-legal-variants.md). The API decides the same way; this only hides what it refuses.
 */
export function useCanReview(partnershipId: string, role: UserRole | undefined): boolean {
  const organisationId = useSession().data?.organisation?.id;
  const partnership = usePartnership(partnershipId).data;
  if (roleCan(role, 'motivation.review')) return true;
  const ownSide = partnership?.parties.find((party) => party.organisationId === organisationId);
  return roleCan(role, 'review.give') && ownSide?.governance === 'appointed_executive';
}
