import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { conventionQueryOptions, type ConventionStep } from './get-convention';

/**
 * A write that answers with the new convention view: the view is stored as is and the assessment (a signed
 * convention meets a criterion) refetched. A refusal because the partnership moved on (409: someone wrote
 * meanwhile, or the convention is no longer in the state read) or is gone (404) reloads the convention.
 */
export function useConventionWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<ConventionStep>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = conventionQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, partnershipId, input),
    onSuccess: (view) => {
      queryClient.setQueryData(queryKey, view);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
