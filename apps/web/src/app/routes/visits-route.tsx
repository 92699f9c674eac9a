import { useSession } from '../../features/auth/api/get-session';
import { VisitsPage } from '../../features/visits/components/visits-page';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 4 of one partnership (« Initier la relation »): delegation visits in both directions. */
export function VisitsRoute() {
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const organisationId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="INITIATION">
      {(partnershipId, role) => (
        <VisitsPage
          partnershipId={partnershipId}
          organisationId={organisationId}
          permissions={{
            canRun: roleCan(role, 'partnership.run'),
            canReport: roleCan(role, 'partnership.internal.write'),
            // The API lets elected officials approve (the same capability as reviewing motivations).
            canApprove: roleCan(role, 'motivation.review'),
          }}
        />
      )}
    </PartnershipStepPage>
  );
}
