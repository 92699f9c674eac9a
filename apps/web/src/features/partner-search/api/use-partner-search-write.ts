import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { assessmentQueryKey } from '../../../lib/api/partnership-query-keys';
import { ApiProblemError } from '../../../lib/api/problem';
import { candidatesQueryOptions, type Candidates } from './get-candidates';
import { suggestedPartnersQueryKey } from './get-suggested-partners';

/**
 * A step 2 write. An answer carrying the pipeline is stored as is, otherwise the pipeline is refetched; the
 * assessment and the suggested partners (never a candidate already) follow from it and are refetched too. A refusal because the partnership moved on (409: someone
 * else wrote meanwhile, the candidate changed stage…) or lost the candidate (404) reloads the pipeline.
 */
export function usePartnerSearchWrite<Input, Output>(
  partnershipId: string,
  write: (client: ApiClient, input: Input) => Promise<Output>,
  pipelineOf: (output: Output) => Candidates | undefined,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = candidatesQueryOptions(client, partnershipId);
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSuccess: (output) => {
      const pipeline = pipelineOf(output);
      if (pipeline) queryClient.setQueryData(queryKey, pipeline);
      else return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onError: (error) => {
      if (error instanceof ApiProblemError && (error.status === 409 || error.status === 404))
        return queryClient.invalidateQueries({ queryKey });
      return undefined;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentQueryKey(partnershipId) }),
        queryClient.invalidateQueries({ queryKey: suggestedPartnersQueryKey(partnershipId) }),
      ]),
  });
}
