import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type ApproveOrangeZoneVisitInput = Schemas['ApproveOrangeZoneVisitDto'] & { visitId: string };

export async function approveOrangeZoneVisit(
  client: ApiClient,
  partnershipId: string,
  { visitId, ...body }: ApproveOrangeZoneVisitInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/visits/{visitId}/orange-zone-approval', {
      params: { path: { partnershipId, visitId } },
      body,
    }),
  );
}

/** An elected official of the travelling side approves a visit to a zone formally advised against. */
export function useApproveOrangeZoneVisit(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: ApproveOrangeZoneVisitInput) =>
    approveOrangeZoneVisit(client, partnershipId, input),
  );
}
