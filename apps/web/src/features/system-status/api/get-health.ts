import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { ApiProblemError, isProblem } from '../../../lib/api/problem';

export type HealthChecks = Schemas['HealthChecksDto'];

/** What the home page shows: every service's state, whether or not the API called itself healthy. */
export interface HealthReport {
  ok: boolean;
  checks: HealthChecks;
}

export async function getHealth(client: ApiClient, signal?: AbortSignal): Promise<HealthReport> {
  const { data, error, response } = await client.GET('/api/health', { signal });
  if (data) return { ok: true, checks: data.checks };
  // 503 is an answer, not a failure: its problem document still lists each service.
  if (response.status === 503 && error && 'checks' in error) return { ok: false, checks: error.checks };
  throw new ApiProblemError(response.status, isProblem(error) ? error : undefined);
}

export function healthQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(client, signal),
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}

export function useHealth() {
  return useQuery(healthQueryOptions(useApiClient()));
}
