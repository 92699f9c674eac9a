import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { internalNotesQueryOptions } from './get-internal-notes';

export type AddInternalNoteInput = Schemas['CreateInternalNoteDto'];

export async function addInternalNote(client: ApiClient, partnershipId: string, body: AddInternalNoteInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/internal-notes', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export function useAddInternalNote(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddInternalNoteInput) => addInternalNote(client, partnershipId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: internalNotesQueryOptions(client, partnershipId).queryKey }),
  });
}
