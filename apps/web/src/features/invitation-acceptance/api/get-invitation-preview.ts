import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type InvitationPreview = Schemas['InvitationPreviewDto'];

export async function getInvitationPreview(client: ApiClient, token: string, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/invitations/{token}', { params: { path: { token } }, signal }));
}

export function invitationPreviewQueryOptions(client: ApiClient, token: string) {
  return queryOptions({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => getInvitationPreview(client, token, signal),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(useApiClient(), token));
}
