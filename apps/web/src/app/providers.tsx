import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiClientProvider } from '../lib/api/api-client-context';
import type { ApiClient } from '../lib/api/client';

export interface AppDependencies {
  apiClient: ApiClient;
  queryClient: QueryClient;
  i18n: i18n;
}

/** Everything a screen needs from outside; tests pass their own instances. */
export function AppProviders({
  dependencies,
  children,
}: {
  dependencies: AppDependencies;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={dependencies.i18n}>
      <QueryClientProvider client={dependencies.queryClient}>
        <ApiClientProvider client={dependencies.apiClient}>{children}</ApiClientProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
