import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { useStepViewWrite } from '../../../lib/api/use-step-view-write';
import { visitsQueryOptions, type Visits } from './get-visits';

/** A write that answers with the new visits view. */
export function useVisitsWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, input: Input) => Promise<Visits>,
) {
  const { queryKey } = visitsQueryOptions(useApiClient(), partnershipId);
  return useStepViewWrite(partnershipId, queryKey, (client, _partnershipId, input: Input) =>
    write(client, input),
  );
}
