import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type SentInvitation = Schemas['InvitationDto'];

export const SENT_INVITATIONS_QUERY_KEY = ['organisation', 'invitations'] as const;

export async function getSentInvitations(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/organisation/invitations', { signal })).items;
}

export function sentInvitationsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: SENT_INVITATIONS_QUERY_KEY,
    queryFn: ({ signal }) => getSentInvitations(client, signal),
  });
}

export function useSentInvitations() {
  return useQuery(sentInvitationsQueryOptions(useApiClient()));
}
