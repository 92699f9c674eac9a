import { useParams } from 'react-router';
import { ActionPage } from '../../features/actions/components/action-page';
import { useSession } from '../../features/auth/api/get-session';
import { ActionFunding } from '../../features/funding/components/action-funding';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/**
 * Step 6, one joint action: budget and funders with its applications to calls and its money as it happens,
 * indicators and measurements, joint evaluations, its log.
 */
export function ActionRoute() {
  const { actionId = '' } = useParams();
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="ACTIONS">
      {(partnershipId, role) => (
        <ActionPage
          partnershipId={partnershipId}
          actionId={actionId}
          ownPartyId={ownPartyId}
          permissions={{
            // The API lets officers steer actions (priority, status, budget, indicators, evaluations)…
            canRun: roleCan(role, 'partnership.run'),
            // …and elected officials too record measurements and log what was done.
            canRecord: roleCan(role, 'partnership.internal.write'),
          }}
          renderFunding={(nameOf, isMember) => (
            <ActionFunding
              partnershipId={partnershipId}
              actionId={actionId}
              canRun={isMember && roleCan(role, 'partnership.run')}
              nameOf={nameOf}
            />
          )}
        />
      )}
    </PartnershipStepPage>
  );
}
