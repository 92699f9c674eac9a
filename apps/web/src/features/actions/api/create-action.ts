import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError, unwrap } from '../../../lib/api/problem';
import { actionQueryOptions } from './get-action';
import { actionsQueryOptions } from './get-actions';

export type CreateActionInput = Schemas['CreateActionDto'];
export type OperatorInput = Schemas['OperatorInputDto'];

export async function createAction(client: ApiClient, partnershipId: string, body: CreateActionInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/**
 * Creates an action initiated by the signed-in user's party. The new action's view is stored so that its page
 * opens at once; the list is refetched. A 409 (the partnership moved on) reloads the list.
 */
export function useCreateAction(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const listKey = actionsQueryOptions(client, partnershipId).queryKey;
  return useMutation({
    mutationFn: (input: CreateActionInput) => createAction(client, partnershipId, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(actionQueryOptions(client, partnershipId, detail.action.id).queryKey, detail);
      void queryClient.invalidateQueries({ queryKey: listKey, exact: true });
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && error.status === 409)
        return queryClient.invalidateQueries({ queryKey: listKey, exact: true });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
