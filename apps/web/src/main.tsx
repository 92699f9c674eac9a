import { onlineManager } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { routes } from './app/routes';
import { createApiClient } from './lib/api/client';
import { createI18n, readStoredLanguage } from './lib/i18n/i18n';
import { createQueryClient } from './lib/query-client';
import { persistQueries, restorePersistedQueries } from './features/offline/persist/persisted-queries';
import { browserOfflineDatabase } from './features/offline/storage/offline-database';
import './styles.css';

async function start(): Promise<void> {
  const queryClient = createQueryClient();
  // TanStack Query assumes a network until the browser says otherwise: started without one, its queries
  // must wait for it (and show what was kept) rather than fail.
  onlineManager.setOnline(navigator.onLine);
  // What the partnership pages showed at the last visit, so that they show it again without a connection.
  const offlineDatabase = browserOfflineDatabase();
  if (offlineDatabase) {
    // Only without a network: with one, pages load fresh rather than flash what was kept.
    if (!navigator.onLine) await restorePersistedQueries(queryClient, offlineDatabase);
    persistQueries(queryClient, offlineDatabase);
  }
  const dependencies = {
    apiClient: createApiClient(),
    queryClient,
    i18n: await createI18n(readStoredLanguage(), { pageTexts: 'with-first-page' }),
  };
  const router = createBrowserRouter(routes);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders dependencies={dependencies}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
