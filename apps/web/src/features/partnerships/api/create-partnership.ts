import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { PARTNERSHIPS_QUERY_KEY } from './get-partnerships';

export type CreatePartnershipInput = Schemas['CreatePartnershipDto'];

export async function createPartnership(client: ApiClient, body: CreatePartnershipInput) {
  return unwrap(await client.POST('/api/partnerships', { body }));
}

export function useCreatePartnership() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePartnershipInput) => createPartnership(client, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PARTNERSHIPS_QUERY_KEY }),
  });
}
