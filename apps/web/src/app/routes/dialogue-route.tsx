import { useSession } from '../../features/auth/api/get-session';
import { DialogueFile } from '../../features/dialogue/components/dialogue-file';
import { roleCan } from '../../lib/auth/user-roles';
import { ConventionStepTabs } from '../layout/convention-step-tabs';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 5 of one partnership, its dialogue part (« Dialogue entre les partenaires »). */
export function DialogueRoute() {
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <>
          <ConventionStepTabs partnershipId={partnershipId} />
          <DialogueFile
            partnershipId={partnershipId}
            ownPartyId={ownPartyId}
            canApprove={roleCan(role, 'partnership.run')}
            canPropose={roleCan(role, 'partnership.run')}
            canRecord={roleCan(role, 'partnership.internal.write')}
          />
        </>
      )}
    </PartnershipStepPage>
  );
}
