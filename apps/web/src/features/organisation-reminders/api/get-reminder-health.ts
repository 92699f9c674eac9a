import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { ORGANISATION_REMINDERS_QUERY_KEY } from './organisation-reminder-query-keys';

export type ReminderHealth = Schemas['ReminderHealthView'];

/** The health figures change as reminders go out: asked again every half minute while the page is open. */
const HEALTH_REFRESH_MS = 30_000;

export async function getReminderHealth(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/organisation/reminders/health', { signal }));
}

/** The organisation's reminders by state (PostgreSQL) and the delivery queue's counts (Redis, or null). */
export function reminderHealthQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: [...ORGANISATION_REMINDERS_QUERY_KEY, 'health'],
    queryFn: ({ signal }) => getReminderHealth(client, signal),
    refetchInterval: HEALTH_REFRESH_MS,
  });
}

export function useReminderHealth() {
  return useQuery(reminderHealthQueryOptions(useApiClient()));
}
