import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { fundingCallsQueryOptions, type FundingCallInput } from './get-funding-calls';

export async function createFundingCall(client: ApiClient, body: FundingCallInput) {
  return unwrap(await client.POST('/api/funding-calls', { body }));
}

/** Adds a call to the authority's list; the list is read again. */
export function useCreateFundingCall() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FundingCallInput) => createFundingCall(client, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingCallsQueryOptions(client).queryKey }),
  });
}
