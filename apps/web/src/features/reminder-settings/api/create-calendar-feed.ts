import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { CALENDAR_FEED_QUERY_KEY, type CalendarFeed, type CreatedCalendarFeed } from './get-calendar-feed';

export async function createCalendarFeed(client: ApiClient): Promise<CreatedCalendarFeed> {
  return unwrap(await client.POST('/api/me/calendar-feed'));
}

/**
 * Makes a new feed address, replacing any previous one. The address is handed to the caller to show once;
 * the cache keeps only the status, so it is gone from memory when the page is left.
 */
export function useCreateCalendarFeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createCalendarFeed(client),
    onSuccess: (feed) =>
      queryClient.setQueryData<CalendarFeed>(CALENDAR_FEED_QUERY_KEY, {
        active: feed.active,
        createdAt: feed.createdAt,
      }),
  });
}
