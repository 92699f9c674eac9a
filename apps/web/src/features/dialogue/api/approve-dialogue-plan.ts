import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useDialogueWrite } from './use-dialogue-write';

export type ApproveDialoguePlanInput = Schemas['ApproveDialoguePlanDto'];

export async function approveDialoguePlan(
  client: ApiClient,
  partnershipId: string,
  body: ApproveDialoguePlanInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/dialogue/plan/approval', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Approves the dialogue plan for the signed-in user's party, with the version read. */
export function useApproveDialoguePlan(partnershipId: string) {
  return useDialogueWrite(partnershipId, approveDialoguePlan);
}
