import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { actionQueryOptions, type ActionDetail } from './get-action';
import { actionsQueryOptions } from './get-actions';

/**
 * A write to one action. Its answer is the new view of the action, stored as is; the list of actions (its
 * leverage) and the assessment follow from it and are refetched. A refusal because
 * the action moved on (409: someone else changed it meanwhile, or the action's state changed) or lost the
 * action (404) reloads the action and the list.
 */
export function useActionWrite<Input>(
  partnershipId: string,
  actionId: string,
  write: (client: ApiClient, input: Input) => Promise<ActionDetail>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const listKey = actionsQueryOptions(client, partnershipId).queryKey;
  const { queryKey } = actionQueryOptions(client, partnershipId, actionId);
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: listKey, exact: true });
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey: listKey });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
