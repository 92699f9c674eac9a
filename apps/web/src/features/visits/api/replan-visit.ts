import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type ReplanVisitInput = Schemas['ReplanVisitDto'] & { visitId: string };

export async function replanVisit(
  client: ApiClient,
  partnershipId: string,
  { visitId, ...body }: ReplanVisitInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/visits/{visitId}', {
      params: { path: { partnershipId, visitId } },
      body,
    }),
  );
}

export function useReplanVisit(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: ReplanVisitInput) =>
    replanVisit(client, partnershipId, input),
  );
}
