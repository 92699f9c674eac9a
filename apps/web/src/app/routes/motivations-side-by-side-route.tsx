import { useSession } from '../../features/auth/api/get-session';
import { PoliticalDialoguePage } from '../../features/political-dialogue/components/political-dialogue-page';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';
import { ConventionStepTabs } from '../layout/convention-step-tabs';
import { PartnershipStepPage } from '../layout/partnership-step-page';
import { useCanReview } from '../layout/use-can-review';

/** Step 5 of one partnership, its political dialogue (« Motivations croisées »). */
export function MotivationsSideBySideRoute() {
  // The columns and forms are worded from the viewer's side: which party the signed-in user belongs to.
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <>
          <ConventionStepTabs partnershipId={partnershipId} />
          <DialogueOf partnershipId={partnershipId} role={role} ownPartyId={ownPartyId} />
        </>
      )}
    </PartnershipStepPage>
  );
}

function DialogueOf({
  partnershipId,
  role,
  ownPartyId,
}: {
  partnershipId: string;
  role: UserRole | undefined;
  ownPartyId: string | undefined;
}) {
  // The API lets a side's reviewers review and agree: its elected officials, or whoever leads an appointed executive.
  const canReview = useCanReview(partnershipId, role);
  return (
    <PoliticalDialoguePage
      partnershipId={partnershipId}
      ownPartyId={ownPartyId}
      permissions={{
        canReview,
        canAgree: canReview,
        canPropose: roleCan(role, 'partnership.internal.write'),
      }}
    />
  );
}
