import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { describeError } from '../../../components/ui/error-text';
import { useInbox, type InboxItem } from '../api/get-inbox';
import { inboxSubjectLabel } from './inbox-subject-label';
import './inbox.css';

/**
 * What waits for the signed-in person, most urgent first: why (the kind and its record), in which
 * partnership, since when, by when, and one link to the page where it is done.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const query = useInbox();
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) return <p role="alert">{describeError(t, query.error)}</p>;
  const { items } = query.data;
  if (items.length === 0) return <p className="callout">{t('inbox.empty')}</p>;
  return (
    <ul className="item-list" aria-label={t('inbox.listLabel', { count: items.length })}>
      {items.map((item) => (
        <InboxEntry key={item.key} item={item} />
      ))}
    </ul>
  );
}

function InboxEntry({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation();
  const label = inboxSubjectLabel(t, item.kind, item.subjectLabel);
  return (
    <li className={`item-card${item.overdue ? ' item-card--flagged' : ''}`} data-testid="inbox-item">
      <p className="inbox-item__why">
        <strong>{t(`inbox.kind.${item.kind}`)}</strong>
        {item.overdue && <span className="inbox-item__late">{t('inbox.overdue')}</span>}
      </p>
      <p className="inbox-item__what">
        {item.partnership.title}
        {label !== item.partnership.title && <> — {label}</>}
      </p>
      <p className="inbox-item__dates muted">
        {t('inbox.since', { date: formatCalendarDate(item.since, i18n.language) })}
        {item.dueOn && <> · {t('inbox.dueOn', { date: formatCalendarDate(item.dueOn, i18n.language) })}</>}
      </p>
      <p>
        <Link className="button button--primary" to={item.path}>
          {t(`inbox.act.${item.kind}`)}
          <span className="visually-hidden"> — {item.partnership.title}</span>
        </Link>
      </p>
    </li>
  );
}
