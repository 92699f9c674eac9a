import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type SuggestedPartner = Schemas['SuggestedPartnerView'];
export type MatchReason = Schemas['MatchReasonView'];

export async function getSuggestedPartners(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/suggested-partners', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

export function suggestedPartnersQueryKey(partnershipId: string) {
  return ['partnerships', partnershipId, 'suggested-partners'] as const;
}

/**
 * Authorities listed in the directory that fit the partnership, best first, each score explained; neither
 * parties nor candidates already. The initiator's work: other parties get a 404.
 */
export function suggestedPartnersQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: suggestedPartnersQueryKey(partnershipId),
    queryFn: ({ signal }) => getSuggestedPartners(client, partnershipId, signal),
  });
}

export function useSuggestedPartners(partnershipId: string) {
  return useQuery(suggestedPartnersQueryOptions(useApiClient(), partnershipId));
}
