import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { OWN_ORGANISATION_QUERY_KEY } from './get-own-organisation';
import { DIRECTORY_QUERY_KEY } from './search-directory';

export type DirectoryProfileInput = Schemas['DirectoryProfileDto'];

export async function updateDirectoryProfile(client: ApiClient, body: DirectoryProfileInput) {
  return unwrap(await client.PUT('/api/organisation/directory-profile', { body }));
}

/**
 * Publishes (or withdraws) the authority's directory profile with the organisation version read. The
 * answer carries no version: the organisation is refetched for the next change, and the directory with it.
 * A refusal (409: changed meanwhile) reloads them too.
 */
export function useUpdateDirectoryProfile() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DirectoryProfileInput) => updateDirectoryProfile(client, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: OWN_ORGANISATION_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: DIRECTORY_QUERY_KEY }),
      ]),
  });
}
