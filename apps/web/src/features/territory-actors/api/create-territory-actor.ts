import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { TERRITORY_ACTORS_QUERY_KEY } from '../../../lib/api/territory-actor-query-keys';

export type CreateTerritoryActorInput = Schemas['CreateTerritoryActorDto'];

export async function createTerritoryActor(client: ApiClient, body: CreateTerritoryActorInput) {
  return unwrap(await client.POST('/api/organisation/territory-actors', { body }));
}

/** Files an actor in the organisation's directory; every list of actors (step 1's picker too) is refetched. */
export function useCreateTerritoryActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTerritoryActorInput) => createTerritoryActor(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TERRITORY_ACTORS_QUERY_KEY }),
  });
}
