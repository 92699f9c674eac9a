import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { TERRITORY_ACTORS_QUERY_KEY } from '../../../lib/api/territory-actor-query-keys';

export type UpdateTerritoryActorInput = Schemas['UpdateTerritoryActorDto'];

export async function updateTerritoryActor(
  client: ApiClient,
  actorId: string,
  body: UpdateTerritoryActorInput,
) {
  return unwrap(
    await client.PATCH('/api/organisation/territory-actors/{actorId}', {
      params: { path: { actorId } },
      body,
    }),
  );
}

/**
 * Edits an actor with the `version` read; success or refusal (409: changed meanwhile, or a name already
 * taken), the lists are refetched.
 */
export function useUpdateTerritoryActor() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actorId, ...body }: UpdateTerritoryActorInput & { actorId: string }) =>
      updateTerritoryActor(client, actorId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TERRITORY_ACTORS_QUERY_KEY }),
  });
}
