import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { TERRITORY_ACTORS_QUERY_KEY } from '../../../lib/api/territory-actor-query-keys';

export type DirectoryActor = Schemas['DirectoryActorView'];

const PAGE_SIZE = 100;
/** A bound on the pages read for the picker (1 000 actors), should a cursor never end. */
const MAX_PAGES = 10;

/** Every actor of the organisation's directory, by name, read page after page. */
export async function getAllDirectoryActors(client: ApiClient, signal?: AbortSignal) {
  const actors: DirectoryActor[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = unwrap(
      await client.GET('/api/organisation/territory-actors', {
        params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        signal,
      }),
    );
    actors.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return actors;
}

/** The organisation's actors, for step 1's « Acteur de l’annuaire » picker. */
export function directoryActorsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: [...TERRITORY_ACTORS_QUERY_KEY, 'all'],
    queryFn: ({ signal }) => getAllDirectoryActors(client, signal),
  });
}

export function useDirectoryActors() {
  return useQuery(directoryActorsQueryOptions(useApiClient()));
}
