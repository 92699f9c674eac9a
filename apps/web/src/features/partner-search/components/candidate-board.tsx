import { CANDIDATE_STAGES, type CandidateStage } from '@passerelle/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../api/get-candidates';
import { CandidateActions, candidateAnchorId, type CandidateActionProps } from './candidate-actions';
import { CandidateCountry, CandidateHistory, CandidateNextStep, CandidateSource } from './candidate-details';
import { isNextStepOverdue } from './candidate-stages';

/** The pipeline as columns, one per stage in the pipeline's order, each candidate a card in its column. */
export function CandidateBoard({
  candidates,
  today,
  ...actions
}: CandidateActionProps & { candidates: readonly Candidate[]; today: string }) {
  const { t } = useTranslation();
  return (
    <div className="board" role="group" aria-label={t('partnerSearch.boardLabel')}>
      {CANDIDATE_STAGES.map((stage) => (
        <BoardColumn
          key={stage}
          stage={stage}
          candidates={candidates.filter((candidate) => candidate.stage === stage)}
          today={today}
          {...actions}
        />
      ))}
    </div>
  );
}

function BoardColumn({
  stage,
  candidates,
  today,
  ...actions
}: CandidateActionProps & { stage: CandidateStage; candidates: readonly Candidate[]; today: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className={`board__column board__column--${stage}`} aria-labelledby={titleId}>
      <h3 className="board__title">
        <span id={titleId}>{t(`candidateStages.${stage}`)}</span>{' '}
        <span className="board__count">{candidates.length}</span>
      </h3>
      {candidates.length === 0 ? (
        <p className="muted">{t('partnerSearch.columnEmpty')}</p>
      ) : (
        <ul className="board__cards">
          {candidates.map((candidate) => (
            <CandidateCard key={candidate.id} candidate={candidate} today={today} {...actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CandidateCard({
  candidate,
  today,
  ...actions
}: CandidateActionProps & { candidate: Candidate; today: string }) {
  const { t } = useTranslation();
  const overdue = isNextStepOverdue(candidate, today);
  return (
    <li className={`candidate-card${overdue ? ' candidate-card--overdue' : ''}`}>
      <h4 id={candidateAnchorId(candidate.id)} tabIndex={-1} className="candidate-card__name">
        {candidate.name}
      </h4>
      <p className="record__meta">
        <CandidateCountry candidate={candidate} />
      </p>
      <dl className="candidate-facts">
        <dt>{t('partnerSearch.source')}</dt>
        <dd>
          <CandidateSource candidate={candidate} />
        </dd>
        <dt>{t('partnerSearch.nextStep')}</dt>
        <dd>
          <CandidateNextStep candidate={candidate} today={today} />
        </dd>
      </dl>
      <CandidateHistory candidate={candidate} />
      <CandidateActions candidate={candidate} {...actions} />
    </li>
  );
}
