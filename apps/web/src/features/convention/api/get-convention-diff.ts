import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ConventionDiff = Schemas['ConventionDiffView'];
export type ConventionFieldChange = Schemas['ConventionFieldChangeView'];

/** Two versions of one convention to compare (`conventionId` names it, as versions restart at 1). */
export interface ConventionDiffRequest {
  conventionId: string;
  from: number;
  to: number;
}

export async function getConventionDiff(
  client: ApiClient,
  partnershipId: string,
  { conventionId, from, to }: ConventionDiffRequest,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/convention/diff', {
      params: { path: { partnershipId }, query: { from, to, conventionId } },
      signal,
    }),
  );
}

/** What changed between two versions, field by field; versions never change, so the answer keeps. */
export function conventionDiffQueryOptions(
  client: ApiClient,
  partnershipId: string,
  request: ConventionDiffRequest,
) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'convention', 'diff', request],
    queryFn: ({ signal }) => getConventionDiff(client, partnershipId, request, signal),
    staleTime: Infinity,
  });
}

/** The comparison the user asked for; nothing is fetched until they choose two versions. */
export function useConventionDiff(partnershipId: string, request: ConventionDiffRequest | undefined) {
  const client = useApiClient();
  return useQuery({
    ...conventionDiffQueryOptions(client, partnershipId, request ?? { conventionId: '', from: 0, to: 0 }),
    enabled: request !== undefined,
    placeholderData: keepPreviousData,
  });
}
