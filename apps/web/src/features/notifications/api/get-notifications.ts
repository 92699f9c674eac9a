import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { NOTIFICATION_LIST_QUERY_KEY } from './notification-query-keys';

export type Notification = Schemas['NotificationView'];
export type NotificationAudience = NonNullable<Notification['audience']>;

/** How many notifications a page holds: enough for a screen, small enough to load at once. */
export const NOTIFICATION_PAGE_SIZE = 20;

export async function getNotifications(client: ApiClient, cursor: string | undefined, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/notifications', {
      params: { query: { cursor, limit: NOTIFICATION_PAGE_SIZE } },
      signal,
    }),
  );
}

/** The signed-in user's notifications, newest first, one keyset page after another (« Charger plus »). */
export function notificationsQueryOptions(client: ApiClient) {
  return infiniteQueryOptions({
    queryKey: NOTIFICATION_LIST_QUERY_KEY,
    queryFn: ({ signal, pageParam }) => getNotifications(client, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions(useApiClient()));
}
