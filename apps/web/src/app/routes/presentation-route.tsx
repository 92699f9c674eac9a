import { PresentationFile } from '../../features/presentation/components/presentation-file';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 3 of one partnership (« Savoir se présenter »): the authority's presentation. */
export function PresentationRoute() {
  return (
    <PartnershipStepPage step="PRESENTATION">
      {(partnershipId, role) => (
        <PresentationFile partnershipId={partnershipId} canWrite={roleCan(role, 'commitment.write')} />
      )}
    </PartnershipStepPage>
  );
}
