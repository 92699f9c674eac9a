import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePoliticalDialogueWrite } from './use-political-dialogue-write';

export type RecordCompatibilityReviewInput = Schemas['RecordCompatibilityReviewDto'];

export async function recordCompatibilityReview(
  client: ApiClient,
  partnershipId: string,
  body: RecordCompatibilityReviewInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/political-dialogue/compatibility-reviews', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** An elected official of the signed-in user's party judges the motivations on the table compatible, or not. */
export function useRecordCompatibilityReview(partnershipId: string) {
  return usePoliticalDialogueWrite(partnershipId, recordCompatibilityReview);
}
