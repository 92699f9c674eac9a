import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { RECEIVED_INVITATIONS_QUERY_KEY } from './get-received-invitations';
import { PARTNERSHIPS_QUERY_KEY } from './get-partnerships';

export async function acceptPartnershipInvitation(client: ApiClient, invitationId: string): Promise<void> {
  ensureOk(
    await client.POST('/api/partnership-invitations/{invitationId}/accept', {
      params: { path: { invitationId } },
    }),
  );
}

/** Joins the partnership: it appears in the partnerships list, and the invitation leaves the inbox. */
export function useAcceptPartnershipInvitation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => acceptPartnershipInvitation(client, invitationId),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PARTNERSHIPS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: RECEIVED_INVITATIONS_QUERY_KEY }),
      ]),
  });
}
