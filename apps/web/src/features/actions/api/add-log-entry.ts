import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useApiClient } from '../../../lib/api/api-client-context';
import { useAppendWrite } from '../../../lib/api/use-append-write';
import { actionQueryOptions } from './get-action';
import { actionsQueryOptions } from './get-actions';

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
  const client = useApiClient();
  return useAppendWrite(
    partnershipId,
    [
      actionQueryOptions(client, partnershipId, actionId).queryKey,
      actionsQueryOptions(client, partnershipId).queryKey,
    ],
    (apiClient, input: KeyedAppend<AddLogEntryInput>) =>
      addLogEntry(apiClient, partnershipId, actionId, input),
  );
}
