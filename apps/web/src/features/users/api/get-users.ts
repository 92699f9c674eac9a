import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type OrganisationUser = Schemas['UserDto'];

export const USERS_QUERY_KEY = ['organisation', 'users'] as const;

export async function getUsers(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/organisation/users', { signal })).items;
}

export function usersQueryOptions(client: ApiClient) {
  return queryOptions({ queryKey: USERS_QUERY_KEY, queryFn: ({ signal }) => getUsers(client, signal) });
}

export function useUsers() {
  return useQuery(usersQueryOptions(useApiClient()));
}
