import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type ApproveConventionInput = Schemas['ApproveConventionDto'];

export async function approveConvention(
  client: ApiClient,
  partnershipId: string,
  body: ApproveConventionInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/approvals', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Records the council decision of the signed-in user’s party approving the current version. */
export function useApproveConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, approveConvention);
}
