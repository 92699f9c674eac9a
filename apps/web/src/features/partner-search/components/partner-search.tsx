import type { CandidateStage } from '@passerelle/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { problemCodeOf } from '../../../lib/api/problem';
import { PARTNER_SEARCH_SECTION_IDS } from '../../../lib/partnership-paths';
import { useCandidates, type Candidate } from '../api/get-candidates';
import { AddCandidateForm } from './add-candidate-form';
import { candidateAnchorId, type CandidateActionProps } from './candidate-actions';
import { CandidateBoard } from './candidate-board';
import { browserToday, canBeInvited } from './candidate-stages';
import { CandidateTable } from './candidate-table';
import { InviteCandidateForm } from './invite-candidate-form';
import { SuggestedPartners } from './suggested-partners';

/** The address remembers the table view (`?vue=tableau`); the board by stage is the default. */
const VIEW_PARAM = 'vue';
const TABLE_VIEW = 'tableau';

type View = 'board' | 'table';

/**
 * Step 2 for the initiator: its pipeline of candidate authorities, by stage or as a table, the invitation of
 * a candidate that agreed, the directory's suggestions and the form to add one. Other parties only learn who runs the search.
 */
export function PartnerSearch({ partnershipId, canWrite }: { partnershipId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const candidates = useCandidates(partnershipId);
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get(VIEW_PARAM) === TABLE_VIEW ? 'table' : 'board';
  const [notice, setNotice] = useState<string | undefined>();
  const [invitingId, setInvitingId] = useState<string | undefined>();
  const pendingFocus = useRef<{ candidateId: string; stage: CandidateStage } | undefined>(undefined);
  const inviteFormId = useId();
  const [today] = useState(browserToday);
  useFocusOnHash(candidates.isSuccess);
  // After a move, the candidate's card changes column: its name takes the focus once it shows at its stage.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const candidate = candidates.data?.items.find((item) => item.id === target.candidateId);
    if (candidate?.stage !== target.stage) return;
    pendingFocus.current = undefined;
    document.getElementById(candidateAnchorId(candidate.id))?.focus();
  });

  if (candidates.isPending) return <p role="status">{t('common.loading')}</p>;
  if (candidates.isError) {
    return problemCodeOf(candidates.error) === 'RESOURCE.NOT_FOUND' ? (
      <p className="callout">{t('partnerSearch.initiatorOnly')}</p>
    ) : (
      <p role="alert">{describeError(t, candidates.error)}</p>
    );
  }

  const { items } = candidates.data;
  const inviting = items.find((candidate) => candidate.id === invitingId && canBeInvited(candidate));
  const focusCandidate = (candidate: Candidate, stage: CandidateStage = candidate.stage) => {
    pendingFocus.current = { candidateId: candidate.id, stage };
  };
  const actions: CandidateActionProps = {
    partnershipId,
    canWrite,
    invitingId: inviting?.id,
    inviteFormId,
    onInvite: (candidate) => {
      setNotice(undefined);
      setInvitingId((current) => (current === candidate.id ? undefined : candidate.id));
    },
    onAdvanced: (candidate, stage) => {
      setNotice(
        stage === candidate.stage
          ? t('partnerSearch.nextStepSaved', { name: candidate.name })
          : t('partnerSearch.advanced', { name: candidate.name, stage: t(`candidateStages.${stage}`) }),
      );
      focusCandidate(candidate, stage);
    },
  };
  const pipelineId = PARTNER_SEARCH_SECTION_IDS.candidates;
  return (
    <>
      {!canWrite && <p className="callout">{t('partnerSearch.readOnly')}</p>}
      <section className="panel panel--section" aria-labelledby={pipelineId}>
        <h2 id={pipelineId} tabIndex={-1} className="anchor-target">
          {t('partnerSearch.pipelineTitle')}
        </h2>
        <p className="muted">{t('partnerSearch.pipelineIntro')}</p>
        {canWrite && (
          <FormDialog
            openLabel={t('partnerSearch.addTitle')}
            title={t('partnerSearch.addTitle')}
            emphasis="primary"
          >
            {(done) => <AddCandidateForm partnershipId={partnershipId} onDone={done} />}
          </FormDialog>
        )}
        <ViewSwitch
          view={view}
          onChange={(next) =>
            setSearchParams(
              (current) => {
                const params = new URLSearchParams(current);
                if (next === 'table') params.set(VIEW_PARAM, TABLE_VIEW);
                else params.delete(VIEW_PARAM);
                return params;
              },
              { replace: true, preventScrollReset: true },
            )
          }
        />
        <FormSuccess message={notice} />
        {items.length === 0 ? (
          <p>{t('partnerSearch.empty')}</p>
        ) : view === 'board' ? (
          <CandidateBoard candidates={items} today={today} {...actions} />
        ) : (
          <CandidateTable candidates={items} today={today} {...actions} />
        )}
      </section>
      {canWrite && inviting && (
        <InviteCandidateForm
          key={inviting.id}
          id={inviteFormId}
          partnershipId={partnershipId}
          candidate={inviting}
          onInvited={(email) => {
            setInvitingId(undefined);
            setNotice(t('partnerSearch.invited', { email, name: inviting.name }));
            focusCandidate(inviting);
          }}
          onCancel={() => {
            setInvitingId(undefined);
            focusCandidate(inviting);
          }}
        />
      )}
      <SuggestedPartners partnershipId={partnershipId} canWrite={canWrite} />
    </>
  );
}

/** Board by stage or table: two toggle buttons, the pressed one being the current view. */
function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="view-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="view-switch__label">
        {t('partnerSearch.view')}
      </span>
      {(['board', 'table'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="button button--small"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {option === 'board' ? t('partnerSearch.viewBoard') : t('partnerSearch.viewTable')}
        </button>
      ))}
    </div>
  );
}
