import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type FundingCall = Schemas['FundingCallView'];
export type FundingCallInput = Schemas['FundingCallDto'];
export type CallRuleKind = Schemas['CallRuleDto']['kind'];

export async function getFundingCalls(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/funding-calls', { signal }));
}

/** The calls for projects the signed-in person's authority follows. */
export function fundingCallsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['funding-calls'],
    queryFn: ({ signal }) => getFundingCalls(client, signal),
  });
}

export function useFundingCalls() {
  return useQuery(fundingCallsQueryOptions(useApiClient()));
}
