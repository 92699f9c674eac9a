import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useApiClient } from '../../../lib/api/api-client-context';
import { useAppendWrite } from '../../../lib/api/use-append-write';
import { actionQueryOptions } from './get-action';
import { actionsQueryOptions } from './get-actions';

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
  const client = useApiClient();
  return useAppendWrite(
    partnershipId,
    [
      actionQueryOptions(client, partnershipId, actionId).queryKey,
      actionsQueryOptions(client, partnershipId).queryKey,
    ],
    (apiClient, input: KeyedAppend<RecordEvaluationInput>) =>
      recordEvaluation(apiClient, partnershipId, actionId, input),
  );
}
