import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type RenewConventionInput = Schemas['RenewConventionDto'];

export async function renewConvention(client: ApiClient, partnershipId: string, body: RenewConventionInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/renewal', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Renews the convention, tacitly on its expiry date or explicitly by the councils’ decision. */
export function useRenewConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, renewConvention);
}
