import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type OdaSector = Schemas['OdaSectorView'];

/** The DAC purpose codes the description form offers; they change only with a release. */
export function odaCodeListsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['oda-code-lists'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/oda/code-lists', { signal })),
    staleTime: Infinity,
  });
}

export function useOdaCodeLists() {
  return useQuery(odaCodeListsQueryOptions(useApiClient()));
}
