import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LIFECYCLE_STEPS } from '../../features/method-guide/lifecycle-steps';
import { partnershipPageOf, stepPathOf } from '../../lib/partnership-paths';

/**
 * The pages that show the six steps under the header: a partnership's step pages (its overview has them as a
 * task list with their status instead), the welcome page and the method's guide. Daily screens (dashboard,
 * lists, directory, administration) go without a bar that would lead away from them.
 */
function showsSteps(pathname: string): boolean {
  const page = partnershipPageOf(pathname);
  if (page) return page.step !== undefined;
  return pathname === '/' || pathname.startsWith('/etapes/');
}

/**
 * The six steps under the header. Inside a partnership they lead to that partnership's own step pages, the
 * step of the page being read marked, so that moving between steps never leaves the partnership; on the
 * welcome page and the guide they lead to the method's guide to each step.
 */
export function StepNav() {
  const { pathname } = useLocation();
  return showsSteps(pathname) ? <StepBar pathname={pathname} /> : null;
}

function StepBar({ pathname }: { pathname: string }) {
  const { t } = useTranslation();
  const page = partnershipPageOf(pathname);
  const navRef = useRef<HTMLElement>(null);
  // On a phone the bar scrolls sideways: the step being read is brought into view, never left off-screen.
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current]');
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav
      ref={navRef}
      className="step-nav"
      aria-label={page ? t('app.partnershipSteps') : t('app.mainNavigation')}
      data-scope={page ? 'partnership' : 'method'}
    >
      <ol>
        {LIFECYCLE_STEPS.map((step) => {
          const label = (
            <>
              <span className="step-nav__number" aria-hidden="true">
                {step.number}
              </span>
              {t(`steps.${step.id}.title`)}
            </>
          );
          return (
            <li key={step.id}>
              {page ? (
                // The step's other pages (step 5's dialogue plan) are in the step too: marked by hand, not
                // by the address.
                <Link
                  to={stepPathOf(page.partnershipId, step.id)}
                  {...(page.step === step.id ? { 'aria-current': 'step' as const } : {})}
                >
                  {label}
                </Link>
              ) : (
                <NavLink to={`/etapes/${step.slug}`}>{label}</NavLink>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
