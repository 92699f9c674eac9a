import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { NOTIFICATIONS_QUERY_KEY } from './notification-query-keys';

export async function markAllNotificationsRead(client: ApiClient): Promise<void> {
  ensureOk(await client.POST('/api/notifications/read-all'));
}

/** Marks every notification received so far read, then reloads the list and the header's count. */
export function useMarkAllNotificationsRead() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}
