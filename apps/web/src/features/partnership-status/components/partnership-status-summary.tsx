import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import { useActionTitles } from '../api/get-partnership-actions';
import type { PartnershipStatus, Suspension, Termination } from '../api/get-partnership-status';

const BADGES = {
  active: 'badge badge--up',
  suspended: 'badge badge--status-suspended',
  noticeRunning: 'badge badge--status-suspended',
  terminated: 'badge badge--down',
} as const;

/**
 * Where the relation stands: active; suspended (why, since when); or ended — with the notice still running
 * while the effective date is ahead — and what was decided for each action. Both parties see the same.
 */
export function PartnershipStatusSummary({
  partnershipId,
  status,
  today,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  today: string;
}) {
  const { t } = useTranslation();
  if (status.status === 'terminated' && status.termination)
    return (
      <TerminationSummary
        partnershipId={partnershipId}
        status={status}
        termination={status.termination}
        today={today}
      />
    );
  if (status.status === 'suspended' && status.suspension)
    return <SuspensionSummary suspension={status.suspension} />;
  return (
    <p>
      <span className={BADGES.active}>{t('partnershipStatus.badges.active')}</span>{' '}
      {t('partnershipStatus.active')}
    </p>
  );
}

function SuspensionSummary({ suspension }: { suspension: Suspension }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>
        <span className={BADGES.suspended}>{t('partnershipStatus.badges.suspended')}</span>{' '}
        {t('partnershipStatus.suspendedSince', { date: formatCalendarDate(suspension.since, i18n.language) })}
      </p>
      <dl className="details">
        <dt>{t('partnershipStatus.reason')}</dt>
        <dd className="status-reason">{suspension.reason}</dd>
      </dl>
      <p className="muted">{t('partnershipStatus.suspendedEffect')}</p>
    </>
  );
}

function TerminationSummary({
  partnershipId,
  status,
  termination,
  today,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  termination: Termination;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const noticeRunning = termination.effectiveOn > today;
  const effectiveOn = formatCalendarDate(termination.effectiveOn, i18n.language);
  return (
    <>
      <p>
        <span className={noticeRunning ? BADGES.noticeRunning : BADGES.terminated}>
          {noticeRunning
            ? t('partnershipStatus.badges.noticeRunning')
            : t('partnershipStatus.badges.terminated')}
        </span>{' '}
        {noticeRunning
          ? t('partnershipStatus.noticeRunning', {
              decidedOn: formatDay(termination.decidedAt, i18n.language),
              effectiveOn,
            })
          : t('partnershipStatus.terminated', { effectiveOn })}
      </p>
      <dl className="details">
        <dt>{t('partnershipStatus.reason')}</dt>
        <dd className="status-reason">{termination.reason}</dd>
        <dt>{t('partnershipStatus.decidedOn')}</dt>
        <dd>{formatDay(termination.decidedAt, i18n.language)}</dd>
        <dt>{t('partnershipStatus.noticeGivenOn')}</dt>
        <dd>{formatCalendarDate(termination.noticeGivenOn, i18n.language)}</dd>
        <dt>{t('partnershipStatus.effectiveOn')}</dt>
        <dd>{effectiveOn}</dd>
      </dl>
      <ActionFates partnershipId={partnershipId} status={status} termination={termination} />
      <p className="muted">{t('partnershipStatus.frozen')}</p>
    </>
  );
}

/** What was decided for each action that was ongoing when the partnership was ended. */
function ActionFates({
  partnershipId,
  status,
  termination,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  termination: Termination;
}) {
  const { t } = useTranslation();
  const decisions = termination.actionDecisions;
  const titles = useActionTitles(partnershipId, decisions.length > 0);
  const titleOf = (actionId: string) =>
    status.ongoingActions.find((action) => action.id === actionId)?.title ??
    titles.get(actionId) ??
    t('partnershipStatus.unknownAction');
  return (
    <>
      <h3 id="partnership-status-fates">{t('partnershipStatus.fatesTitle')}</h3>
      {decisions.length === 0 ? (
        <p>{t('partnershipStatus.noActionDecisions')}</p>
      ) : (
        <ul className="plain-list" aria-labelledby="partnership-status-fates">
          {decisions.map((decision) => (
            <li key={decision.actionId}>
              {t('partnershipStatus.fateOf', {
                title: titleOf(decision.actionId),
                fate: t(`partnershipStatus.fates.${decision.fate}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
