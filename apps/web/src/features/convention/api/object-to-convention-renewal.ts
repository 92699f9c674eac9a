import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type ObjectToRenewalInput = Schemas['ObjectToRenewalDto'];

export async function objectToConventionRenewal(
  client: ApiClient,
  partnershipId: string,
  body: ObjectToRenewalInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/renewal-objection', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** The signed-in user’s party objects to the tacit renewal, by the deadline. */
export function useObjectToConventionRenewal(partnershipId: string) {
  return useConventionWrite(partnershipId, objectToConventionRenewal);
}
