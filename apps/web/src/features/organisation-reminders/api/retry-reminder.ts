import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { ORGANISATION_REMINDERS_QUERY_KEY } from './organisation-reminder-query-keys';

export async function retryReminder(client: ApiClient, reminderId: string) {
  return unwrap(
    await client.POST('/api/organisation/reminders/{reminderId}/retry', {
      params: { path: { reminderId } },
    }),
  );
}

/**
 * Sends a failed reminder back to the queue. Whatever the answer (done, or refused because it no longer
 * failed), the list and the health figures are read again: they changed either way.
 */
export function useRetryReminder() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reminderId: string) => retryReminder(client, reminderId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ORGANISATION_REMINDERS_QUERY_KEY }),
  });
}
