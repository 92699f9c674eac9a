import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { unwrap } from '../../../lib/api/problem';

/** How far the initiator's territory actors carry the approach (`figures.territoryActors`). */
export interface TerritoryActorInvolvement {
  readonly associatedActors: number;
  readonly associatedKinds: readonly string[];
  readonly requiredActors: number;
  readonly requiredKinds: number;
}

export type MethodAssessment = Schemas['AssessmentView'];

/**
 * The partnership's assessment, under the key every write refreshes (shared with the stepper): what the
 * commitment gate reads. Features do not import each other, so this feature keeps its own fetcher.
 */
export function methodAssessmentQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: assessmentQueryKey(partnershipId),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/partnerships/{partnershipId}/assessment', {
          params: { path: { partnershipId } },
          signal,
        }),
      ),
  });
}

export function useMethodAssessment(partnershipId: string) {
  return useQuery(methodAssessmentQueryOptions(useApiClient(), partnershipId));
}

/** The involvement figure, when the assessment carries it (it is a free-form figures object). */
export function territoryActorInvolvementOf(assessment: MethodAssessment): TerritoryActorInvolvement | null {
  const figure = (assessment.figures as { territoryActors?: TerritoryActorInvolvement }).territoryActors;
  return figure && typeof figure.associatedActors === 'number' ? figure : null;
}
