import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { INBOX_QUERY_KEY } from '../../../lib/query-client';

export type Inbox = Schemas['InboxView'];
export type InboxItem = Schemas['InboxItemView'];

/** How often the header asks again: items come from others' writes and from the calendar. */
export const INBOX_REFRESH_MS = 60_000;

export async function getInbox(client: ApiClient, signal?: AbortSignal): Promise<Inbox> {
  return unwrap(await client.GET('/api/inbox', { signal }));
}

export function inboxQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: INBOX_QUERY_KEY,
    queryFn: ({ signal }) => getInbox(client, signal),
    refetchInterval: INBOX_REFRESH_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** The signed-in person's inbox (items and count), shared by the header's link and the inbox page. */
export function useInbox() {
  return useQuery(inboxQueryOptions(useApiClient()));
}
