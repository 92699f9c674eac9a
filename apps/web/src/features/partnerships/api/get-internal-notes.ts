import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { PARTNERSHIPS_QUERY_KEY } from './get-partnerships';

export type InternalNote = Schemas['InternalNoteDto'];

export async function getInternalNotes(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/internal-notes', {
      params: { path: { partnershipId } },
      signal,
    }),
  ).items;
}

export function internalNotesQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: [...PARTNERSHIPS_QUERY_KEY, 'detail', partnershipId, 'internal-notes'],
    queryFn: ({ signal }) => getInternalNotes(client, partnershipId, signal),
  });
}

export function useInternalNotes(partnershipId: string) {
  return useQuery(internalNotesQueryOptions(useApiClient(), partnershipId));
}
