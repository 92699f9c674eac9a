import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { ensureOk } from '../../../lib/api/problem';

export type ChangePasswordInput = Schemas['ChangePasswordDto'];

export async function changePassword(client: ApiClient, body: ChangePasswordInput): Promise<void> {
  ensureOk(await client.POST('/api/auth/password', { body }));
}

export function useChangePassword() {
  const client = useApiClient();
  return useMutation({ mutationFn: (input: ChangePasswordInput) => changePassword(client, input) });
}
