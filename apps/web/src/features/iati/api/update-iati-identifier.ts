import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { IATI_ACTIVITY_FILE_QUERY_KEY } from './get-iati-activity-file';

/** The key the organisation is read under everywhere (the directory profile reads it too). */
const ORGANISATION_QUERY_KEY = ['organisation'] as const;

/** The signed-in user's authority, with its IATI identifier and the version a change must carry. */
export function organisationQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ORGANISATION_QUERY_KEY,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/organisation', { signal })),
  });
}

export function useOrganisation() {
  return useQuery(organisationQueryOptions(useApiClient()));
}

export interface IatiIdentifierInput {
  iatiIdentifier: string | null;
  version: number;
}

export async function updateIatiIdentifier(client: ApiClient, body: IatiIdentifierInput) {
  return unwrap(await client.PATCH('/api/organisation', { body }));
}

/** Saves the identifier with the version read; the organisation and the IATI file are read again after. */
export function useUpdateIatiIdentifier() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: IatiIdentifierInput) => updateIatiIdentifier(client, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ORGANISATION_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: IATI_ACTIVITY_FILE_QUERY_KEY }),
      ]),
  });
}
