/**
 * Installs the service worker that keeps the app shell for offline use (docs/offline.md). Only a built app
 * has one (`vite build` writes dist/sw.js; under `vite` dev the registration fails quietly); a browser without service workers simply goes without. Called
 * once someone is signed in: the sign-in page, a partner's first visit on a slow connection, does not pay
 * for downloading the whole app in the background.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch(() => undefined);
}
