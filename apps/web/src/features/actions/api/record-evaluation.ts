import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type RecordEvaluationInput = Schemas['RecordJointEvaluationDto'];

export async function recordEvaluation(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { body, idempotencyKey }: KeyedAppend<RecordEvaluationInput>,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/evaluations', {
      params: { path: { partnershipId, actionId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Records a joint evaluation of the action, held by two parties or more. */
export function useRecordEvaluation(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: KeyedAppend<RecordEvaluationInput>) =>
    recordEvaluation(client, partnershipId, actionId, input),
  );
}
