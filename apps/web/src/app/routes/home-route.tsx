import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { MethodOverview } from '../../features/method-guide/components/method-overview';
import { PartnershipList } from '../../features/partnerships/components/partnership-list';
import { SystemStatusPanel } from '../../features/system-status/components/system-status-panel';
import { roleCan } from '../../lib/auth/user-roles';
import { PORTFOLIO_PATH } from '../../lib/partnership-paths';

/**
 * Public: the method and the system status; once signed in, the authority's partnerships first, and the way
 * to the dashboard where signing in lands (this page stays reachable from the brand link).
 */
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
          {roleCan(user.role, 'partnership.read') && (
            <p>
              <Link className="button button--primary" to={PORTFOLIO_PATH}>
                {t('home.dashboard')}
              </Link>
            </p>
          )}
          <PartnershipList />
          <p className="link-line">
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
