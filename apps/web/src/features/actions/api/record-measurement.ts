import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type RecordMeasurementInput = Schemas['RecordMeasurementDto'] & { indicatorId: string };

export async function recordMeasurement(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { indicatorId, ...body }: RecordMeasurementInput,
) {
  return unwrap(
    await client.POST(
      '/api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/measurements',
      { params: { path: { partnershipId, actionId, indicatorId } }, body },
    ),
  );
}

/** Records a measurement of a co-validated indicator, in its unit, for the signed-in user's party. */
export function useRecordMeasurement(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: RecordMeasurementInput) =>
    recordMeasurement(client, partnershipId, actionId, input),
  );
}
