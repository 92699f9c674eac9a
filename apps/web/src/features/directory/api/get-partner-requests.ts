import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { operations } from '../../../lib/api/schema';
import { DIRECTORY_QUERY_KEY } from './search-directory';

export type PartnerRequest = Schemas['PartnerRequestView'];

export type PartnerRequestFilters = Omit<
  NonNullable<operations['listPartnerRequests']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** The key of every list of partner requests: a request posted or closed refreshes them all. */
export const PARTNER_REQUESTS_QUERY_KEY = [...DIRECTORY_QUERY_KEY, 'partner-requests'] as const;

export async function getPartnerRequests(
  client: ApiClient,
  filters: PartnerRequestFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/directory/partner-requests', {
      params: { query: { ...filters, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

/** Open requests for a partner (« we seek a partner for… »), newest first, a page at a time. */
export function partnerRequestsQueryOptions(client: ApiClient, filters: PartnerRequestFilters) {
  return infiniteQueryOptions({
    queryKey: [...PARTNER_REQUESTS_QUERY_KEY, filters],
    queryFn: ({ signal, pageParam }) => getPartnerRequests(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePartnerRequests(filters: PartnerRequestFilters) {
  return useInfiniteQuery(partnerRequestsQueryOptions(useApiClient(), filters));
}
