import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { dialogueQueryOptions, type Dialogue } from './get-dialogue';

/**
 * A write that answers with the new dialogue view: the view is stored as is and the assessment refetched. A
 * refusal because the partnership moved on (409) or is gone reloads the dialogue.
 */
export function useDialogueWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<Dialogue>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = dialogueQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, partnershipId, input),
    onSuccess: (dialogue) => {
      queryClient.setQueryData(queryKey, dialogue);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
