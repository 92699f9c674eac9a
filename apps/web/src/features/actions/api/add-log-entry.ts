import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type AddLogEntryInput = Schemas['AddLogEntryDto'];
export type LogEntryKind = AddLogEntryInput['kind'];

export async function addLogEntry(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { body, idempotencyKey }: KeyedAppend<AddLogEntryInput>,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/log', {
      params: { path: { partnershipId, actionId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Logs what the signed-in user's party did for the action, with files already uploaded to the partnership. */
export function useAddLogEntry(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: KeyedAppend<AddLogEntryInput>) =>
    addLogEntry(client, partnershipId, actionId, input),
  );
}
