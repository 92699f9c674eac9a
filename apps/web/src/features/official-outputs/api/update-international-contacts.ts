import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { ATLAS_SHEET_QUERY_KEY } from './get-atlas-sheet';
import { HANDOVER_DOSSIER_QUERY_KEY } from './get-handover-dossier';

export type OrganisationUpdate = Schemas['UpdateOrganisationDto'];

/** The organisation's profile, as the API answers it (the version the next change must carry). */
export const OWN_ORGANISATION_KEY = ['organisation'] as const;

export async function getOwnOrganisation(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/organisation', { signal }));
}

export async function updateOwnOrganisation(client: ApiClient, body: OrganisationUpdate) {
  return unwrap(await client.PATCH('/api/organisation', { body }));
}

/** Saves the authority's international contacts with the organisation version read. */
export function useUpdateInternationalContacts() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationUpdate) => updateOwnOrganisation(client, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: OWN_ORGANISATION_KEY }),
        queryClient.invalidateQueries({ queryKey: ATLAS_SHEET_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: HANDOVER_DOSSIER_QUERY_KEY }),
      ]),
  });
}

export function useOwnOrganisationProfile() {
  const client = useApiClient();
  return useQuery({
    queryKey: OWN_ORGANISATION_KEY,
    queryFn: ({ signal }) => getOwnOrganisation(client, signal),
  });
}
