import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { REMINDER_PREFERENCES_QUERY_KEY } from './get-reminder-preferences';

export type UpdateReminderPreferencesInput = Schemas['UpdateReminderPreferencesDto'];

export async function updateReminderPreferences(client: ApiClient, body: UpdateReminderPreferencesInput) {
  return unwrap(await client.PUT('/api/me/reminder-preferences', { body }));
}

/** Replaces the whole set of opt-outs; the answer (the preferences as stored) becomes the cached view. */
export function useUpdateReminderPreferences() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateReminderPreferencesInput) => updateReminderPreferences(client, input),
    onSuccess: (preferences) => queryClient.setQueryData(REMINDER_PREFERENCES_QUERY_KEY, preferences),
  });
}
