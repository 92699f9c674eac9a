import { useTranslation } from 'react-i18next';
import { OutboxPage } from '../../features/offline/components/outbox-page';

/** What the signed-in user recorded on this device and is waiting to be sent, or was refused. */
export function OutboxRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('offline.page.title')}</h1>
      <p className="lead">{t('offline.page.intro')}</p>
      <OutboxPage />
    </>
  );
}
