import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type VersionedInput = Schemas['VersionedDto'];

export async function openConventionNegotiation(
  client: ApiClient,
  partnershipId: string,
  body: VersionedInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/negotiation', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Opens the negotiation of the draft with the partners. */
export function useOpenConventionNegotiation(partnershipId: string) {
  return useConventionWrite(partnershipId, openConventionNegotiation);
}
