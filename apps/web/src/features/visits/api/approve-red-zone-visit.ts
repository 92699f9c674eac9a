import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type ApproveRedZoneVisitInput = Schemas['ApproveRedZoneVisitDto'] & { visitId: string };

export async function approveRedZoneVisit(
  client: ApiClient,
  partnershipId: string,
  { visitId, ...body }: ApproveRedZoneVisitInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/visits/{visitId}/red-zone-approval', {
      params: { path: { partnershipId, visitId } },
      body,
    }),
  );
}

/** An elected official of the travelling side approves a visit to a zone formally advised against. */
export function useApproveRedZoneVisit(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: ApproveRedZoneVisitInput) =>
    approveRedZoneVisit(client, partnershipId, input),
  );
}
