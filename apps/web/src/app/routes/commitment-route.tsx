import { CommitmentFile } from '../../features/commitment/components/commitment-file';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 1 of one partnership (« Construire l’engagement »): the party's commitment file. */
export function CommitmentRoute() {
  return (
    <PartnershipStepPage step="COMMITMENT">
      {(partnershipId, role) => (
        <CommitmentFile
          partnershipId={partnershipId}
          canWrite={roleCan(role, 'commitment.write')}
          canReview={roleCan(role, 'motivation.review')}
        />
      )}
    </PartnershipStepPage>
  );
}
