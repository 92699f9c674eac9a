import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApiClient } from './api-client-context';
import type { ApiClient } from './client';
import { assessmentQueryKey } from './partnership-query-keys';
import { ApiProblemError } from './problem';

/**
 * A write on one of a partnership's step views that answers with the new view: the view is stored as is,
 * the assessment (and `alsoRefreshes`) refetched. A refusal because the partnership moved on (409: someone
 * wrote meanwhile, or the record is no longer in the state read) or is gone (404) reloads the view.
 */
export function useStepViewWrite<View, Input>(
  partnershipId: string,
  viewKey: QueryKey,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<View>,
  alsoRefreshes: readonly QueryKey[] = [],
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(client, partnershipId, input),
    onSuccess: (view) => {
      queryClient.setQueryData(viewKey, view);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey: viewKey });
      return undefined;
    },
    onSettled: () =>
      Promise.all(
        [assessmentQueryKey(partnershipId), ...alsoRefreshes].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
