import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { commitmentQueryOptions, type Commitment } from './get-commitment';
import { MOTIVATION_REVIEWS_QUERY_KEY } from './get-motivation-reviews';

/**
 * A step 1 write. Its answer is the new file, stored as is; the assessment and the review queue follow from
 * it and are refetched. A refusal because the file moved on (409: someone else wrote meanwhile, the
 * motivation was un-approved…) or lost a record (404) reloads the file. `alsoRefreshes` names other queries the
 * write may change (the directory of territory actors, when one is filed by name).
 */
export function useCommitmentWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, input: Input) => Promise<Commitment>,
  alsoRefreshes: readonly QueryKey[] = [],
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = commitmentQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSuccess: (commitment) => {
      queryClient.setQueryData(queryKey, commitment);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: MOTIVATION_REVIEWS_QUERY_KEY }),
        ...alsoRefreshes.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]),
  });
}
