import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { assessmentQueryKey } from './partnership-query-keys';

/**
 * A record appended to a partnership (an exchange, a measurement, a log entry, an evaluation). The API
 * answers with the record stored; the views it appears in (`refreshes`) and the assessment are fetched
 * again. An append asks for no version, so no one else's write can refuse it.
 */
export function useAppendWrite<Input, Stored>(
  partnershipId: string,
  refreshes: readonly QueryKey[],
  write: (client: ApiClient, input: Input) => Promise<Stored>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSuccess: () =>
      Promise.all(
        [...refreshes, assessmentQueryKey(partnershipId)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
