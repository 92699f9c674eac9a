import { useTranslation } from 'react-i18next';
import type { Candidate } from '../api/get-candidates';
import { CandidateActions, candidateAnchorId, type CandidateActionProps } from './candidate-actions';
import { CandidateCountry, CandidateHistory, CandidateNextStep, CandidateSource } from './candidate-details';
import { isNextStepOverdue } from './candidate-stages';
import { TableScroll } from '../../../components/ui/table-scroll';

/** The pipeline as one table, a row per candidate in the order they were added. */
export function CandidateTable({
  candidates,
  today,
  ...actions
}: CandidateActionProps & { candidates: readonly Candidate[]; today: string }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('partnerSearch.tableCaption')}>
      <table className="table candidate-table">
        <caption className="visually-hidden">{t('partnerSearch.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnerSearch.name')}</th>
            <th scope="col">{t('partnerSearch.country')}</th>
            <th scope="col">{t('partnerSearch.stage')}</th>
            <th scope="col">{t('partnerSearch.source')}</th>
            <th scope="col">{t('partnerSearch.nextStep')}</th>
            <th scope="col">{t('partnerSearch.history')}</th>
            <th scope="col">{t('partnerSearch.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr
              key={candidate.id}
              className={isNextStepOverdue(candidate, today) ? 'candidate-row--overdue' : undefined}
            >
              <th scope="row" id={candidateAnchorId(candidate.id)} tabIndex={-1}>
                {candidate.name}
              </th>
              <td>
                <CandidateCountry candidate={candidate} />
              </td>
              <td>
                <span className={`badge badge--candidate-${candidate.stage}`}>
                  {t(`candidateStages.${candidate.stage}`)}
                </span>
              </td>
              <td>
                <CandidateSource candidate={candidate} />
              </td>
              <td>
                <CandidateNextStep candidate={candidate} today={today} />
              </td>
              <td>
                <CandidateHistory candidate={candidate} />
              </td>
              <td>
                <CandidateActions candidate={candidate} {...actions} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
