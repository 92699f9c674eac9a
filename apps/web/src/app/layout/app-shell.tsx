import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from '../../features/language/components/language-switch';
import { LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';

/** Header, the six steps' navigation and the page; a skip link lets keyboard users jump past the menu. */
export function AppShell() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSwitch />
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
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
