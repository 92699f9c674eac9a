import { interfaceLanguageOf } from '@passerelle/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type HandoverDossier = Schemas['HandoverDossierView'];
export type HandoverPartnership = Schemas['HandoverPartnershipView'];
export type HandoverGrant = Schemas['HandoverGrantView'];

export const HANDOVER_DOSSIER_QUERY_KEY = ['partnerships', 'handover-dossier'] as const;

export async function getHandoverDossier(client: ApiClient, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/handover-dossier', { signal }));
}

/** What a new team must know about each of the authority's partnerships, as of today. */
export function handoverDossierQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: HANDOVER_DOSSIER_QUERY_KEY,
    queryFn: ({ signal }) => getHandoverDossier(client, signal),
  });
}

export function useHandoverDossier() {
  return useQuery(handoverDossierQueryOptions(useApiClient()));
}

/** The dossier as a PDF in the reader's language, downloaded by a plain link. */
export function handoverDossierPdfHref(language: string): string {
  return `/api/handover-dossier/pdf?language=${interfaceLanguageOf(language)}`;
}
