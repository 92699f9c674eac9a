import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

/** A new visit carries no version: it adds to the partnership without overwriting anything read. */
export type PlanVisitInput = Schemas['PlanVisitDto'];

export async function planVisit(client: ApiClient, partnershipId: string, body: PlanVisitInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/visits', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export function usePlanVisit(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: PlanVisitInput) =>
    planVisit(client, partnershipId, input),
  );
}
