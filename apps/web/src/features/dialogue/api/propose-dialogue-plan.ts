import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useDialogueWrite } from './use-dialogue-write';

export type ProposeDialoguePlanInput = Schemas['ProposeDialoguePlanDto'];
export type AudiencePlanInput = Schemas['AudiencePlanInputDto'];
export type CadenceUnit = Schemas['CadenceDto']['unit'];

export async function proposeDialoguePlan(
  client: ApiClient,
  partnershipId: string,
  body: ProposeDialoguePlanInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/dialogue/plan', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/**
 * Proposes the dialogue plan, or replaces it, for the signed-in user's party: that party approves it by
 * proposing it, and every other party must approve it (again).
 */
export function useProposeDialoguePlan(partnershipId: string) {
  return useDialogueWrite(partnershipId, proposeDialoguePlan);
}
