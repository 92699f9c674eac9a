import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type RuptureSignal = Schemas['RuptureSignalListItemView'];

export async function getRuptureSignals(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/rupture-signals', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

export function ruptureSignalsQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', 'detail', partnershipId, 'rupture-signals'],
    queryFn: ({ signal }) => getRuptureSignals(client, partnershipId, signal),
  });
}

export function useRuptureSignals(partnershipId: string) {
  return useQuery(ruptureSignalsQueryOptions(useApiClient(), partnershipId));
}
