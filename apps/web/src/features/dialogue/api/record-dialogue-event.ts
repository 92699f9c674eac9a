import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useApiClient } from '../../../lib/api/api-client-context';
import { useAppendWrite } from '../../../lib/api/use-append-write';
import { dialogueQueryOptions } from './get-dialogue';

export type RecordDialogueEventInput = Schemas['RecordDialogueEventDto'];
export type PersonInput = Schemas['PersonInputDto'];

export async function recordDialogueEvent(
  client: ApiClient,
  partnershipId: string,
  { body, idempotencyKey }: KeyedAppend<RecordDialogueEventInput>,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/dialogue/events', {
      params: { path: { partnershipId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Logs an exchange that took place (notes, decisions) for the signed-in user's party. */
export function useRecordDialogueEvent(partnershipId: string) {
  const { queryKey } = dialogueQueryOptions(useApiClient(), partnershipId);
  return useAppendWrite(partnershipId, [queryKey], (client, input: KeyedAppend<RecordDialogueEventInput>) =>
    recordDialogueEvent(client, partnershipId, input),
  );
}
