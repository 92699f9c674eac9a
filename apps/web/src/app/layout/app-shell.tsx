import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { SessionSummary } from '../../features/auth/components/session-summary';
import { LanguageSwitch } from '../../features/language/components/language-switch';
import { useAccountLanguage } from '../../features/language/use-account-language';
import { InboxLink } from '../../features/inbox/components/inbox-link';
import { NotificationsLink } from '../../features/notifications/components/notifications-link';
import { OfflineBanner } from '../../features/offline/components/offline-banner';
import { OutboxLink } from '../../features/offline/components/outbox-link';
import { OutboxProvider, useOutbox } from '../../features/offline/outbox/outbox-context';
import { ACCESSIBILITY_PATH } from '../../lib/partnership-paths';
import { MainMenu } from './main-menu';
import { StepNav } from './step-nav';
import { useDocumentTitle } from './use-document-title';

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
  const userId = useSession().data?.user?.id;
  const signedIn = Boolean(userId);
  useDocumentTitle(mainRef);
  useAccountLanguage();
  useEffect(() => {
    if (firstPath.current === pathname) return;
    firstPath.current = '';
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <OutboxProvider userId={userId}>
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
          {signedIn && <OutboxLink />}
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
            <HeaderSession />
            <LanguageSwitch />
          </div>
          <MainMenu />
        </div>
      </header>
      <OfflineBanner />
      <StepNav />
      <main id="main" ref={mainRef} tabIndex={-1}>
        {loading ? <p role="status">{t('common.loading')}</p> : <Outlet />}
      </main>
      <footer className="app-footer">
        {/* The state of compliance is said on every page, as the RGAA asks. */}
        <Link to={ACCESSIBILITY_PATH}>{t('nav.accessibility')}</Link>
      </footer>
    </OutboxProvider>
  );
}

/** The account corner, told how many records of this device still wait to be sent (it lives in the outbox). */
function HeaderSession() {
  const waitingOnDevice = useOutbox()?.items.length ?? 0;
  return <SessionSummary waitingOnDevice={waitingOnDevice} />;
}
