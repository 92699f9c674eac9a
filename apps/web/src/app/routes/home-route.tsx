import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { MethodOverview } from '../../features/method-guide/components/method-overview';
import { PartnershipList } from '../../features/partnerships/components/partnership-list';
import { SystemStatusPanel } from '../../features/system-status/components/system-status-panel';

/** Public: the method and the system status; once signed in, the authority's partnerships first. */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {user ? (
        <section className="panel panel--section" aria-labelledby="home-partnerships-title">
          <h2 id="home-partnerships-title">{t('home.yourPartnerships')}</h2>
          <PartnershipList />
          <p>
            <Link to="/partenariats">{t('home.seeAll')}</Link>
          </p>
        </section>
      ) : (
        session.data && (
          <p className="callout">
            {t('home.signedOut')} <Link to="/connexion">{t('home.signInLink')}</Link>
          </p>
        )
      )}
      <div className="grid">
        <MethodOverview />
        <SystemStatusPanel />
      </div>
    </>
  );
}
