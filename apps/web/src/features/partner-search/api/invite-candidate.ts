import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnerSearchWrite } from './use-partner-search-write';

export type InviteCandidateInput = Schemas['InvitePartnerDto'] & { candidateId: string };

export async function inviteCandidate(
  client: ApiClient,
  partnershipId: string,
  { candidateId, ...body }: InviteCandidateInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/candidates/{candidateId}/invitation', {
      params: { path: { partnershipId, candidateId } },
      body,
    }),
  );
}

/**
 * A proposed candidate agreed: its contact gets the partner invitation. The candidate becomes `accepted`, and
 * a party, only when the invitation is accepted; the answer is the invitation, so the pipeline is refetched.
 */
export function useInviteCandidate(partnershipId: string) {
  return usePartnerSearchWrite(
    partnershipId,
    (client, input: InviteCandidateInput) => inviteCandidate(client, partnershipId, input),
    () => undefined,
  );
}
