import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type AcceptInvitationInput = Schemas['AcceptInvitationDto'];
export type AcceptedSession = Schemas['SessionResponseDto'];

/** Creates the account and signs it in: the answer is the new session (with a new CSRF token). */
export async function acceptInvitation(client: ApiClient, token: string, body: AcceptInvitationInput) {
  return unwrap(await client.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body }));
}

export function useAcceptInvitation(token: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => acceptInvitation(client, token, input),
  });
}
