import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Candidates = Schemas['CandidatesView'];
export type Candidate = Schemas['CandidateView'];

export async function getCandidates(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/candidates', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The initiator's pipeline of candidate partners, each with the version its moves must carry. Other
 * parties get a 404: the search is the initiator's own work.
 */
export function candidatesQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'candidates'],
    queryFn: ({ signal }) => getCandidates(client, partnershipId, signal),
  });
}

export function useCandidates(partnershipId: string) {
  return useQuery(candidatesQueryOptions(useApiClient(), partnershipId));
}
