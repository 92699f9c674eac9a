import { useTranslation } from 'react-i18next';
import { useOutbox } from '../outbox/outbox-context';
import { useOnline } from '../outbox/use-online';
import './offline.css';

/** Says, under the header, that the browser has no network and what the forms then do. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const outbox = useOutbox();
  if (online) return null;
  return (
    <p className="offline-banner" role="status">
      {outbox ? t('offline.banner') : t('offline.bannerWithoutOutbox')}
    </p>
  );
}
