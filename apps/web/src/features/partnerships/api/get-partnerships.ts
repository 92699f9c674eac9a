import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Partnership = Schemas['PartnershipDto'];

/** Every partnership query starts with this key: a change invalidates them all. */
export const PARTNERSHIPS_QUERY_KEY = ['partnerships'] as const;

/** The first page (the API's default size); a paginated list comes when authorities have that many. */
export async function getPartnerships(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/partnerships', { params: { query: { limit: 100 } }, signal }));
}

export function partnershipsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: [...PARTNERSHIPS_QUERY_KEY, 'list'],
    queryFn: ({ signal }) => getPartnerships(client, signal),
  });
}

export function usePartnerships() {
  return useQuery(partnershipsQueryOptions(useApiClient()));
}
