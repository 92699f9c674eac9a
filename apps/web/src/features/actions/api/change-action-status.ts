import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type ChangeActionStatusInput = Schemas['ChangeActionStatusDto'];

export async function changeActionStatus(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: ChangeActionStatusInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/status', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Starts, holds, resumes, completes or cancels the action (the API's `allowedTransitions`). */
export function useChangeActionStatus(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: ChangeActionStatusInput) =>
    changeActionStatus(client, partnershipId, actionId, input),
  );
}
