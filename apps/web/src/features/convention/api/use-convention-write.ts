import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { useStepViewWrite } from '../../../lib/api/use-step-view-write';
import { conventionQueryOptions, type ConventionStep } from './get-convention';

/** A write that answers with the new convention view (a signed convention meets a criterion of the assessment). */
export function useConventionWrite<Input>(
  partnershipId: string,
  write: (client: ApiClient, partnershipId: string, input: Input) => Promise<ConventionStep>,
) {
  const { queryKey } = conventionQueryOptions(useApiClient(), partnershipId);
  return useStepViewWrite(partnershipId, queryKey, write);
}
