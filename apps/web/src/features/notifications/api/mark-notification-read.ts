import { useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Notification } from './get-notifications';
import { NOTIFICATION_LIST_QUERY_KEY, UNREAD_NOTIFICATION_COUNT_QUERY_KEY } from './notification-query-keys';

type NotificationPages = InfiniteData<Schemas['NotificationPageView'], string | undefined>;

export async function markNotificationRead(client: ApiClient, notificationId: string) {
  return unwrap(
    await client.POST('/api/notifications/{notificationId}/read', {
      params: { path: { notificationId } },
    }),
  );
}

/** The loaded pages with one notification replaced by the API's answer. */
function withNotification(pages: NotificationPages, read: Notification): NotificationPages {
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (item.id === read.id ? read : item)),
    })),
  };
}

/**
 * Marks one notification read. The cache is updated from the hook (not the caller) because opening a
 * notification leaves the page at once: the list and the header's count still learn of it.
 */
export function useMarkNotificationRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => markNotificationRead(client, notificationId),
    onSuccess: (read) => {
      queryClient.setQueryData<NotificationPages>(NOTIFICATION_LIST_QUERY_KEY, (pages) =>
        pages ? withNotification(pages, read) : pages,
      );
      return queryClient.invalidateQueries({ queryKey: UNREAD_NOTIFICATION_COUNT_QUERY_KEY });
    },
  });
}
