import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { OUTBOX_PATH } from '../../../lib/partnership-paths';
import { useOutbox } from '../outbox/outbox-context';
import './offline.css';

/**
 * The header's way to the outbox, shown while something recorded on this device is not stored yet: the
 * number of items waiting, as a badge only seen (the link's name says it in words), and apart from them, in
 * words, those the API refused, on a tag of their own (« À envoyer ② 1 refusé »). A polite live region beside it says when a
 * sync, often one the user did not ask for (the connection came back), left items refused; it is there
 * while the outbox is, so that a screen reader hears what is written into it.
 */
export function OutboxLink() {
  const { t } = useTranslation();
  const outbox = useOutbox();
  if (!outbox) return null;
  const waiting = outbox.items.filter((item) => item.status === 'waiting').length;
  const refused = outbox.items.length - waiting;
  const announced = refused > 0 ? outbox.lastRefusal : null;
  return (
    <>
      {outbox.items.length > 0 && (
        <NavLink to={OUTBOX_PATH} className="header-link outbox-link">
          {t('offline.link')}
          {waiting > 0 && (
            <span className="visually-hidden">{t('offline.linkCount', { count: waiting })}</span>
          )}
          {waiting > 0 && (
            <span className="outbox-link__count" aria-hidden="true" data-testid="outbox-count">
              {waiting}
            </span>
          )}
          {refused > 0 && (
            <span className="outbox-link__refused" data-testid="outbox-refused">
              {t('offline.linkRefused', { count: refused })}
            </span>
          )}
        </NavLink>
      )}
      <p className="visually-hidden" role="status" data-testid="outbox-announcement">
        {announced && (
          <span key={announced.id}>{t('offline.refusedAnnouncement', { count: announced.count })}</span>
        )}
      </p>
    </>
  );
}
