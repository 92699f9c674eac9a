import type { ApiClient, Schemas } from '../../../lib/api/client';
import type { KeyedAppend } from '../../../lib/api/idempotency-key';
import { unwrap } from '../../../lib/api/problem';
import { useApiClient } from '../../../lib/api/api-client-context';
import { useAppendWrite } from '../../../lib/api/use-append-write';
import { ruptureSignalsQueryOptions } from './get-rupture-signals';

export type RecordRuptureSignalInput = Schemas['RecordRuptureSignalDto'];

export async function recordRuptureSignal(
  client: ApiClient,
  partnershipId: string,
  { body, idempotencyKey }: KeyedAppend<RecordRuptureSignalInput>,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/rupture-signals', {
      params: { path: { partnershipId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** Records a warning sign for the signed-in user's party; the list and the assessment are read again. */
export function useRecordRuptureSignal(partnershipId: string) {
  const { queryKey } = ruptureSignalsQueryOptions(useApiClient(), partnershipId);
  return useAppendWrite(partnershipId, [queryKey], (client, input: KeyedAppend<RecordRuptureSignalInput>) =>
    recordRuptureSignal(client, partnershipId, input),
  );
}
