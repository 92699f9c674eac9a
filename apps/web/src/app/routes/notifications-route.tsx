import { useTranslation } from 'react-i18next';
import { NotificationsPage } from '../../features/notifications/components/notifications-page';

/** Every signed-in user's inbox of delivered reminders. */
export function NotificationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p className="lead">{t('notifications.intro')}</p>
      <NotificationsPage />
    </>
  );
}
