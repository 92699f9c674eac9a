import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { politicalDialogueQueryOptions, type PoliticalDialogue } from './get-political-dialogue';

/**
 * A write that answers with the new political dialogue: the view is stored as is and the assessment
 * refetched (reviews and priorities are criteria of the convention). A refusal because the partnership moved
 * on (409) or is gone (404) reloads the view.
 */
export function usePoliticalDialogueWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<PoliticalDialogue>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = politicalDialogueQueryOptions(client, partnershipId);
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
