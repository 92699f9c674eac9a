import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ActionFunding = Schemas['ActionFundingView'];
export type FundingApplication = Schemas['FundingApplicationView'];
export type ApplicationCheck = Schemas['ApplicationCheckView'];
export type ActionMoney = Schemas['ActionMoneyView'];
export type PaymentTranche = Schemas['PaymentTrancheView'];
export type FunderReport = Schemas['FunderReportView'];

export async function getActionFunding(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/actions/{actionId}/funding', {
      params: { path: { partnershipId, actionId } },
      signal,
    }),
  );
}

/**
 * An action's applications to calls (with their checks, tranches and reports) and its money as it happens.
 * Under the partnership's actions key: reloading the actions (a budget line changed) reloads it too.
 */
export function actionFundingQueryOptions(client: ApiClient, partnershipId: string, actionId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'actions', actionId, 'funding'],
    queryFn: ({ signal }) => getActionFunding(client, partnershipId, actionId, signal),
  });
}

export function useActionFunding(partnershipId: string, actionId: string) {
  return useQuery(actionFundingQueryOptions(useApiClient(), partnershipId, actionId));
}
