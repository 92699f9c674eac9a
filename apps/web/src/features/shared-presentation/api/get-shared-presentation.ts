import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type SharedPresentation = Schemas['SharedPresentationView'];

export async function getSharedPresentation(client: ApiClient, token: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/shared-presentations/{token}', { params: { path: { token } }, signal }),
  );
}

/** A presentation shared by link: no session needed, the token in the address is the only key. */
export function sharedPresentationQueryOptions(client: ApiClient, token: string) {
  return queryOptions({
    queryKey: ['shared-presentations', token],
    queryFn: ({ signal }) => getSharedPresentation(client, token, signal),
  });
}

export function useSharedPresentation(token: string) {
  return useQuery(sharedPresentationQueryOptions(useApiClient(), token));
}

/** The shared presentation as a PDF: a plain link, which works without a session too. */
export function sharedPresentationPdfHref(token: string): string {
  return `/api/shared-presentations/${encodeURIComponent(token)}/pdf`;
}
