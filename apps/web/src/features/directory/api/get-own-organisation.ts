import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type OwnOrganisation = Schemas['OrganisationDto'];

export const OWN_ORGANISATION_QUERY_KEY = ['organisation'] as const;

export async function getOwnOrganisation(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/organisation', { signal }));
}

/** The signed-in user's authority, with the version a profile change must carry. */
export function ownOrganisationQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: OWN_ORGANISATION_QUERY_KEY,
    queryFn: ({ signal }) => getOwnOrganisation(client, signal),
  });
}

export function useOwnOrganisation() {
  return useQuery(ownOrganisationQueryOptions(useApiClient()));
}
