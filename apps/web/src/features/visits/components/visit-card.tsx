import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import type { Visit } from '../api/get-visits';
import { CancelVisitForm } from './cancel-visit-form';
import { PeopleList } from './person-role-badge';
import { OrangeZoneApproval } from './orange-zone-approval';
import { VisitPlanForm } from './visit-plan-form';
import { VisitReport } from './visit-report';
import { VisitReportForm } from './visit-report-form';
import { visitTitle, type Parties } from './visit-sides';
import { VisitWarnings } from './visit-warnings';

export interface VisitPermissions {
  /** Plan, re-plan and cancel visits. */
  canRun: boolean;
  /** Write reports and mark follow-ups done. */
  canReport: boolean;
  /** Approve a red-zone visit of one's own side (elected officials). */
  canApprove: boolean;
}

/** The anchor of a visit's card: its heading takes the focus once the visit is cancelled, and the inbox links to it (`apps/api/src/common/web-paths.ts`). */
export function visitAnchorId(visitId: string): string {
  return `mission-${visitId}`;
}

function VisitDates({ visit }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const start = formatCalendarDate(visit.startsOn, i18n.language);
  if (visit.startsOn === visit.endsOn) return <>{t('visits.oneDay', { date: start })}</>;
  return <>{t('visits.dates', { start, end: formatCalendarDate(visit.endsOn, i18n.language) })}</>;
}

/**
 * One visit, titled from the viewer's side: dates, state, purpose, programme, delegation and hosts with their
 * capacity, the travel advisory, the red-zone approval, the report and the warnings, and what the viewer
 * may do with it now (re-plan or cancel before it starts, report once it has taken place).
 */
export function VisitCard({
  partnershipId,
  visit,
  parties,
  permissions,
}: {
  partnershipId: string;
  visit: Visit;
  parties: Parties;
  permissions: VisitPermissions;
}) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<string | undefined>();
  const title = visitTitle(t, visit, parties);
  const headingId = visitAnchorId(visit.id);
  const planned = visit.state === 'planned';
  const reportable = visit.state === 'taken_place';
  const reportLabel = visit.report ? t('visits.reportForm.rewrite') : t('visits.reportForm.write');
  const advisory = visit.travelAdvisory;
  return (
    <li className={`visit-card visit-card--${visit.state}`}>
      <h4 id={headingId} tabIndex={-1} className="visit-card__title">
        {title}
      </h4>
      <p className="record__meta">
        <VisitDates visit={visit} />{' '}
        <span className={`badge badge--visit-${visit.state}`}>{t(`visits.states.${visit.state}`)}</span>
      </p>
      <OrangeZoneApproval
        partnershipId={partnershipId}
        visit={visit}
        parties={parties}
        canApprove={permissions.canApprove}
      />
      <dl className="visit-facts">
        <dt>{t('visits.purpose')}</dt>
        <dd className="record__body">{visit.purpose}</dd>
        <dt>{t('visits.agenda')}</dt>
        <dd>
          {visit.agenda.length === 0 ? (
            <span className="muted">{t('visits.noAgenda')}</span>
          ) : (
            <ol className="visit-agenda" aria-label={t('visits.agendaOf', { title })}>
              {visit.agenda.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ol>
          )}
        </dd>
        <dt>{t('visits.delegation', { party: parties.nameOf(visit.visitingPartyId) })}</dt>
        <dd>
          <PeopleList people={visit.delegation} label={t('visits.delegationOf', { title })} />
        </dd>
        <dt>{t('visits.hosts', { party: parties.nameOf(visit.hostPartyId) })}</dt>
        <dd>
          <PeopleList people={visit.hosts} label={t('visits.hostsOf', { title })} />
        </dd>
        <dt>{t('visits.advisory')}</dt>
        <dd>
          {advisory ? (
            <>
              <span className={`advisory advisory--${advisory.level}`}>
                {t(`visits.advisoryLevels.${advisory.level}`)}
              </span>{' '}
              {t('visits.advisorySource', {
                source: advisory.source,
                date: formatCalendarDate(advisory.checkedOn, i18n.language),
              })}
            </>
          ) : (
            <span className="muted">{t('visits.noAdvisory')}</span>
          )}
        </dd>
      </dl>
      <VisitWarnings warnings={visit.warnings} label={t('visits.warningsOf', { title })} />
      <VisitReport partnershipId={partnershipId} visit={visit} canWrite={permissions.canReport} />
      {reportable && !visit.report && <p className="muted">{t('visits.report.missing')}</p>}
      <FormSuccess message={notice} />
      <div className="actions">
        {planned && permissions.canRun && (
          <>
            <FormDialog
              openLabel={t('visits.replan')}
              openName={t('visits.actOn', { act: t('visits.replan'), title })}
              title={t('visits.form.replanLabel', { title })}
            >
              {(done) => (
                <VisitPlanForm partnershipId={partnershipId} parties={parties} visit={visit} onDone={done} />
              )}
            </FormDialog>
            <FormDialog
              openLabel={t('visits.cancel.open')}
              openName={t('visits.actOn', { act: t('visits.cancel.open'), title })}
              title={t('visits.cancel.label', { title })}
              // A cancelled visit has no more buttons: the message and the focus go to its card.
              settled={{ announce: setNotice, focus: () => document.getElementById(headingId) }}
            >
              {(done) => (
                <CancelVisitForm partnershipId={partnershipId} visit={visit} title={title} onDone={done} />
              )}
            </FormDialog>
          </>
        )}
        {reportable && permissions.canReport && (
          <FormDialog
            openLabel={reportLabel}
            openName={t('visits.actOn', { act: reportLabel, title })}
            title={t('visits.reportForm.label', { title })}
          >
            {(done) => (
              <VisitReportForm
                partnershipId={partnershipId}
                visit={visit}
                parties={parties}
                title={title}
                onDone={done}
              />
            )}
          </FormDialog>
        )}
      </div>
    </li>
  );
}
