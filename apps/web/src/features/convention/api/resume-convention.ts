import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type VersionedInput = Schemas['VersionedDto'];

export async function resumeConvention(client: ApiClient, partnershipId: string, body: VersionedInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention/resumption', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Resumes a suspended convention. */
export function useResumeConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, resumeConvention);
}
