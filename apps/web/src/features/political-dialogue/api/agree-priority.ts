import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePoliticalDialogueWrite } from './use-political-dialogue-write';

export type AgreePriorityInput = Schemas['VersionedDto'] & { priorityId: string };

export async function agreePriority(
  client: ApiClient,
  partnershipId: string,
  { priorityId, ...body }: AgreePriorityInput,
) {
  return unwrap(
    await client.POST(
      '/api/partnerships/{partnershipId}/political-dialogue/priorities/{priorityId}/agreement',
      {
        params: { path: { partnershipId, priorityId } },
        body,
      },
    ),
  );
}

/** An elected official gives the agreement of the signed-in user's party to a priority, with the version read. */
export function useAgreePriority(partnershipId: string) {
  return usePoliticalDialogueWrite(partnershipId, agreePriority);
}
