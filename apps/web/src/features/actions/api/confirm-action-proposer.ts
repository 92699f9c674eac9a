import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type ConfirmActionProposerInput = Schemas['ConfirmActionProposerDto'];

export async function confirmActionProposer(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: ConfirmActionProposerInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/proposer-confirmation', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Confirms who the other side said proposed the action, with the version read. */
export function useConfirmActionProposer(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: ConfirmActionProposerInput) =>
    confirmActionProposer(client, partnershipId, actionId, input),
  );
}
