import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { UNREAD_NOTIFICATION_COUNT_QUERY_KEY } from './notification-query-keys';

/** How often the header asks again: reminders go out at set times, a minute late is soon enough. */
export const UNREAD_COUNT_REFRESH_MS = 60_000;

export async function getUnreadNotificationCount(client: ApiClient, signal?: AbortSignal): Promise<number> {
  return unwrap(await client.GET('/api/notifications/unread-count', { signal })).unread;
}

export function unreadNotificationCountQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: UNREAD_NOTIFICATION_COUNT_QUERY_KEY,
    queryFn: ({ signal }) => getUnreadNotificationCount(client, signal),
    refetchInterval: UNREAD_COUNT_REFRESH_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

/** The unread count of the header's badge (for a signed-in user: the header mounts it only then). */
export function useUnreadNotificationCount() {
  return useQuery(unreadNotificationCountQueryOptions(useApiClient()));
}
