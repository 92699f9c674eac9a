import { interfaceLanguageOf } from '@passerelle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type AtlasSheet = Schemas['AtlasSheetView'];

/** Under the partnerships' key: whatever refreshes every partnership query refreshes the sheet too. */
export const ATLAS_SHEET_QUERY_KEY = ['partnerships', 'atlas-sheet'] as const;

export async function getAtlasSheet(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/atlas-sheet', { signal }));
}

/** The authority's entry in the national atlas of decentralised cooperation: its contacts and project sheets. */
export function atlasSheetQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ATLAS_SHEET_QUERY_KEY,
    queryFn: ({ signal }) => getAtlasSheet(client, signal),
  });
}

export function useAtlasSheet() {
  return useQuery(atlasSheetQueryOptions(useApiClient()));
}

/**
 * An export of the sheet in the reader's language: a plain link downloads it with the session cookie (a GET
 * needs no CSRF).
 */
export function atlasSheetExportHref(
  format: 'xlsx' | 'csv',
  language: string,
  part: 'projects' | 'contacts' = 'projects',
): string {
  return `/api/atlas-sheet/export?format=${format}&language=${interfaceLanguageOf(language)}${format === 'csv' ? `&part=${part}` : ''}`;
}
