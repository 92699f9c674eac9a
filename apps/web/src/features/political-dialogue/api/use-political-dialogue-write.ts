import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { conventionQueryKey } from '../../../lib/api/partnership-query-keys';
import { useStepViewWrite } from '../../../lib/api/use-step-view-write';
import { politicalDialogueQueryOptions, type PoliticalDialogue } from './get-political-dialogue';

/** A write that answers with the new political dialogue; the convention view is refetched too, since it says what the political dialogue still lacks before approval. */
export function usePoliticalDialogueWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<PoliticalDialogue>,
) {
  const { queryKey } = politicalDialogueQueryOptions(useApiClient(), partnershipId);
  return useStepViewWrite(partnershipId, queryKey, write, [conventionQueryKey(partnershipId)]);
}
