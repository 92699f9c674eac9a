import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type AddBudgetLineInput = Schemas['AddBudgetLineDto'];
export type FunderKind = AddBudgetLineInput['funder'];
export type BudgetLineStatus = AddBudgetLineInput['status'];

export async function addBudgetLine(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: AddBudgetLineInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/budget-lines', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Adds a funding line: a party's own budget or another funder. */
export function useAddBudgetLine(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: AddBudgetLineInput) =>
    addBudgetLine(client, partnershipId, actionId, input),
  );
}
