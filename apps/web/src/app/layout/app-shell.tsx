import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { SessionSummary } from '../../features/auth/components/session-summary';
import { LanguageSwitch } from '../../features/language/components/language-switch';
import { LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';
import { InboxLink } from '../../features/inbox/components/inbox-link';
import { NotificationsLink } from '../../features/notifications/components/notifications-link';
import { MainMenu } from './main-menu';

/**
 * Header (account, menu, language), the six steps' navigation and the page; a skip link lets keyboard users
 * jump past the menus, and moving to another page puts the focus on its content. On a phone the account,
 * language and menu fold behind one "Menu" button, so that the page starts on the first screen; moving to
 * another page folds them again. `loading` stands for the page while the first one's chunk downloads.
 */
export function AppShell({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  // Open on the page where it was opened only: moving to another page folds it, with no effect to run.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
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
          {signedIn && <InboxLink />}
          {signedIn && <NotificationsLink />}
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
          >
            {t('app.menu')}
          </button>
        </div>
        <div id="app-menu" className="app-header__menu" data-open={menuOpen}>
          <div className="app-header__tools">
            <SessionSummary />
            <LanguageSwitch />
          </div>
          <MainMenu />
        </div>
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
