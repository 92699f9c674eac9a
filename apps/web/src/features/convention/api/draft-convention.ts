import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useConventionWrite } from './use-convention-write';

export type ConventionTextInput = Schemas['ConventionTextDto'];

export async function draftConvention(client: ApiClient, partnershipId: string, body: ConventionTextInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/convention', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Drafts a (new) convention as its version 1: the full text, the clauses and the terms. */
export function useDraftConvention(partnershipId: string) {
  return useConventionWrite(partnershipId, draftConvention);
}
