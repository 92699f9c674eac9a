import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ShareLink = Schemas['ShareLinkView'];
export type CreatedShareLink = Schemas['CreatedShareLinkView'];

export async function getShareLinks(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/presentation/share-links', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/** The read-only links sent for the presentation: their language, expiry and withdrawal, never their address. */
export function shareLinksQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'presentation-share-links'],
    queryFn: ({ signal }) => getShareLinks(client, partnershipId, signal),
  });
}

export function useShareLinks(partnershipId: string) {
  return useQuery(shareLinksQueryOptions(useApiClient(), partnershipId));
}
