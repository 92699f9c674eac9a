import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnerSearchWrite } from './use-partner-search-write';

export type AddCandidateInput = Schemas['AddCandidateDto'];

export async function addCandidate(client: ApiClient, partnershipId: string, body: AddCandidateInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/candidates', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** A new candidate enters the pipeline at `identified`, with the channel it came through. */
export function useAddCandidate(partnershipId: string) {
  return usePartnerSearchWrite(
    partnershipId,
    (client, input: AddCandidateInput) => addCandidate(client, partnershipId, input),
    (pipeline) => pipeline,
  );
}
