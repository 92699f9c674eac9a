import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ConventionStep = Schemas['ConventionStepView'];
export type Convention = Schemas['ConventionView'];
export type ConventionVersion = Schemas['ConventionVersionView'];
export type ConventionTerms = Schemas['ConventionTermsView'];
export type ConventionApproval = Schemas['ConventionApprovalView'];
export type ConventionParty = Schemas['ConventionPartyView'];
export type ConventionCommand = ConventionStep['availableCommands'][number];
export type OngoingAction = Schemas['OngoingActionView'];

export async function getConvention(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/convention', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * Step 5's convention as every party reads it: the current convention (versions, approvals, signature,
 * dates), the earlier ones, what its state and the partnership's status allow next, the parties, the
 * ongoing actions a termination must decide on, and the partnership version every write must carry.
 */
export function conventionQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'convention'],
    queryFn: ({ signal }) => getConvention(client, partnershipId, signal),
  });
}

export function useConvention(partnershipId: string) {
  return useQuery(conventionQueryOptions(useApiClient(), partnershipId));
}
