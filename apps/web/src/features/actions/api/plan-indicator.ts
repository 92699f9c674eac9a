import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type PlanIndicatorInput = Schemas['PlanIndicatorDto'] & { indicatorId: string };

export async function planIndicator(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { indicatorId, ...body }: PlanIndicatorInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/plan', {
      params: { path: { partnershipId, actionId, indicatorId } },
      body,
    }),
  );
}

/** Plans an indicator's kind, periods with their targets and dimensions, under the indicator's version. */
export function usePlanIndicator(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: PlanIndicatorInput) =>
    planIndicator(client, partnershipId, actionId, input),
  );
}
