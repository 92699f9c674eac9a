import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type TerminateConventionInput = Schemas['TerminateDto'];

export async function terminateConvention(
  client: ApiClient,
  partnershipId: string,
  body: TerminateConventionInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/termination', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Ends the convention in order (reason, notice, fate of each ongoing action), or abandons a draft. */
export function useTerminateConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, terminateConvention);
}
