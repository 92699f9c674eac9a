import { useSession } from '../../features/auth/api/get-session';
import { PoliticalDialoguePage } from '../../features/political-dialogue/components/political-dialogue-page';
import { roleCan } from '../../lib/auth/user-roles';
import { ConventionStepTabs } from '../layout/convention-step-tabs';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 5 of one partnership, its political dialogue (« Motivations croisées »). */
export function MotivationsSideBySideRoute() {
  // The columns and forms are worded from the viewer's side: which party the signed-in user belongs to.
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <>
          <ConventionStepTabs partnershipId={partnershipId} />
          <PoliticalDialoguePage
            partnershipId={partnershipId}
            ownPartyId={ownPartyId}
            permissions={{
              // The API lets elected officials review and agree (the motivation review capability).
              canReview: roleCan(role, 'motivation.review'),
              canAgree: roleCan(role, 'motivation.review'),
              canPropose: roleCan(role, 'partnership.internal.write'),
            }}
          />
        </>
      )}
    </PartnershipStepPage>
  );
}
