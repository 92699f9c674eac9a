import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ActionsOverview = Schemas['ActionsView'];
export type ActionSummary = Schemas['ActionView'];
export type ActionParty = Schemas['ActionPartyView'];
export type FundingFigures = Schemas['FundingFiguresView'];
export type ActionWarning = Schemas['WarningView'];
export type ActionPriority = ActionSummary['priority'];
export type ActionStatus = ActionSummary['status'];

export async function getActions(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/actions', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The partnership's actions by priority, the leverage of its funding, the balance between the parties, the
 * step 6 warnings and the parties (with their territory actors, possible operators), with the partnership
 * version every write must carry. Every party reads the same view, worded from its side by the API.
 */
export function actionsQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'actions'],
    queryFn: ({ signal }) => getActions(client, partnershipId, signal),
  });
}

export function useActions(partnershipId: string) {
  return useQuery(actionsQueryOptions(useApiClient(), partnershipId));
}
