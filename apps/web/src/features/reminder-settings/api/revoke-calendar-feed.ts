import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';
import { CALENDAR_FEED_QUERY_KEY, type CalendarFeed } from './get-calendar-feed';

export async function revokeCalendarFeed(client: ApiClient): Promise<void> {
  ensureOk(await client.DELETE('/api/me/calendar-feed'));
}

/** Stops the feed address at once. */
export function useRevokeCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeCalendarFeed(client),
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeed>(CALENDAR_FEED_QUERY_KEY, { active: false, createdAt: null }),
  });
}
