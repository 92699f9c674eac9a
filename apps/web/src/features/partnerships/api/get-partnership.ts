import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { PARTNERSHIPS_QUERY_KEY } from './get-partnerships';

export async function getPartnership(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}', { params: { path: { partnershipId } }, signal }),
  );
}

export function partnershipQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: [...PARTNERSHIPS_QUERY_KEY, 'detail', partnershipId],
    queryFn: ({ signal }) => getPartnership(client, partnershipId, signal),
  });
}

export function usePartnership(partnershipId: string) {
  return useQuery(partnershipQueryOptions(useApiClient(), partnershipId));
}
