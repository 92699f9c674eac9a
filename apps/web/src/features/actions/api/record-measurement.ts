import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

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
  return useActionWrite(
    partnershipId,
    actionId,
    (client, input: KeyedAppend<RecordMeasurementInput> & { indicatorId: string }) =>
      recordMeasurement(client, partnershipId, actionId, input),
  );
}
