import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type SignConventionInput = Schemas['SignConventionDto'];

export async function signConvention(client: ApiClient, partnershipId: string, body: SignConventionInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/signature', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Records the signature of the version every party approved: signatories, day, signed PDF. */
export function useSignConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, signConvention);
}
