import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** Marks the text that tells two pages with the same heading apart (the partnership a step page is of). */
const TITLE_CONTEXT_ATTRIBUTE = 'data-title-context';

/** "Heading — context — Passerelle": what the page is, then where, then the application. */
export function documentTitleOf(main: HTMLElement, appName: string): string {
  const heading = main.querySelector('h1')?.textContent?.trim();
  const context = main
    .querySelector(`[${TITLE_CONTEXT_ATTRIBUTE}]`)
    ?.getAttribute(TITLE_CONTEXT_ATTRIBUTE)
    ?.trim();
  return [heading, context, appName].filter(Boolean).join(' — ');
}

/**
 * Keeps the browser tab's title (and what a screen reader announces on a new page) on the page's own
 * heading: every page has exactly one `<h1>`, so no page can be left titled "Passerelle" alone, and a page
 * that changes its heading (a partnership once loaded, a not-found answer) changes its title with it.
 */
export function useDocumentTitle(mainRef: RefObject<HTMLElement | null>): void {
  const { t, i18n } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    const update = () => {
      const title = documentTitleOf(main, appName);
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [TITLE_CONTEXT_ATTRIBUTE],
    });
    return () => observer.disconnect();
  }, [mainRef, appName, i18n.language]);
}
