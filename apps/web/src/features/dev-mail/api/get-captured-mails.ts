import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export async function getCapturedMails(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/dev/mails', { signal })).items;
}

export async function getCapturedMail(client: ApiClient, id: string, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/dev/mails/{id}', { params: { path: { id } }, signal }));
}

export function capturedMailsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['dev-mails'],
    queryFn: ({ signal }) => getCapturedMails(client, signal),
    refetchInterval: 5_000,
  });
}

export function capturedMailQueryOptions(client: ApiClient, id: string) {
  return queryOptions({
    queryKey: ['dev-mails', id],
    queryFn: ({ signal }) => getCapturedMail(client, id, signal),
  });
}

export function useCapturedMails() {
  return useQuery(capturedMailsQueryOptions(useApiClient()));
}

export function useCapturedMail(id: string) {
  return useQuery(capturedMailQueryOptions(useApiClient(), id));
}
