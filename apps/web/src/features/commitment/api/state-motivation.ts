import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type StateMotivationInput = Schemas['StateMotivationDto'];

export async function stateMotivation(client: ApiClient, partnershipId: string, body: StateMotivationInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/motivations', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** A new motivation stays internal and waits for an elected official's review. */
export function useStateMotivation(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: StateMotivationInput) =>
    stateMotivation(client, partnershipId, input),
  );
}
