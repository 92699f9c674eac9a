import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { PARTNER_REQUESTS_QUERY_KEY } from './get-partner-requests';

export type CreatePartnerRequestInput = Schemas['CreatePartnerRequestDto'];

export async function createPartnerRequest(client: ApiClient, body: CreatePartnerRequestInput) {
  return unwrap(await client.POST('/api/organisation/partner-requests', { body }));
}

/** Posts the authority's request for a partner; the lists of requests are refetched. */
export function useCreatePartnerRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePartnerRequestInput) => createPartnerRequest(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PARTNER_REQUESTS_QUERY_KEY }),
  });
}
