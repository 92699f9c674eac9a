import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { OUTBOX_PATH } from '../../../lib/partnership-paths';
import { useOutbox } from '../outbox/outbox-context';
import './offline.css';

/**
 * The header's way to the outbox, shown while something recorded on this device is not stored yet: the
 * number of items waiting or refused, as a badge only seen (the link's name says it in words).
 */
export function OutboxLink() {
  const { t } = useTranslation();
  const count = useOutbox()?.items.length ?? 0;
  if (count === 0) return null;
  return (
    <NavLink to={OUTBOX_PATH} className="header-link outbox-link">
      {t('offline.link')}
      <span className="visually-hidden">{t('offline.linkCount', { count })}</span>
      <span className="outbox-link__count" aria-hidden="true" data-testid="outbox-count">
        {count}
      </span>
    </NavLink>
  );
}
