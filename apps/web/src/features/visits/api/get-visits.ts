import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Visits = Schemas['VisitsView'];
export type Visit = Schemas['VisitView'];
export type VisitWarning = Schemas['VisitWarningView'];
export type PartyPeople = Schemas['PartyPeopleView'];
export type Person = Schemas['PersonView'];
export type PersonInput = Schemas['PersonInputDto'];
export type FollowUp = Schemas['FollowUpView'];

export async function getVisits(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/visits', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The delegation visits in both directions, the step 4 warnings, who each party can name as a member, and
 * each visit's version, which its changes must carry. Every party reads the same view.
 */
export function visitsQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'visits'],
    queryFn: ({ signal }) => getVisits(client, partnershipId, signal),
  });
}

export function useVisits(partnershipId: string) {
  return useQuery(visitsQueryOptions(useApiClient(), partnershipId));
}
