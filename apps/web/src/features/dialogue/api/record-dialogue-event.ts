import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useDialogueWrite } from './use-dialogue-write';

export type RecordDialogueEventInput = Schemas['RecordDialogueEventDto'];
export type PersonInput = Schemas['PersonInputDto'];

/** An exchange to log and the key that makes sending it again store it once. */
export interface RecordDialogueEventRequest {
  readonly body: RecordDialogueEventInput;
  readonly idempotencyKey: string;
}

export async function recordDialogueEvent(
  client: ApiClient,
  partnershipId: string,
  { body, idempotencyKey }: RecordDialogueEventRequest,
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
  return useDialogueWrite(partnershipId, recordDialogueEvent);
}
