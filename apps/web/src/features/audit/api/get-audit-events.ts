import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type AuditEvent = Schemas['AuditEventDto'];
/** What an event is about: the kinds the trail filters by. */
export type AuditEntityType = AuditEvent['entityType'];

/** The filters of the audit trail, as the API takes them (`from`/`to` are ISO instants). */
export interface AuditFilters {
  entityType?: AuditEntityType;
  userId?: string;
  from?: string;
  to?: string;
}

export async function getAuditEvents(
  client: ApiClient,
  filters: AuditFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return unwrap(await client.GET('/api/audit-events', { params: { query: { ...filters, cursor } }, signal }));
}

export function auditEventsQueryOptions(client: ApiClient, filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit-events', filters],
    queryFn: ({ signal, pageParam }) => getAuditEvents(client, filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery(auditEventsQueryOptions(useApiClient(), filters));
}
