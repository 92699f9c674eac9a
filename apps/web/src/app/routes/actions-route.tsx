import { useSession } from '../../features/auth/api/get-session';
import { ActionsPage } from '../../features/actions/components/actions-page';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 6 of one partnership (« Passer aux actions »): the joint actions and the form to create one. */
export function ActionsRoute() {
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="ACTIONS">
      {(partnershipId, role) => (
        <ActionsPage
          partnershipId={partnershipId}
          ownPartyId={ownPartyId}
          permissions={{
            canRun: roleCan(role, 'partnership.run'),
            canRecord: roleCan(role, 'partnership.internal.write'),
          }}
        />
      )}
    </PartnershipStepPage>
  );
}
