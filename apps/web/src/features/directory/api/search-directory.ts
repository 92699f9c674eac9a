import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { operations } from '../../../lib/api/schema';

export type DirectoryEntry = Schemas['DirectoryEntryView'];

/** The directory's filters, as the API takes them (`country`, `kind`, `language`, `theme`, `q`). */
export type DirectoryFilters = Omit<
  NonNullable<operations['searchDirectory']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** A theme of action, as the API takes it. */
export type Theme = Schemas['DirectoryProfileDto']['themesOffered'][number];

/** Every directory query starts with this key: a profile saved elsewhere refreshes them all. */
export const DIRECTORY_QUERY_KEY = ['directory'] as const;

export async function searchDirectory(
  client: ApiClient,
  filters: DirectoryFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/directory/organisations', {
      params: { query: { ...filters, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

/** Listed authorities matching the filters, by name, a page at a time. */
export function directoryQueryOptions(client: ApiClient, filters: DirectoryFilters) {
  return infiniteQueryOptions({
    queryKey: [...DIRECTORY_QUERY_KEY, 'organisations', filters],
    queryFn: ({ signal, pageParam }) => searchDirectory(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useDirectory(filters: DirectoryFilters) {
  return useInfiniteQuery(directoryQueryOptions(useApiClient(), filters));
}
