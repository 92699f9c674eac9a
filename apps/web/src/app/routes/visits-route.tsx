import { useSession } from '../../features/auth/api/get-session';
import { VisitsPage } from '../../features/visits/components/visits-page';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';
import { useCanReview } from '../layout/use-can-review';

/** Step 4 of one partnership (« Initier la relation »): delegation visits in both directions. */
export function VisitsRoute() {
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const organisationId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="INITIATION">
      {(partnershipId, role) => (
        <VisitsOf partnershipId={partnershipId} role={role} organisationId={organisationId} />
      )}
    </PartnershipStepPage>
  );
}

function VisitsOf({
  partnershipId,
  role,
  organisationId,
}: {
  partnershipId: string;
  role: UserRole | undefined;
  organisationId: string | undefined;
}) {
  return (
    <VisitsPage
      partnershipId={partnershipId}
      organisationId={organisationId}
      permissions={{
        canRun: roleCan(role, 'partnership.run'),
        canReport: roleCan(role, 'partnership.internal.write'),
        // The API lets the travelling side's reviewers approve, as for motivations.
        canApprove: useCanReview(partnershipId, role),
      }}
    />
  );
}
