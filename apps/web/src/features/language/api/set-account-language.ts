import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { Language } from '../../../lib/i18n/i18n';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';
import type { Session } from '../../auth/api/get-session';

export async function setAccountLanguage(client: ApiClient, language: Language) {
  return unwrap(await client.PUT('/api/me/language', { body: { language } }));
}

/**
 * Keeps the chosen language on the account, so that mails, reminders, PDFs and exports follow it and the next
 * sign-in, on any device, opens in it; the cached session learns it too.
 */
export function useSetAccountLanguage() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => setAccountLanguage(client, language),
    onSuccess: ({ language }) =>
      queryClient.setQueryData<Session>(SESSION_QUERY_KEY, (session) =>
        session?.user ? { ...session, user: { ...session.user, language } } : session,
      ),
  });
}
