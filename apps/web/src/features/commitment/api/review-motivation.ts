import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type ReviewMotivationInput = Schemas['ReviewMotivationDto'] & { motivationId: string };

export async function reviewMotivation(
  client: ApiClient,
  partnershipId: string,
  { motivationId, ...body }: ReviewMotivationInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/motivations/{motivationId}/review', {
      params: { path: { partnershipId, motivationId } },
      body,
    }),
  );
}

/** An elected official approves the motivation or asks for changes, with the motivation's version read. */
export function useReviewMotivation(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: ReviewMotivationInput) =>
    reviewMotivation(client, partnershipId, input),
  );
}
