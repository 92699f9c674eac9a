import { useTranslation } from 'react-i18next';
import { InboxPage } from '../../features/inbox/components/inbox-page';

/** Every signed-in person's inbox: what waits for them across their authority's partnerships. */
export function InboxRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <InboxPage />
    </>
  );
}
