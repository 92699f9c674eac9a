import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type MotivationToReview = Schemas['MotivationToReviewView'];

export const MOTIVATION_REVIEWS_QUERY_KEY = ['motivation-reviews'] as const;

export async function getMotivationReviews(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/motivation-reviews', { signal })).items;
}

/** The elected official's queue: their authority's motivations waiting for a review, in every partnership. */
export function motivationReviewsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: MOTIVATION_REVIEWS_QUERY_KEY,
    queryFn: ({ signal }) => getMotivationReviews(client, signal),
  });
}

export function useMotivationReviews() {
  return useQuery(motivationReviewsQueryOptions(useApiClient()));
}
