import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError, unwrap } from '../../../lib/api/problem';
import { presentationQueryOptions } from './get-presentation';

export type UpdatePresentationInput = Schemas['UpdatePresentationDto'];

export async function updatePresentation(
  client: ApiClient,
  partnershipId: string,
  body: UpdatePresentationInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/presentation', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/**
 * Saves the text of one language with the version read. The answer is the new presentation, stored as is;
 * the assessment follows from the French text and is refetched. A refusal because the partnership moved on
 * (409) reloads the presentation before the caller hears of it, so that it can show the reloaded text.
 */
export function useUpdatePresentation(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = presentationQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: UpdatePresentationInput) => updatePresentation(client, partnershipId, input),
    onSuccess: (presentation) => {
      queryClient.setQueryData(queryKey, presentation);
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
  });
}
