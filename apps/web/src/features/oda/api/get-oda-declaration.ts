import { interfaceLanguageOf } from '@passerelle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type OdaDeclaration = Schemas['OdaDeclarationView'];
export type DeclarationIssue = Schemas['DeclarationIssueView'];
export type OdaCodeLists = Schemas['OdaCodeListsView'];

/** Under the partnerships' key: whatever refreshes every partnership query refreshes the declaration too. */
export function odaDeclarationQueryKey(year: number) {
  return ['partnerships', 'oda-declaration', year] as const;
}

export async function getOdaDeclaration(client: ApiClient, year: number, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/oda/declarations/{year}', { params: { path: { year } }, signal }));
}

/** The authority's ODA of a calendar year by country, channel and sector, and what is missing to declare it. */
export function odaDeclarationQueryOptions(client: ApiClient, year: number) {
  return queryOptions({
    queryKey: odaDeclarationQueryKey(year),
    queryFn: ({ signal }) => getOdaDeclaration(client, year, signal),
  });
}

export function useOdaDeclaration(year: number) {
  return useQuery(odaDeclarationQueryOptions(useApiClient(), year));
}

/** The code lists (DAC sectors in French and English), which change only with a release. */
export function odaCodeListsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: ['oda-code-lists'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/oda/code-lists', { signal })),
    staleTime: Infinity,
  });
}

export function useOdaCodeLists() {
  return useQuery(odaCodeListsQueryOptions(useApiClient()));
}

/**
 * The export of the declaration in the reader's language: a plain link downloads it with the session cookie (a
 * GET needs no CSRF).
 */
export function odaDeclarationExportHref(year: number, format: 'xlsx' | 'csv', language: string): string {
  return `/api/oda/declarations/${year}/export?format=${format}&language=${interfaceLanguageOf(language)}`;
}
