import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type SetPartyGovernanceInput = Schemas['SetPartyGovernanceDto'];

export async function setPartyGovernance(
  client: ApiClient,
  target: { partnershipId: string; organisationId: string },
  body: SetPartyGovernanceInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/parties/{organisationId}/governance', {
      params: { path: target },
      body,
    }),
  );
}

/** Who may review for the party follows its governance: every query about partnerships is refreshed. */
export function useSetPartyGovernance(partnershipId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, ...body }: SetPartyGovernanceInput & { organisationId: string }) =>
      setPartyGovernance(client, { partnershipId, organisationId }, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['partnerships'] }),
  });
}
