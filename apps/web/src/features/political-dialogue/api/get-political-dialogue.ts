import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type PoliticalDialogue = Schemas['PoliticalDialogueView'];
export type PoliticalDialogueParty = Schemas['PoliticalDialoguePartyView'];
export type SharedMotivation = Schemas['SharedMotivationView'];
export type CompatibilityReview = Schemas['CompatibilityReviewView'];
export type Priority = Schemas['PriorityView'];

export async function getPoliticalDialogue(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/political-dialogue', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The political dialogue a convention concludes: each party's shared motivations (never another party's
 * internal ones), each side's latest compatibility review, the priorities and which parties agreed them, what
 * the method still needs before a convention can be approved, and the version every write must carry.
 */
export function politicalDialogueQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'political-dialogue'],
    queryFn: ({ signal }) => getPoliticalDialogue(client, partnershipId, signal),
  });
}

export function usePoliticalDialogue(partnershipId: string) {
  return useQuery(politicalDialogueQueryOptions(useApiClient(), partnershipId));
}
