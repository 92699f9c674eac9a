import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { ORGANISATION_REMINDERS_QUERY_KEY } from './organisation-reminder-query-keys';

export type OrganisationReminder = Schemas['OrganisationReminderView'];
export type ReminderStatus = OrganisationReminder['status'];

export const REMINDER_STATUSES = [
  'failed',
  'pending',
  'sent',
  'skipped',
  'cancelled',
] as const satisfies readonly ReminderStatus[];

export async function getOrganisationReminders(
  client: ApiClient,
  status: ReminderStatus | undefined,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(
    await client.GET('/api/organisation/reminders', { params: { query: { status, cursor } }, signal }),
  );
}

/** The reminders to the organisation's people, newest first, in one status or all (`undefined`). */
export function organisationRemindersQueryOptions(client: ApiClient, status: ReminderStatus | undefined) {
  return infiniteQueryOptions({
    queryKey: [...ORGANISATION_REMINDERS_QUERY_KEY, 'list', status ?? 'all'],
    queryFn: ({ signal, pageParam }) => getOrganisationReminders(client, status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useOrganisationReminders(status: ReminderStatus | undefined) {
  return useInfiniteQuery(organisationRemindersQueryOptions(useApiClient(), status));
}
