import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { unwrap } from '../../../lib/api/problem';

export type Assessment = Schemas['AssessmentView'];
export type StepAssessment = Schemas['StepView'];
export type CriterionAssessment = Schemas['CriterionView'];
export type AssessmentWarning = Schemas['WarningView'];

export async function getAssessment(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/assessment', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/** The six steps' status and criteria; every step 1 write invalidates it (the key lives in lib). */
export function assessmentQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: assessmentQueryKey(partnershipId),
    queryFn: ({ signal }) => getAssessment(client, partnershipId, signal),
  });
}

export function useAssessment(partnershipId: string) {
  return useQuery(assessmentQueryOptions(useApiClient(), partnershipId));
}
