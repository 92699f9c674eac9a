/* The web app's service worker, written to dist/sw.js by the build (`precache-plugin.ts`), which replaces
 * the two placeholders below with the files of that build and a version made from their names.
 *
 * - The app shell (index.html and every hashed file of the build, pages loaded on demand included) is put
 *   in a cache when the worker installs, so that the app starts and reloads without a connection.
 * - Hashed files are answered from that cache (their name changes with their content); a page is asked of
 *   the network first (index.html is revalidated on every visit) and answered from the cache when there
 *   is no network.
 * - Nothing under /api is ever cached or answered here: API answers go to the network as if there were no
 *   worker. What pages show offline comes from the app's own persisted query cache, scoped to the user.
 */
const PRECACHE = /* precache files */ [];
const VERSION = /* precache version */ 'dev';
const CACHE = `passerelle-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      // A new build takes over at once: its files are all cached, and the old ones stay until activation.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('passerelle-shell-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/api' || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFromNetworkOrShell(request));
    return;
  }
  if (PRECACHE.includes(url.pathname)) event.respondWith(cachedOrNetwork(request));
});

/** A page: the server's answer when it comes, the cached app shell when there is no network. */
async function pageFromNetworkOrShell(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match('/index.html', { cacheName: CACHE });
    if (shell) return shell;
    throw error;
  }
}

/** A file of the build: from the cache, or from the network when the cache lost it. */
async function cachedOrNetwork(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}
