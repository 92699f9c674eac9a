import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type SetActionPriorityInput = Schemas['SetActionPriorityDto'];

export async function setActionPriority(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: SetActionPriorityInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/actions/{actionId}/priority', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Ranks the action high, medium or low, with the version read. */
export function useSetActionPriority(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: SetActionPriorityInput) =>
    setActionPriority(client, partnershipId, actionId, input),
  );
}
