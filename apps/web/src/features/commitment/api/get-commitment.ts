import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Commitment = Schemas['CommitmentView'];
export type Motivation = Schemas['MotivationView'];
export type TerritoryActor = Schemas['TerritoryActorView'];
export type PartnerMotivations = Schemas['PartnerMotivationsView'];

export async function getCommitment(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/commitment', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/** The authority's step 1 file for a partnership, and the motivations its partners shared. */
export function commitmentQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'commitment'],
    queryFn: ({ signal }) => getCommitment(client, partnershipId, signal),
  });
}

export function useCommitment(partnershipId: string) {
  return useQuery(commitmentQueryOptions(useApiClient(), partnershipId));
}
