import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NOTIFICATIONS_PATH } from '../../../lib/partnership-paths';
import { useUnreadNotificationCount } from '../api/get-unread-notification-count';
import './notifications.css';

/**
 * The header's way to the inbox, with the unread count as a badge. The badge is only seen: the link's
 * name says the count in words (« Notifications 3 non lues »), in hidden text after the visible name rather
 * than in a label that would replace it (speech users say what they see). Mount it for signed-in users only: it asks
 * the API every minute and when the window regains focus.
 */
export function NotificationsLink() {
  const { t } = useTranslation();
  const unread = useUnreadNotificationCount().data ?? 0;
  return (
    <NavLink to={NOTIFICATIONS_PATH} className="header-link notifications-link">
      {t('notifications.link')}
      {unread > 0 && (
        <span className="visually-hidden">{t('notifications.linkUnread', { count: unread })}</span>
      )}
      {unread > 0 && (
        <span className="notifications-link__count" aria-hidden="true" data-testid="unread-count">
          {unread}
        </span>
      )}
    </NavLink>
  );
}
