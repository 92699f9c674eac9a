import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type CalendarFeed = Schemas['CalendarFeedView'];
export type CreatedCalendarFeed = Schemas['CreatedCalendarFeedView'];

export const CALENDAR_FEED_QUERY_KEY = ['me', 'calendar-feed'] as const;

export async function getCalendarFeed(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/me/calendar-feed', { signal }));
}

/** Whether the user has a working calendar feed address, and since when (never the address itself). */
export function calendarFeedQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: CALENDAR_FEED_QUERY_KEY,
    queryFn: ({ signal }) => getCalendarFeed(client, signal),
  });
}

export function useCalendarFeed() {
  return useQuery(calendarFeedQueryOptions(useApiClient()));
}
