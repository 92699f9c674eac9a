import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Stake = Schemas['StakeView'];

async function getCommitmentFile(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/commitment', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The stakes of the viewer's own territory (step 1), that a priority can answer. The political dialogue does
 * not list them, and another party's stakes stay internal to it: they come from the viewer's commitment file,
 * read under the same key as step 1's page so that both share one cache entry.
 */
export function ownStakesQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'commitment'],
    queryFn: ({ signal }) => getCommitmentFile(client, partnershipId, signal),
    select: (commitment): Stake[] => commitment.stakes,
  });
}

export function useOwnStakes(partnershipId: string) {
  return useQuery(ownStakesQueryOptions(useApiClient(), partnershipId));
}
