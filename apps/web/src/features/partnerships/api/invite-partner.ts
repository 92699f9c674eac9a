import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type InvitePartnerInput = Schemas['InvitePartnerDto'];

export async function invitePartner(client: ApiClient, partnershipId: string, body: InvitePartnerInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/partner-invitations', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** The partner joins only once its administrator accepts: nothing to refetch here. */
export function useInvitePartner(partnershipId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: InvitePartnerInput) => invitePartner(client, partnershipId, input),
  });
}
