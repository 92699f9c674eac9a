import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type ShareMotivationInput = Schemas['VersionedDto'] & { motivationId: string };

export async function shareMotivation(
  client: ApiClient,
  partnershipId: string,
  { motivationId, ...body }: ShareMotivationInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/motivations/{motivationId}/share', {
      params: { path: { partnershipId, motivationId } },
      body,
    }),
  );
}

/** Puts an approved motivation on the table: the partners see it from then on. */
export function useShareMotivation(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: ShareMotivationInput) =>
    shareMotivation(client, partnershipId, input),
  );
}
