import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import { useCompleteFollowUp } from '../api/complete-follow-up';
import type { FollowUp, Visit } from '../api/get-visits';
import { PersonRoleBadge } from './person-role-badge';
import { browserToday } from './visit-sides';

/** What the visit produced: the summary, outcomes, people met and the follow-ups, each with its owner. */
export function VisitReport({
  partnershipId,
  visit,
  canWrite,
}: {
  partnershipId: string;
  visit: Visit;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const report = visit.report;
  if (!report) return null;
  return (
    <div className="visit-report">
      <h5 className="visit-report__title">
        {t('visits.report.title', { date: formatDay(report.writtenAt, i18n.language) })}
      </h5>
      <p className="record__body">{report.summary}</p>
      {report.outcomes.length > 0 && (
        <>
          <p className="visit-report__label">{t('visits.report.outcomes')}</p>
          <ul aria-label={t('visits.report.outcomes')}>
            {report.outcomes.map((outcome, index) => (
              <li key={index}>{outcome}</li>
            ))}
          </ul>
        </>
      )}
      {report.peopleMet.length > 0 && (
        <>
          <p className="visit-report__label">{t('visits.report.peopleMet')}</p>
          <ul aria-label={t('visits.report.peopleMet')}>
            {report.peopleMet.map((person, index) => (
              <li key={index}>{person}</li>
            ))}
          </ul>
        </>
      )}
      {report.followUps.length > 0 && (
        <>
          <p className="visit-report__label">{t('visits.report.followUps')}</p>
          <ul className="visit-follow-ups" aria-label={t('visits.report.followUps')}>
            {report.followUps.map((followUp) => (
              <FollowUpItem
                key={followUp.id}
                partnershipId={partnershipId}
                visit={visit}
                followUp={followUp}
                canWrite={canWrite}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function FollowUpItem({
  partnershipId,
  visit,
  followUp,
  canWrite,
}: {
  partnershipId: string;
  visit: Visit;
  followUp: FollowUp;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const complete = useCompleteFollowUp(partnershipId);
  const overdue = !followUp.doneOn && followUp.dueOn < browserToday();
  return (
    <li
      id={`follow-up-${followUp.id}`}
      className={`visit-follow-up${followUp.doneOn ? ' visit-follow-up--done' : ''}`}
    >
      <p className="visit-follow-up__title">{followUp.title}</p>
      <p className="record__meta">
        {t('visits.report.owner', { name: followUp.owner.name })}{' '}
        <PersonRoleBadge role={followUp.owner.role} />
        {' · '}
        {t('visits.report.dueOn', { date: formatCalendarDate(followUp.dueOn, i18n.language) })}
        {overdue && (
          <>
            {' '}
            <span className="badge badge--overdue">{t('visits.report.overdue')}</span>
          </>
        )}
      </p>
      {followUp.doneOn ? (
        <p className="visit-follow-up__done">
          <span aria-hidden="true">✓ </span>
          {t('visits.report.doneOn', { date: formatCalendarDate(followUp.doneOn, i18n.language) })}
        </p>
      ) : (
        canWrite && (
          <button
            type="button"
            className="button button--small"
            disabled={complete.isPending}
            onClick={() =>
              complete.mutate({
                visitId: visit.id,
                followUpId: followUp.id,
                version: visit.version,
                doneOn: browserToday(),
              })
            }
          >
            <span aria-hidden="true">{t('visits.report.markDone')}</span>
            <span className="visually-hidden">
              {t('visits.report.markDoneOf', { title: followUp.title })}
            </span>
          </button>
        )
      )}
      {complete.isError && <p role="alert">{describeError(t, complete.error)}</p>}
    </li>
  );
}
