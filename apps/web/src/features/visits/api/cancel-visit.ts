import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type CancelVisitInput = Schemas['CancelVisitDto'] & { visitId: string };

export async function cancelVisit(
  client: ApiClient,
  partnershipId: string,
  { visitId, ...body }: CancelVisitInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/visits/{visitId}/cancellation', {
      params: { path: { partnershipId, visitId } },
      body,
    }),
  );
}

/** Cancels a visit that has not started, with a reason. */
export function useCancelVisit(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: CancelVisitInput) =>
    cancelVisit(client, partnershipId, input),
  );
}
