import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ReceivedInvitation = Schemas['InvitationDto'];

export const RECEIVED_INVITATIONS_QUERY_KEY = ['partnership-invitations', 'received'] as const;

export async function getReceivedInvitations(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/partnership-invitations', { signal })).items;
}

export function receivedInvitationsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: RECEIVED_INVITATIONS_QUERY_KEY,
    queryFn: ({ signal }) => getReceivedInvitations(client, signal),
  });
}

export function useReceivedInvitations() {
  return useQuery(receivedInvitationsQueryOptions(useApiClient()));
}
