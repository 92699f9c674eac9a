import { CommitmentFile } from '../../features/commitment/components/commitment-file';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';
import { useCanReview } from '../layout/use-can-review';

/** Step 1 of one partnership (« Construire l’engagement »): the party's commitment file. */
export function CommitmentRoute() {
  return (
    <PartnershipStepPage step="COMMITMENT">
      {(partnershipId, role) => <CommitmentOf partnershipId={partnershipId} role={role} />}
    </PartnershipStepPage>
  );
}

function CommitmentOf({ partnershipId, role }: { partnershipId: string; role: UserRole | undefined }) {
  return (
    <CommitmentFile
      partnershipId={partnershipId}
      canWrite={roleCan(role, 'commitment.write')}
      canReview={useCanReview(partnershipId, role)}
    />
  );
}
