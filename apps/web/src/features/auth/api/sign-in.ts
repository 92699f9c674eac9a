import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useApplySession } from './get-session';

export type SignInInput = Schemas['LoginDto'];

export async function signIn(client: ApiClient, body: SignInInput) {
  return unwrap(await client.POST('/api/auth/login', { body }));
}

export function useSignIn() {
  const client = useApiClient();
  const applySession = useApplySession();
  return useMutation({
    mutationFn: (input: SignInInput) => signIn(client, input),
    onSuccess: applySession,
  });
}
