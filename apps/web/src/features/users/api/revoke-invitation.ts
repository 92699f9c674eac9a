import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { SENT_INVITATIONS_QUERY_KEY } from './get-sent-invitations';

export async function revokeInvitation(client: ApiClient, invitationId: string): Promise<void> {
  ensureOk(
    await client.DELETE('/api/organisation/invitations/{invitationId}', {
      params: { path: { invitationId } },
    }),
  );
}

export function useRevokeInvitation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(client, invitationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SENT_INVITATIONS_QUERY_KEY }),
  });
}
