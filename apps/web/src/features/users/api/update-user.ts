import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { USERS_QUERY_KEY } from './get-users';

export type UpdateUserInput = Schemas['UpdateUserDto'];

export async function updateUser(client: ApiClient, userId: string, body: UpdateUserInput) {
  return unwrap(
    await client.PATCH('/api/organisation/users/{userId}', { params: { path: { userId } }, body }),
  );
}

/** Changes a role or disables an account with the row's `version`; success or refusal, the list is refetched. */
export function useUpdateUser() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: UpdateUserInput & { userId: string }) =>
      updateUser(client, userId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
