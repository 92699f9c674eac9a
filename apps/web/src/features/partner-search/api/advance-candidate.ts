import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnerSearchWrite } from './use-partner-search-write';

export type AdvanceCandidateInput = Schemas['AdvanceCandidateDto'] & { candidateId: string };

/** The stages a user moves a candidate to; `accepted` comes only from the candidate accepting the invitation. */
export type ManualCandidateStage = Schemas['AdvanceCandidateDto']['stage'];

export async function advanceCandidate(
  client: ApiClient,
  partnershipId: string,
  { candidateId, ...body }: AdvanceCandidateInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/candidates/{candidateId}/advance', {
      params: { path: { partnershipId, candidateId } },
      body,
    }),
  );
}

/** Moves a candidate forward (or out: declined, dropped), with the candidate's version read. */
export function useAdvanceCandidate(partnershipId: string) {
  return usePartnerSearchWrite(
    partnershipId,
    (client, input: AdvanceCandidateInput) => advanceCandidate(client, partnershipId, input),
    (pipeline) => pipeline,
  );
}
