import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Dialogue = Schemas['DialogueView'];
export type DialogueParty = Schemas['DialoguePartyView'];
export type DialoguePerson = Schemas['PersonView'];
export type DialogueAudience = Schemas['AudiencePlanView']['audience'];
export type DialogueChannel = Schemas['RecordDialogueEventDto']['channel'];

export async function getDialogue(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/dialogue', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The dialogue between the partners: the plan (audiences, cadence, channels, participants, approvals), the
 * next exchange due per audience, whether the relation is falling asleep, the latest exchanges and the people
 * of each party, with the partnership version every write must carry.
 */
export function dialogueQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'dialogue'],
    queryFn: ({ signal }) => getDialogue(client, partnershipId, signal),
  });
}

export function useDialogue(partnershipId: string) {
  return useQuery(dialogueQueryOptions(useApiClient(), partnershipId));
}
