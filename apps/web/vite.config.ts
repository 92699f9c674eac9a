import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precacheServiceWorker } from './src/service-worker/precache-plugin';

export default defineConfig({
  // dist/sw.js: the service worker that keeps the app shell for offline use (docs/offline.md).
  plugins: [react(), precacheServiceWorker()],
  resolve: {
    // Workspace packages are consumed from their TypeScript sources.
    conditions: ['source'],
    alias: [
      {
        // The dialogs' scroll lock writes its rules through this library, as an inline <style> the
        // Content-Security-Policy blocks; the same interface on an adopted stylesheet stands in (ADR 0023).
        find: /^react-style-singleton$/,
        replacement: fileURLToPath(new URL('./src/lib/adopted-style-singleton.ts', import.meta.url)),
      },
    ],
  },
  server: {
    // `pnpm --filter @passerelle/web dev` proxies the API of a running `npm start`.
    proxy: { '/api': process.env.API_URL ?? 'http://localhost:3000' },
  },
  build: {
    // Maps are written for whoever debugs a build, but referenced by no bundle and never served.
    sourcemap: 'hidden',
    // Reported by the build; the budgets are checked by `pnpm bench`.
    reportCompressedSize: true,
    // dist/.vite/manifest.json: which chunk each route module became, and what it imports. `pnpm bench`
    // (tools/bench/src/web-budget) reads it to check the gzipped JS budgets per route.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The libraries every page needs (React, the router, TanStack Query, i18next) change far less
            // often than the app: in their own chunk, a deployment leaves them in the browser's cache.
            // Pages are loaded on demand (`lazy` in src/app/routes.tsx), each in its own chunk.
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
