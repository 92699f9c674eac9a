import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type SuspendConventionInput = Schemas['SuspendDto'];

export async function suspendConvention(
  client: ApiClient,
  partnershipId: string,
  body: SuspendConventionInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/suspension', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Suspends the convention with a reason; the API tells the other parties by mail. */
export function useSuspendConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, suspendConvention);
}
