import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { operations } from '../../../lib/api/schema';
import { TERRITORY_ACTORS_QUERY_KEY } from '../../../lib/api/territory-actor-query-keys';

export type DirectoryActor = Schemas['DirectoryActorView'];

/** The list's filters, as the API takes them (`q`, `kind`). */
export type TerritoryActorFilters = Omit<
  NonNullable<operations['listTerritoryActors']['parameters']['query']>,
  'cursor' | 'limit'
>;

export async function listTerritoryActors(
  client: ApiClient,
  filters: TerritoryActorFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/organisation/territory-actors', {
      params: { query: { ...filters, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

/** The organisation's actors matching the filters, by name, a page at a time. */
export function territoryActorsQueryOptions(client: ApiClient, filters: TerritoryActorFilters) {
  return infiniteQueryOptions({
    queryKey: [...TERRITORY_ACTORS_QUERY_KEY, 'list', filters],
    queryFn: ({ signal, pageParam }) => listTerritoryActors(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useTerritoryActors(filters: TerritoryActorFilters) {
  return useInfiniteQuery(territoryActorsQueryOptions(useApiClient(), filters));
}
