import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type RecordContributionInput = Schemas['RecordContributionDto'];

export async function recordContribution(
  client: ApiClient,
  partnershipId: string,
  body: RecordContributionInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/contributions', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export function useRecordContribution(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: RecordContributionInput) =>
    recordContribution(client, partnershipId, input),
  );
}
