import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import type { Candidate } from '../api/get-candidates';
import { isNextStepOverdue } from './candidate-stages';

/** The candidate's country, written out. */
export function CandidateCountry({ candidate }: { candidate: Candidate }) {
  const { i18n } = useTranslation();
  return <>{countryName(candidate.countryCode, i18n.language)}</>;
}

/** The channel the candidate came through, and which network, request or meeting it was. */
export function CandidateSource({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`candidateSources.${candidate.source}`)}
      {candidate.sourceDetail && <span className="muted"> — {candidate.sourceDetail}</span>}
    </>
  );
}

/** The planned next step and its date; a passed date on an open candidate is flagged, in words too. */
export function CandidateNextStep({ candidate, today }: { candidate: Candidate; today: string }) {
  const { t, i18n } = useTranslation();
  if (!candidate.nextStep && !candidate.nextStepOn)
    return <span className="muted">{t('partnerSearch.noNextStep')}</span>;
  const overdue = isNextStepOverdue(candidate, today);
  return (
    <span className={overdue ? 'next-step next-step--overdue' : 'next-step'}>
      {candidate.nextStep}
      {candidate.nextStepOn && (
        <>
          {candidate.nextStep ? ' ' : ''}
          <time dateTime={candidate.nextStepOn}>
            {t('partnerSearch.nextStepOn', {
              date: formatCalendarDate(candidate.nextStepOn, i18n.language),
            })}
          </time>
        </>
      )}
      {overdue && (
        <>
          {' '}
          <span className="badge badge--overdue">
            <span aria-hidden="true">⚠ </span>
            {t('partnerSearch.overdue')}
          </span>
        </>
      )}
    </span>
  );
}

/** The stages the candidate went through, oldest first, folded away. */
export function CandidateHistory({ candidate }: { candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="candidate-history">
      <summary>
        {t('partnerSearch.history')} ({candidate.history.length})
      </summary>
      <ol aria-label={t('partnerSearch.historyOf', { name: candidate.name })}>
        {candidate.history.map((change, index) => (
          <li key={`${change.stage}-${index}`}>
            {t('partnerSearch.historyEntry', {
              stage: t(`candidateStages.${change.stage}`),
              date: formatDay(change.at, i18n.language),
            })}
          </li>
        ))}
      </ol>
    </details>
  );
}
