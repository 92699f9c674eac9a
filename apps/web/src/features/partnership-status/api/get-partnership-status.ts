import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type PartnershipStatus = Schemas['PartnershipStatusView'];
export type Suspension = Schemas['SuspensionView'];
export type Termination = Schemas['TerminationView'];
export type OngoingAction = Schemas['OngoingActionView'];
export type ActionFate = Schemas['ActionDecisionDto']['fate'];

export async function getPartnershipStatus(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/status', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * Whether the relation is active, suspended or terminated (with the reason, the dates and the fate of each
 * action), what ending it would require (notice, ongoing actions), and the version every write must carry.
 */
export function partnershipStatusQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'status'],
    queryFn: ({ signal }) => getPartnershipStatus(client, partnershipId, signal),
  });
}

export function usePartnershipStatus(partnershipId: string) {
  return useQuery(partnershipStatusQueryOptions(useApiClient(), partnershipId));
}
