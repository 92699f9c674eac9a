import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type AddIndicatorInput = Schemas['AddIndicatorDto'];

export async function addIndicator(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: AddIndicatorInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/indicators', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Proposes an indicator for the signed-in user's party: it counts as validated by that party. */
export function useAddIndicator(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: AddIndicatorInput) =>
    addIndicator(client, partnershipId, actionId, input),
  );
}
