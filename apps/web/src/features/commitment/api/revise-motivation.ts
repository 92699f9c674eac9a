import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type ReviseMotivationInput = Schemas['ReviseMotivationDto'] & { motivationId: string };

export async function reviseMotivation(
  client: ApiClient,
  partnershipId: string,
  { motivationId, ...body }: ReviseMotivationInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/motivations/{motivationId}', {
      params: { path: { partnershipId, motivationId } },
      body,
    }),
  );
}

/** A revised motivation goes back to review and, if it was shared, off the table. */
export function useReviseMotivation(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: ReviseMotivationInput) =>
    reviseMotivation(client, partnershipId, input),
  );
}
