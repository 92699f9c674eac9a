import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type IatiActivityFile = Schemas['IatiFileView'];
export type IatiIssue = Schemas['IatiIssueView'];

/** Under the partnerships' key: whatever refreshes every partnership query refreshes the file's summary too. */
export const IATI_ACTIVITY_FILE_QUERY_KEY = ['partnerships', 'iati-activity-file'] as const;

export async function getIatiActivityFile(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/iati/activity-file', { signal }));
}

/** What the authority's IATI file carries, and what keeps actions out of it. */
export function iatiActivityFileQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: IATI_ACTIVITY_FILE_QUERY_KEY,
    queryFn: ({ signal }) => getIatiActivityFile(client, signal),
  });
}

export function useIatiActivityFile() {
  return useQuery(iatiActivityFileQueryOptions(useApiClient()));
}

/** The XML itself: a plain link downloads it with the session cookie (a GET needs no CSRF token). */
export const IATI_ACTIVITY_FILE_XML_HREF = '/api/iati/activity-file/xml';
