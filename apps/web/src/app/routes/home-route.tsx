import { useTranslation } from 'react-i18next';
import { MethodOverview } from '../../features/method-guide/components/method-overview';
import { SystemStatusPanel } from '../../features/system-status/components/system-status-panel';

export function HomeRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <div className="grid">
        <MethodOverview />
        <SystemStatusPanel />
      </div>
    </>
  );
}
