import { QueryClient } from '@tanstack/react-query';
import { ApiProblemError } from './api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change by asking again; network trouble and 5xx may.
        retry: (failureCount, error) =>
          !(error instanceof ApiProblemError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
      },
    },
  });
}
