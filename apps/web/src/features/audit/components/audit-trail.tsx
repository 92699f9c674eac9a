import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { useAuditEvents, type AuditEvent, type AuditFilters } from '../api/get-audit-events';
import {
  AUDIT_ENTITY_TYPES,
  auditActionLabel,
  auditEntityTypeLabel,
  auditFieldLabel,
  auditValueText,
  isAuditEntityType,
  isReadableChange,
} from '../audit-labels';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';
import { DateInput } from '../../../components/ui/date-input';

export interface AuditUserOption {
  id: string;
  name: string;
}

/** `2026-03-01` in the user's time zone, as the instant the day starts (or, for `end`, ends). */
function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = end ? new Date(year, month - 1, date + 1, 0, 0, 0, -1) : new Date(year, month - 1, date);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  const entityType = params.get('type');
  // An address from before the kinds were a list may hold free text: it filters nothing rather than failing.
  if (isAuditEntityType(entityType)) filters.entityType = entityType;
  const userId = params.get('utilisateur');
  if (userId) filters.userId = userId;
  const from = dayBoundary(params.get('du') ?? '', false);
  if (from) filters.from = from;
  const to = dayBoundary(params.get('au') ?? '', true);
  if (to) filters.to = to;
  return filters;
}

/**
 * The organisation's audit trail, newest first, with filters kept in the address (`?type=&utilisateur=&du=&au=`)
 * so that a filtered view can be shared or bookmarked.
 */
export function AuditTrail({ users }: { users: readonly AuditUserOption[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const events = useAuditEvents(filtersFrom(params));

  const setParam = (name: string, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-labelledby={`${id}-filters`}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('audit.filters')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('audit.kind')}</label>
          <select
            id={`${id}-type`}
            value={filtersFrom(params).entityType ?? ''}
            onChange={(event) => setParam('type', event.target.value)}
          >
            <option value="">{t('audit.anyKind')}</option>
            {AUDIT_ENTITY_TYPES.map((entityType) => (
              <option key={entityType} value={entityType}>
                {t(`audit.entityTypes.${entityType}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('audit.user')}</label>
          <select
            id={`${id}-user`}
            value={params.get('utilisateur') ?? ''}
            onChange={(event) => setParam('utilisateur', event.target.value)}
          >
            <option value="">{t('audit.anyUser')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <DateInput
            id={`${id}-from`}
            value={params.get('du') ?? ''}
            onChange={(value) => setParam('du', value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <DateInput
            id={`${id}-to`}
            value={params.get('au') ?? ''}
            onChange={(value) => setParam('au', value)}
          />
        </div>
        <button
          type="button"
          className="button"
          onClick={() => setParams(new URLSearchParams(), { replace: true })}
        >
          {t('audit.reset')}
        </button>
      </form>
      <AuditEventsTable
        events={events.data?.pages.flatMap((page) => page.items)}
        names={
          Object.assign({}, ...(events.data?.pages.map((page) => page.names) ?? [])) as Record<string, string>
        }
        pending={events.isPending}
        error={events.error}
      />
      {events.isFetchNextPageError && (
        <p role="alert" className="form-alert">
          {describeError(t, events.error)}
        </p>
      )}
      {events.hasNextPage && (
        <p>
          <button
            type="button"
            className="button"
            disabled={events.isFetchingNextPage}
            onClick={() => void events.fetchNextPage()}
          >
            {t('audit.more')}
          </button>
        </p>
      )}
    </>
  );
}

function AuditEventsTable({
  events,
  names,
  pending,
  error,
}: {
  events: AuditEvent[] | undefined;
  /** Names of the ids the pages show, gathered from every page loaded. */
  names: Readonly<Record<string, string>>;
  pending: boolean;
  error: Error | null;
}) {
  const { t, i18n } = useTranslation();
  if (pending) return <p role="status">{t('common.loading')}</p>;
  if (!events) return <p role="alert">{describeError(t, error)}</p>;
  if (events.length === 0) return <p>{t('audit.empty')}</p>;
  const empty = t('common.noValue');
  return (
    <TableScroll label={t('audit.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.date')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.occurredAt}>
                  {new Date(event.occurredAt).toLocaleString(localeOf(i18n.language), {
                    dateStyle: 'medium',
                    timeStyle: 'medium',
                  })}
                </time>
              </td>
              <td>{event.actorDisplayName ?? t('audit.system')}</td>
              <td>{auditActionLabel(t, event.action)}</td>
              <td>
                {auditEntityTypeLabel(t, event.entityType)}
                {event.entityName && (
                  <>
                    <br />
                    {event.entityName}
                  </>
                )}
              </td>
              <td>
                <AuditChanges changes={event.changes} names={names} empty={empty} language={i18n.language} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function AuditChanges({
  changes,
  names,
  empty,
  language,
}: {
  changes: AuditEvent['changes'];
  names: Readonly<Record<string, string>>;
  empty: string;
  language: string;
}) {
  const { t } = useTranslation();
  const shown = Object.entries(changes).filter(([, change]) => isReadableChange(change, names));
  if (shown.length === 0) return <>{empty}</>;
  return (
    <ul className="changes">
      {shown.map(([field, change]) => (
        <li key={field}>
          {t('audit.change', {
            field: auditFieldLabel(t, field),
            before: auditValueText(change.before, names, empty, language),
            after: auditValueText(change.after, names, empty, language),
          })}
        </li>
      ))}
    </ul>
  );
}
