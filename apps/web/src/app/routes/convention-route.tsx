import { useSession } from '../../features/auth/api/get-session';
import { ConventionPage } from '../../features/convention/components/convention-page';
import { roleCan } from '../../lib/auth/user-roles';
import { ConventionStepTabs } from '../layout/convention-step-tabs';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 5 of one partnership, its convention part (« Convention de coopération »). */
export function ConventionRoute() {
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const organisationId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <>
          <ConventionStepTabs partnershipId={partnershipId} />
          <ConventionPage
            partnershipId={partnershipId}
            organisationId={organisationId}
            canRun={roleCan(role, 'partnership.run')}
            canApprove={roleCan(role, 'convention.approve')}
          />
        </>
      )}
    </PartnershipStepPage>
  );
}
