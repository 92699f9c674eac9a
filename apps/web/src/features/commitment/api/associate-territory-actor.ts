import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type AssociateTerritoryActorInput = Schemas['AssociateTerritoryActorDto'];

export async function associateTerritoryActor(
  client: ApiClient,
  partnershipId: string,
  body: AssociateTerritoryActorInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/territory-actors', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export function useAssociateTerritoryActor(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: AssociateTerritoryActorInput) =>
    associateTerritoryActor(client, partnershipId, input),
  );
}
