import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type RecordStakeInput = Schemas['RecordStakeDto'];

export async function recordStake(client: ApiClient, partnershipId: string, body: RecordStakeInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/stakes', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export function useRecordStake(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: RecordStakeInput) =>
    recordStake(client, partnershipId, input),
  );
}
