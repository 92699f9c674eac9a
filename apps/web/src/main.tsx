import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/providers';
import { routes } from './app/routes';
import { createApiClient } from './lib/api/client';
import { createI18n, readStoredLanguage } from './lib/i18n/i18n';
import { createQueryClient } from './lib/query-client';
import './styles.css';

async function start(): Promise<void> {
  const dependencies = {
    apiClient: createApiClient(),
    queryClient: createQueryClient(),
    i18n: await createI18n(readStoredLanguage()),
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
