import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type ChangePartnershipFormInput = Schemas['ChangePartnershipFormDto'];

export async function changePartnershipForm(
  client: ApiClient,
  partnershipId: string,
  body: ChangePartnershipFormInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/form', { params: { path: { partnershipId } }, body }),
  );
}

/** The form decides the steps and criteria: every query about partnerships is refreshed. */
export function useChangePartnershipForm(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePartnershipFormInput) => changePartnershipForm(client, partnershipId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnerships'] }),
  });
}
