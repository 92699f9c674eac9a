import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';
import { sessionQueryOptions } from './get-session';

export async function signOut(client: ApiClient): Promise<void> {
  ensureOk(await client.POST('/api/auth/logout'));
}

/** Signs out, then asks who is signed in (nobody, and a new CSRF token) and forgets the account's data. */
export function useSignOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => signOut(client),
    onSettled: async () => {
      await queryClient.fetchQuery({ ...sessionQueryOptions(client), staleTime: 0 });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    },
  });
}
