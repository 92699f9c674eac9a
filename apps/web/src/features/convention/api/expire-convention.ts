import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type VersionedInput = Schemas['VersionedDto'];

export async function expireConvention(client: ApiClient, partnershipId: string, body: VersionedInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/expiry', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Records that the convention reached its expiry date without renewal. */
export function useExpireConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, expireConvention);
}
