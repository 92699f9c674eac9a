import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';
import { useOutbox } from '../outbox/outbox-context';
import type { OutboxItem } from '../outbox/outbox-item';
import { useOnline } from '../outbox/use-online';
import './offline.css';

/**
 * What the user recorded on this device and the API has not stored yet: each item with what it is, when it
 * was recorded, and whether it waits or was refused (with the API's reason, and a way to discard it); a
 * button sends what waits now.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  const online = useOnline();
  if (!outbox) return <p>{t('offline.page.unavailable')}</p>;
  const waiting = outbox.items.filter((item) => item.status === 'waiting').length;
  return (
    <>
      {outbox.items.length === 0 ? (
        <p>{t('offline.page.empty')}</p>
      ) : (
        <ol className="item-list" aria-label={t('offline.page.listLabel', { count: outbox.items.length })}>
          {outbox.items.map((item) => (
            <OutboxEntry key={item.seq} item={item} onDiscard={outbox.discard} />
          ))}
        </ol>
      )}
      {waiting > 0 && (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!online || outbox.syncing}
            onClick={() => void outbox.sync()}
          >
            {outbox.syncing ? t('offline.page.sending') : t('offline.page.sendNow')}
          </button>
        </div>
      )}
      {!online && waiting > 0 && <p className="muted">{t('offline.page.offline')}</p>}
    </>
  );
}

function OutboxEntry({ item, onDiscard }: { item: OutboxItem; onDiscard: (seq: number) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const queuedAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(item.queuedAt),
  );
  const reason = item.refusal
    ? describeError(t, new ApiProblemError(item.refusal.status, item.refusal.problem))
    : undefined;
  return (
    <li className={`item-card${item.status === 'refused' ? ' item-card--flagged' : ''}`}>
      <h2 className="outbox-item__title">
        {t(`offline.kinds.${item.kind}`)} · {item.summary}
      </h2>
      <p className="muted">{t('offline.page.queuedAt', { date: queuedAt })}</p>
      {item.photos.length > 0 && <p>{t('offline.page.photos', { count: item.photos.length })}</p>}
      {reason ? (
        <>
          <p className="field__error">{t('offline.page.refused', { reason })}</p>
          {item.seq !== undefined && (
            <button
              type="button"
              className="button button--small"
              onClick={() => item.seq !== undefined && void onDiscard(item.seq)}
            >
              {t('offline.page.discard')}
              <span className="visually-hidden"> {item.summary}</span>
            </button>
          )}
        </>
      ) : (
        <p>{t('offline.page.waiting')}</p>
      )}
    </li>
  );
}
