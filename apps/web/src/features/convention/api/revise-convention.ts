import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { ConventionTextInput } from './draft-convention';
import { useConventionWrite } from './use-convention-write';

export async function reviseConvention(client: ApiClient, partnershipId: string, body: ConventionTextInput) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/convention', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Revises the convention into a new version; approvals of earlier versions no longer count. */
export function useReviseConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, reviseConvention);
}
