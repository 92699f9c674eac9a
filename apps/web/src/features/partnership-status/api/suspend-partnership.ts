import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnershipStatusWrite } from './use-partnership-status-write';

export type SuspendPartnershipInput = Schemas['SuspendDto'];

export async function suspendPartnership(
  client: ApiClient,
  partnershipId: string,
  body: SuspendPartnershipInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/suspension', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Suspends the partnership with a reason; the API tells the other parties by mail. */
export function useSuspendPartnership(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, suspendPartnership);
}
