import { useTranslation } from 'react-i18next';
import type { ManualCandidateStage } from '../api/advance-candidate';
import type { Candidate } from '../api/get-candidates';
import { AdvanceCandidateForm } from './advance-candidate-form';
import { canBeInvited } from './candidate-stages';

export interface CandidateActionProps {
  partnershipId: string;
  canWrite: boolean;
  /** The candidate whose invitation form is open, if any. */
  invitingId: string | undefined;
  inviteFormId: string;
  onInvite: (candidate: Candidate) => void;
  onAdvanced: (candidate: Candidate, stage: ManualCandidateStage) => void;
}

/** The element holding the candidate's name, focused after it moved (its card changes column). */
export function candidateAnchorId(candidateId: string): string {
  return `candidate-${candidateId}`;
}

/**
 * What can be done with one candidate: move it along the pipeline and, once it is proposed and has agreed,
 * send it the invitation. Final stages only say where the candidate ended.
 */
export function CandidateActions({
  candidate,
  partnershipId,
  canWrite,
  invitingId,
  inviteFormId,
  onInvite,
  onAdvanced,
}: CandidateActionProps & { candidate: Candidate }) {
  const { t } = useTranslation();
  if (candidate.stage === 'accepted') return <p className="muted">{t('partnerSearch.party')}</p>;
  if (candidate.stage === 'declined' || candidate.stage === 'dropped')
    return <p className="muted">{t('partnerSearch.closed')}</p>;
  if (!canWrite) return null;
  const inviting = invitingId === candidate.id;
  return (
    <div className="candidate-actions">
      <AdvanceCandidateForm
        key={candidate.stage}
        partnershipId={partnershipId}
        candidate={candidate}
        onAdvanced={onAdvanced}
      />
      {canBeInvited(candidate) && (
        <div className="candidate-invite">
          <p className="candidate-invite__prompt">{t('partnerSearch.acceptedPrompt')}</p>
          <button
            type="button"
            className="button button--small button--primary"
            aria-expanded={inviting}
            aria-controls={inviting ? inviteFormId : undefined}
            onClick={() => onInvite(candidate)}
          >
            {t('partnerSearch.invite', { name: candidate.name })}
          </button>
        </div>
      )}
    </div>
  );
}
