import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { shareLinksQueryOptions } from './get-share-links';

export async function revokeShareLink(client: ApiClient, partnershipId: string, linkId: string) {
  ensureOk(
    await client.DELETE('/api/partnerships/{partnershipId}/presentation/share-links/{linkId}', {
      params: { path: { partnershipId, linkId } },
    }),
  );
}

/** Withdraws a link: it stops working at once. The list is refetched, whether it worked or was already gone. */
export function useRevokeShareLink(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) => revokeShareLink(client, partnershipId, linkId),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: shareLinksQueryOptions(client, partnershipId).queryKey }),
  });
}
