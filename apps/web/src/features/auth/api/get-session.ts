import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';

export type SessionResponse = Schemas['SessionResponseDto'];
export type SessionUser = Schemas['SessionUserDto'];
export type SessionOrganisation = Schemas['SessionOrganisationDto'];

/** Who is signed in: both null when nobody is. */
export interface Session {
  user: SessionUser | null;
  organisation: SessionOrganisation | null;
}

export function toSession(response: SessionResponse): Session {
  return { user: response.user ?? null, organisation: response.organisation ?? null };
}

export async function getSession(client: ApiClient, signal?: AbortSignal): Promise<Session> {
  return toSession(unwrap(await client.GET('/api/auth/session', { signal })));
}

export function sessionQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(client, signal),
    staleTime: 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions(useApiClient()));
}

/**
 * Makes a new session (sign-in, accepted invitation) the current one: what was cached for the previous user
 * is dropped so that no screen shows another account's data.
 */
export function useApplySession() {
  const queryClient = useQueryClient();
  return useCallback(
    (response: SessionResponse) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, toSession(response));
    },
    [queryClient],
  );
}
