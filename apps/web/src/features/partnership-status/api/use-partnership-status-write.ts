import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { ApiProblemError } from '../../../lib/api/problem';
import { partnershipStatusQueryOptions, type PartnershipStatus } from './get-partnership-status';

function sameKey(a: QueryKey, b: QueryKey): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/**
 * A suspension, resumption or termination. Its answer is the new status, stored as is. Everything else known
 * about partnerships is refetched: the status shows in the list and the details, blocks or unblocks every
 * step, and a termination cancels the actions it stops and ends a live convention. A refusal because the
 * partnership moved on (409: someone else wrote meanwhile, or it was terminated) or is gone reloads the status.
 * Callers use `mutateAsync`: the outcome often unmounts the form that asked (an ended partnership has none).
 */
export function usePartnershipStatusWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<PartnershipStatus>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = partnershipStatusQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, partnershipId, input),
    // Not awaited: the caller hears of the outcome at once, the rest refreshes behind.
    onSuccess: (status) => {
      queryClient.setQueryData(queryKey, status);
      void queryClient.invalidateQueries({
        queryKey: ['partnerships'],
        predicate: (query) => !sameKey(query.queryKey, queryKey),
      });
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        void queryClient.invalidateQueries({ queryKey });
    },
  });
}
