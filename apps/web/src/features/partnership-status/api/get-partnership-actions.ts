import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export async function getPartnershipActions(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/actions', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/** Every action of the partnership, cancelled ones included (the step 6 list). */
export function partnershipActionsQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'actions'],
    queryFn: ({ signal }) => getPartnershipActions(client, partnershipId, signal),
  });
}

/**
 * The titles of the partnership's actions by id. A termination names its decisions by action id only, and the
 * actions it stopped are cancelled — no longer among the ongoing ones — so their titles come from the list.
 * Only asked for when `needed`.
 */
export function useActionTitles(partnershipId: string, needed: boolean): ReadonlyMap<string, string> {
  const actions = useQuery({
    ...partnershipActionsQueryOptions(useApiClient(), partnershipId),
    enabled: needed,
    select: (view) => new Map(view.actions.map((action) => [action.id, action.title])),
  });
  return actions.data ?? EMPTY_TITLES;
}

const EMPTY_TITLES: ReadonlyMap<string, string> = new Map();
