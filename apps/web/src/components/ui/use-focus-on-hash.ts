import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once a page's sections are shown (`ready`), focuses the one the address names (`#enjeux`). Deferred, so that
 * it wins over the app shell moving the focus to the page after a navigation.
 */
export function useFocusOnHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return undefined;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.focus();
      target?.scrollIntoView?.({ block: 'start' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [ready, hash]);
}
