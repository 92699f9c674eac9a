import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { shareLinksQueryOptions } from './get-share-links';

export type CreateShareLinkInput = Schemas['CreateShareLinkDto'];

export async function createShareLink(client: ApiClient, partnershipId: string, body: CreateShareLinkInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/presentation/share-links', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/**
 * A new read-only link to the presentation. Its address comes only in this answer (the API keeps a
 * fingerprint): the caller shows it once; the list of links is refetched.
 */
export function useCreateShareLink(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateShareLinkInput) => createShareLink(client, partnershipId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: shareLinksQueryOptions(client, partnershipId).queryKey }),
  });
}
