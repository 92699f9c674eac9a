import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { actionsQueryOptions } from './get-actions';

export type ActionDetail = Schemas['ActionDetailView'];
export type ActionWithLog = Schemas['ActionWithLogView'];
export type BudgetLine = Schemas['BudgetLineView'];
export type Indicator = Schemas['IndicatorView'];
export type JointEvaluation = Schemas['JointEvaluationView'];
export type LogEntry = Schemas['LogEntryView'];

export async function getAction(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/actions/{actionId}', {
      params: { path: { partnershipId, actionId } },
      signal,
    }),
  );
}

/** One action with its budget, indicators, evaluations and log (newest first), and the action's version. */
export function actionQueryOptions(client: ApiClient, partnershipId: string, actionId: string) {
  return queryOptions({
    // Under the list's key: reloading every action of the partnership reloads this one too.
    queryKey: [...actionsQueryOptions(client, partnershipId).queryKey, actionId],
    queryFn: ({ signal }) => getAction(client, partnershipId, actionId, signal),
  });
}

export function useAction(partnershipId: string, actionId: string) {
  return useQuery(actionQueryOptions(useApiClient(), partnershipId, actionId));
}
