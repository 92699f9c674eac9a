import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ReminderPreferences = Schemas['ReminderPreferencesView'];
export type ReminderPreference = Schemas['ReminderPreferenceView'];
export type ReminderKind = ReminderPreference['kind'];

export const REMINDER_PREFERENCES_QUERY_KEY = ['me', 'reminder-preferences'] as const;

export async function getReminderPreferences(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/me/reminder-preferences', { signal }));
}

/** Every kind of reminder, in the API's fixed order: whether the user turned it off, whether they may. */
export function reminderPreferencesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: REMINDER_PREFERENCES_QUERY_KEY,
    queryFn: ({ signal }) => getReminderPreferences(client, signal),
  });
}

export function useReminderPreferences() {
  return useQuery(reminderPreferencesQueryOptions(useApiClient()));
}
