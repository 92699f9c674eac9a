import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblemError } from './api/problem';

/** The query every screen reads to know who is signed in. */
export const SESSION_QUERY_KEY = ['session'] as const;

/** The person's inbox and its count: any write may have done or added what waits for them. */
export const INBOX_QUERY_KEY = ['inbox'] as const;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A session that ended elsewhere (expiry, sign-out in another tab, account disabled): ask again who
      // is signed in, so that protected pages send the user to the sign-in page.
      onError: (error, query) => {
        if (
          error instanceof ApiProblemError &&
          error.code === 'AUTH.UNAUTHENTICATED' &&
          query.queryKey[0] !== SESSION_QUERY_KEY[0]
        ) {
          void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
        }
      },
    }),
    // Any successful write may have settled an item of the inbox (or asked something new): its count in the
    // header is read again, rather than every feature having to know about the inbox.
    mutationCache: new MutationCache({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: INBOX_QUERY_KEY }),
    }),
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
  return queryClient;
}
