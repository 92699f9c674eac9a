import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { usePoliticalDialogue } from '../api/get-political-dialogue';
import { CompatibilityReviews } from './compatibility-reviews';
import { ConventionReadiness } from './convention-readiness';
import { Priorities } from './priorities';
import { SharedMotivations } from './shared-motivations';

export interface PoliticalDialoguePermissions {
  /** Record the compatibility review of the viewer's side (elected officials). */
  canReview: boolean;
  /** Give the agreement of the viewer's party to a priority (elected officials). */
  canAgree: boolean;
  /** Propose a priority. */
  canPropose: boolean;
}

/**
 * « Motivations croisées »: the motivations both sides put on the table side by side, each side's elected
 * officials' review of their compatibility, the priorities agreed by every party, and what the convention
 * still needs.
 */
export function PoliticalDialoguePage({
  partnershipId,
  ownPartyId,
  permissions,
}: {
  partnershipId: string;
  ownPartyId: string | undefined;
  permissions: PoliticalDialoguePermissions;
}) {
  const { t } = useTranslation();
  const dialogue = usePoliticalDialogue(partnershipId);
  return (
    <>
      <h2>{t('politicalDialogue.title')}</h2>
      <p className="muted">{t('politicalDialogue.intro')}</p>
      {dialogue.isPending && <p role="status">{t('common.loading')}</p>}
      {dialogue.isError && <p role="alert">{describeError(t, dialogue.error)}</p>}
      {dialogue.isSuccess && (
        <>
          <SharedMotivations partnershipId={partnershipId} view={dialogue.data} ownPartyId={ownPartyId} />
          <CompatibilityReviews
            partnershipId={partnershipId}
            view={dialogue.data}
            ownPartyId={ownPartyId}
            canReview={permissions.canReview}
          />
          <Priorities
            partnershipId={partnershipId}
            view={dialogue.data}
            ownPartyId={ownPartyId}
            canAgree={permissions.canAgree}
            canPropose={permissions.canPropose}
          />
          <ConventionReadiness view={dialogue.data} ownPartyId={ownPartyId} />
        </>
      )}
    </>
  );
}
