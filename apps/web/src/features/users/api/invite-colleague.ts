import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { SENT_INVITATIONS_QUERY_KEY } from './get-sent-invitations';

export type InviteColleagueInput = Schemas['InviteColleagueDto'];

export async function inviteColleague(client: ApiClient, body: InviteColleagueInput) {
  return unwrap(await client.POST('/api/organisation/invitations', { body }));
}

export function useInviteColleague() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteColleagueInput) => inviteColleague(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SENT_INVITATIONS_QUERY_KEY }),
  });
}
