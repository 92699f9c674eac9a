import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type CompleteFollowUpInput = Schemas['CompleteFollowUpDto'] & { visitId: string; followUpId: string };

export async function completeFollowUp(
  client: ApiClient,
  partnershipId: string,
  { visitId, followUpId, ...body }: CompleteFollowUpInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/visits/{visitId}/follow-ups/{followUpId}/done', {
      params: { path: { partnershipId, visitId, followUpId } },
      body,
    }),
  );
}

export function useCompleteFollowUp(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: CompleteFollowUpInput) =>
    completeFollowUp(client, partnershipId, input),
  );
}
