import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnershipStatusWrite } from './use-partnership-status-write';

export type ResumePartnershipInput = Schemas['VersionedDto'];

export async function resumePartnership(
  client: ApiClient,
  partnershipId: string,
  body: ResumePartnershipInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/resumption', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Resumes a suspended partnership. */
export function useResumePartnership(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, resumePartnership);
}
