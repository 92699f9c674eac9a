import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useApiClient } from '../../../lib/api/api-client-context';
import { useAppendWrite } from '../../../lib/api/use-append-write';
import { actionQueryOptions } from './get-action';
import { actionsQueryOptions } from './get-actions';

export type RecordMeasurementInput = Schemas['RecordMeasurementDto'];

export async function recordMeasurement(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { indicatorId, body, idempotencyKey }: KeyedAppend<RecordMeasurementInput> & { indicatorId: string },
) {
  return unwrap(
    await client.POST(
      '/api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/measurements',
      {
        params: {
          path: { partnershipId, actionId, indicatorId },
          header: { 'Idempotency-Key': idempotencyKey },
        },
        body,
      },
    ),
  );
}

/** Records a measurement of a co-validated indicator, in its unit, for the signed-in user's party. */
export function useRecordMeasurement(partnershipId: string, actionId: string) {
  const client = useApiClient();
  return useAppendWrite(
    partnershipId,
    [
      actionQueryOptions(client, partnershipId, actionId).queryKey,
      actionsQueryOptions(client, partnershipId).queryKey,
    ],
    (apiClient, input: KeyedAppend<RecordMeasurementInput> & { indicatorId: string }) =>
      recordMeasurement(apiClient, partnershipId, actionId, input),
  );
}
