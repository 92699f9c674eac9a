import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { FormSuccess } from '../../../components/ui/form';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { isOneOf } from '../../../lib/is-one-of';
import { partnershipPath } from '../../../lib/partnership-paths';
import {
  REMINDER_STATUSES,
  useOrganisationReminders,
  type OrganisationReminder,
  type ReminderStatus,
} from '../api/get-organisation-reminders';
import { useRetryReminder } from '../api/retry-reminder';
import './organisation-reminders.css';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';

/** The address keeps the filter (`?statut=pending`, `?statut=tous`), so that a filtered view can be shared. */
const STATUS_PARAM = 'statut';
const ALL = 'tous';
/** The page opens on what needs the admin: the reminders that failed for good. */
const DEFAULT_STATUS: ReminderStatus = 'failed';

function statusFrom(params: URLSearchParams): ReminderStatus | undefined {
  const value = params.get(STATUS_PARAM);
  if (value === ALL) return undefined;
  return value && isOneOf(REMINDER_STATUSES, value) ? value : DEFAULT_STATUS;
}

/** The reminders to the authority's people, filtered by status, each failed one with a « Relancer » button. */
export function OrganisationReminderList() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params);
  const reminders = useOrganisationReminders(status);
  const retry = useRetryReminder();
  const [notice, setNotice] = useState<string | undefined>();

  const chooseStatus = (value: string) => {
    setNotice(undefined);
    retry.reset();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(STATUS_PARAM, value);
        return next;
      },
      { replace: true },
    );
  };

  const retryReminder = (reminder: OrganisationReminder) => {
    setNotice(undefined);
    retry.mutate(reminder.id, {
      onSuccess: () =>
        setNotice(t('organisationReminders.retried', { name: reminder.recipient.displayName })),
    });
  };

  const items = reminders.data?.pages.flatMap((page) => page.items);
  return (
    <section className="panel panel--section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('organisationReminders.listTitle')}</h2>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('organisationReminders.statusFilter')}</label>
          <select
            id={`${id}-status`}
            value={status ?? ALL}
            onChange={(event) => chooseStatus(event.target.value)}
          >
            <option value={ALL}>{t('organisationReminders.allStatuses')}</option>
            {REMINDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`organisationReminders.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <FormSuccess message={notice} />
      {retry.isError && <p role="alert">{describeError(t, retry.error)}</p>}
      {reminders.isPending && <p role="status">{t('common.loading')}</p>}
      {!reminders.isPending && !items && <p role="alert">{describeError(t, reminders.error)}</p>}
      {items &&
        (items.length === 0 ? (
          <p>{t('organisationReminders.empty')}</p>
        ) : (
          <RemindersTable reminders={items} retrying={retry.isPending} onRetry={retryReminder} />
        ))}
      {reminders.isFetchNextPageError && <p role="alert">{describeError(t, reminders.error)}</p>}
      {reminders.hasNextPage && (
        <p>
          <button
            type="button"
            className="button"
            disabled={reminders.isFetchingNextPage}
            onClick={() => void reminders.fetchNextPage()}
          >
            {t('organisationReminders.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}

function RemindersTable({
  reminders,
  retrying,
  onRetry,
}: {
  reminders: OrganisationReminder[];
  retrying: boolean;
  onRetry: (reminder: OrganisationReminder) => void;
}) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('organisationReminders.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('organisationReminders.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisationReminders.recipient')}</th>
            <th scope="col">{t('organisationReminders.reminder')}</th>
            <th scope="col">{t('organisationReminders.notifyAt')}</th>
            <th scope="col">{t('organisationReminders.status')}</th>
            <th scope="col">{t('organisationReminders.attempts')}</th>
            <th scope="col">{t('organisationReminders.error')}</th>
            <th scope="col">{t('organisationReminders.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {reminders.map((reminder) => (
            <ReminderRow
              key={reminder.id}
              reminder={reminder}
              retrying={retrying}
              onRetry={() => onRetry(reminder)}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One row; its « Relancer » button is described by the row's recipient and reminder to tell them apart. */
function ReminderRow({
  reminder,
  retrying,
  onRetry,
}: {
  reminder: OrganisationReminder;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const instant = (value: string) =>
    new Date(value).toLocaleString(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <tr>
      <th scope="row" id={`${id}-recipient`}>
        {reminder.recipient.displayName}
        <br />
        <span className="muted">{reminder.recipient.email}</span>
      </th>
      <td id={`${id}-reminder`}>
        {t(`reminderSettings.kinds.${reminder.kind}.label`)}
        {reminder.audience && ` (${t(`dialogue.audiences.${reminder.audience}`)})`}
        <br />
        <Link to={partnershipPath(reminder.partnershipId)}>{reminder.partnershipTitle}</Link>
        <br />
        <span className="muted">
          {t('organisationReminders.subjectDate', {
            date: formatCalendarDate(reminder.subjectDate, i18n.language),
          })}
        </span>
      </td>
      <td>
        <time dateTime={reminder.notifyAt}>{instant(reminder.notifyAt)}</time>
        {reminder.sentAt && (
          <>
            <br />
            <span className="muted">
              {t('organisationReminders.sentAt', { date: instant(reminder.sentAt) })}
            </span>
          </>
        )}
      </td>
      <td>
        <span className={`badge badge--reminder-${reminder.status}`}>
          {t(`organisationReminders.statuses.${reminder.status}`)}
        </span>
      </td>
      <td>{reminder.attempts}</td>
      <td className="reminder-error">{reminder.lastError ?? t('common.noValue')}</td>
      <td>
        {reminder.status === 'failed' && (
          <button
            type="button"
            className="button button--small"
            aria-describedby={`${id}-recipient ${id}-reminder`}
            disabled={retrying}
            onClick={onRetry}
          >
            {t('organisationReminders.retry')}
          </button>
        )}
      </td>
    </tr>
  );
}
