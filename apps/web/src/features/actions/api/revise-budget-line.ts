import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type ReviseBudgetLineInput = Schemas['ReviseBudgetLineDto'];

export async function reviseBudgetLine(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  lineId: string,
  body: ReviseBudgetLineInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/actions/{actionId}/budget-lines/{lineId}', {
      params: { path: { partnershipId, actionId, lineId } },
      body,
    }),
  );
}

/** States a line's period, channel, rate to the euro and what was committed and paid, with its version. */
export function useReviseBudgetLine(partnershipId: string, actionId: string) {
  return useActionWrite(
    partnershipId,
    actionId,
    (client, { lineId, ...input }: ReviseBudgetLineInput & { lineId: string }) =>
      reviseBudgetLine(client, partnershipId, actionId, lineId, input),
  );
}
