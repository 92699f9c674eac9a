import { useSession } from '../../features/auth/api/get-session';
import { DialogueFile } from '../../features/dialogue/components/dialogue-file';
import { roleCan } from '../../lib/auth/user-roles';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 5 of one partnership, its dialogue part (« Dialogue entre les partenaires »). */
export function DialogueRoute() {
  const ownPartyId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <DialogueFile
          partnershipId={partnershipId}
          ownPartyId={ownPartyId}
          canApprove={roleCan(role, 'partnership.run')}
          canRecord={roleCan(role, 'partnership.internal.write')}
        />
      )}
    </PartnershipStepPage>
  );
}
