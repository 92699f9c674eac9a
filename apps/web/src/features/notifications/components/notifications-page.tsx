import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { FormSuccess } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { useNotifications, type Notification } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { notificationPath, notificationText } from './notification-text';
import './notifications.css';

/**
 * The signed-in user's inbox: delivered reminders newest first, unread ones marked, each opening the page
 * where it is acted upon (and marking it read on the way), « Charger plus » for older ones.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const markRead = useMarkNotificationRead();
  const [notice, setNotice] = useState<string | undefined>();
  const items = notifications.data?.pages.flatMap((page) => page.items);

  const markAllRead = () => {
    setNotice(undefined);
    markAll.mutate(undefined, { onSuccess: () => setNotice(t('notifications.allRead')) });
  };

  if (notifications.isPending) return <p role="status">{t('common.loading')}</p>;
  if (!items) return <p role="alert">{describeError(t, notifications.error)}</p>;
  return (
    <>
      <div className="notification-tools">
        {/* Even when the loaded pages are all read: older unread ones may lie beyond « Charger plus ». */}
        {items.length > 0 && (
          <button type="button" className="button" disabled={markAll.isPending} onClick={markAllRead}>
            {t('notifications.markAllRead')}
          </button>
        )}
        <FormSuccess message={notice} />
      </div>
      {markAll.isError && <p role="alert">{describeError(t, markAll.error)}</p>}
      {items.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list" aria-label={t('notifications.listLabel')}>
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={() => {
                if (notification.readAt === null) markRead.mutate(notification.id);
              }}
            />
          ))}
        </ul>
      )}
      {notifications.isFetchNextPageError && <p role="alert">{describeError(t, notifications.error)}</p>}
      {notifications.hasNextPage && (
        <p>
          <button
            type="button"
            className="button"
            disabled={notifications.isFetchingNextPage}
            onClick={() => void notifications.fetchNextPage()}
          >
            {t('notifications.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** One notification: what it says and for which partnership (the link), whether it is read, when it came. */
function NotificationItem({ notification, onOpen }: { notification: Notification; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const unread = notification.readAt === null;
  const text = t('notifications.item', {
    text: notificationText(t, notification, i18n.language),
    partnership: notification.partnership.title,
  });
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      <p className="notification__text">
        <Link
          to={notificationPath(notification)}
          onClick={onOpen}
          {...(unread ? { 'aria-describedby': `${id}-unread` } : {})}
        >
          {text}
        </Link>
        {unread && (
          <span id={`${id}-unread`} className="badge badge--unread">
            {t('notifications.unread')}
          </span>
        )}
      </p>
      <p className="notification__meta muted">
        <time dateTime={notification.createdAt}>
          {t('notifications.receivedOn', { date: formatDay(notification.createdAt, i18n.language) })}
        </time>
      </p>
    </li>
  );
}
