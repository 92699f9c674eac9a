import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { PARTNER_REQUESTS_QUERY_KEY } from './get-partner-requests';

export interface ClosePartnerRequestInput {
  requestId: string;
  version: number;
}

export async function closePartnerRequest(
  client: ApiClient,
  { requestId, version }: ClosePartnerRequestInput,
) {
  return unwrap(
    await client.POST('/api/organisation/partner-requests/{requestId}/close', {
      params: { path: { requestId } },
      body: { version },
    }),
  );
}

/**
 * Closes one of the authority's own requests, with the version read. The lists are refetched whether it
 * worked or the request had changed meanwhile (409).
 */
export function useClosePartnerRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ClosePartnerRequestInput) => closePartnerRequest(client, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PARTNER_REQUESTS_QUERY_KEY }),
  });
}
