import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { SessionSummary } from '../../features/auth/components/session-summary';
import { LanguageSwitch } from '../../features/language/components/language-switch';
import { LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';
import { NotificationsLink } from '../../features/notifications/components/notifications-link';
import { MainMenu } from './main-menu';

/**
 * Header (account, menu, language), the six steps' navigation and the page; a skip link lets keyboard users
 * jump past the menus, and moving to another page puts the focus on its content. `loading` stands for the
 * page while the first one's chunk downloads.
 */
export function AppShell({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  // The inbox link asks for the unread count: only once someone is signed in.
  const signedIn = Boolean(useSession().data?.user);
  useEffect(() => {
    if (firstPath.current === pathname) return;
    firstPath.current = '';
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__top">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="app-header__tools">
            {signedIn && <NotificationsLink />}
            <SessionSummary />
            <LanguageSwitch />
          </div>
        </div>
        <MainMenu />
      </header>
      <nav className="step-nav" aria-label={t('app.mainNavigation')}>
        <ol>
          {LIFECYCLE_STEPS.map((step) => (
            <li key={step.id}>
              <NavLink to={`/etapes/${step.slug}`}>
                <span className="step-nav__number" aria-hidden="true">
                  {step.number}
                </span>
                {t(`steps.${step.id}.title`)}
              </NavLink>
            </li>
          ))}
        </ol>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {loading ? <p role="status">{t('common.loading')}</p> : <Outlet />}
      </main>
    </>
  );
}
