import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { DIRECTORY_QUERY_KEY, searchDirectory, type DirectoryEntry } from './search-directory';

/**
 * The authority's own entry in the directory, if it is listed (`null` otherwise). The API has no read of the
 * profile itself: the entry is looked up by name and matched by id, which finds only a listed profile.
 */
export async function getOwnDirectoryEntry(
  client: ApiClient,
  organisation: { id: string; name: string },
  signal?: AbortSignal,
): Promise<DirectoryEntry | null> {
  const page = await searchDirectory(client, { q: organisation.name.slice(0, 100) }, undefined, signal);
  return page.items.find((entry) => entry.organisationId === organisation.id) ?? null;
}

export function ownDirectoryEntryQueryOptions(client: ApiClient, organisation: { id: string; name: string }) {
  return queryOptions({
    queryKey: [...DIRECTORY_QUERY_KEY, 'own-entry', organisation.id],
    queryFn: ({ signal }) => getOwnDirectoryEntry(client, organisation, signal),
  });
}

export function useOwnDirectoryEntry(organisation: { id: string; name: string }) {
  return useQuery(ownDirectoryEntryQueryOptions(useApiClient(), organisation));
}
