import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnershipStatusWrite } from './use-partnership-status-write';

export type TerminatePartnershipInput = Schemas['TerminateDto'];

export async function terminatePartnership(
  client: ApiClient,
  partnershipId: string,
  body: TerminatePartnershipInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/termination', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Ends the partnership in order (reason, notice, fate of each ongoing action); the API tells the other parties. */
export function useTerminatePartnership(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, terminatePartnership);
}
