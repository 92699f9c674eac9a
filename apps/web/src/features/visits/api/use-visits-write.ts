import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { visitsQueryOptions, type Visits } from './get-visits';

/**
 * A step 4 write. Its answer is the new view of the visits, stored as is; the assessment follows from it and
 * is refetched. A refusal because the partnership moved on (409: someone else wrote meanwhile) or lost the
 * visit (404) reloads the visits.
 */
export function useVisitsWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, input: Input) => Promise<Visits>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = visitsQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSuccess: (visits) => {
      queryClient.setQueryData(queryKey, visits);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
