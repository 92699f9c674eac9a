import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePoliticalDialogueWrite } from './use-political-dialogue-write';

export type ProposePriorityInput = Schemas['ProposePriorityDto'];

export async function proposePriority(client: ApiClient, partnershipId: string, body: ProposePriorityInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/political-dialogue/priorities', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Proposes a priority, agreed at once by the signed-in user's party; the other parties agree in turn. */
export function useProposePriority(partnershipId: string) {
  return usePoliticalDialogueWrite(partnershipId, proposePriority);
}
