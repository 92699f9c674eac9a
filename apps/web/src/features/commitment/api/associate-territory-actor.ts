import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { TERRITORY_ACTORS_QUERY_KEY } from '../../../lib/api/territory-actor-query-keys';
import { useCommitmentWrite } from './use-commitment-write';

/** Either an actor of the directory (`directoryActorId`), or a new one by `name` and `kind`. */
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

/** An actor associated by name is filed in the organisation's directory first: the directory is refetched. */
export function useAssociateTerritoryActor(partnershipId: string) {
  return useCommitmentWrite(
    partnershipId,
    (client, input: AssociateTerritoryActorInput) => associateTerritoryActor(client, partnershipId, input),
    [TERRITORY_ACTORS_QUERY_KEY],
  );
}
