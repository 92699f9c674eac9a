import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type BringConventionIntoForceInput = Schemas['BringConventionIntoForceDto'];

export async function bringConventionIntoForce(
  client: ApiClient,
  partnershipId: string,
  body: BringConventionIntoForceInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/entry-into-force', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Brings the signed convention into force; the API computes its expiry from its duration. */
export function useBringConventionIntoForce(partnershipId: string) {
  return useConventionWrite(partnershipId, bringConventionIntoForce);
}
