import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type CorrectActionProposerInput = Schemas['CorrectActionProposerDto'];

export async function correctActionProposer(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: CorrectActionProposerInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/actions/{actionId}/proposer', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Corrects who proposed the action, with the version read: the other side confirms the correction. */
export function useCorrectActionProposer(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: CorrectActionProposerInput) =>
    correctActionProposer(client, partnershipId, actionId, input),
  );
}
