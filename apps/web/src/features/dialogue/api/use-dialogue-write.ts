import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { useStepViewWrite } from '../../../lib/api/use-step-view-write';
import { dialogueQueryOptions, type Dialogue } from './get-dialogue';

/** A write that answers with the new dialogue view. */
export function useDialogueWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<Dialogue>,
) {
  const { queryKey } = dialogueQueryOptions(useApiClient(), partnershipId);
  return useStepViewWrite(partnershipId, queryKey, write);
}
