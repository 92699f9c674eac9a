import { CommitmentGate } from '../../features/method-warnings/components/commitment-gate';
import { PartnerSearch } from '../../features/partner-search/components/partner-search';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 2 of one partnership (« Rechercher des partenaires »): the pipeline and suggested partners. */
export function PartnerSearchRoute() {
  return (
    <PartnershipStepPage step="PARTNER_SEARCH">
      {(partnershipId, role) => (
        <>
          <CommitmentGate partnershipId={partnershipId} />
          <PartnerSearch partnershipId={partnershipId} canWrite={roleCan(role, 'partnership.run')} />
        </>
      )}
    </PartnershipStepPage>
  );
}
