import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type Presentation = Schemas['PresentationView'];
export type PresentationTexts = Schemas['PresentationSectionsView'];
export type PresentationLanguage = Schemas['UpdatePresentationDto']['language'];

/** The languages a presentation is written in: French, the main text, and its English translation. */
export const PRESENTATION_LANGUAGES = ['fr', 'en'] as const satisfies readonly PresentationLanguage[];

export async function getPresentation(client: ApiClient, partnershipId: string, signal?: AbortSignal) {
  return unwrap(
    await client.GET('/api/partnerships/{partnershipId}/presentation', {
      params: { path: { partnershipId } },
      signal,
    }),
  );
}

/**
 * The authority's step 3 presentation in French and English, a draft written from its step 1 file, the
 * sections of the French text still empty, and the partnership version every write must carry.
 */
export function presentationQueryOptions(client: ApiClient, partnershipId: string) {
  return queryOptions({
    queryKey: ['partnerships', partnershipId, 'presentation'],
    queryFn: ({ signal }) => getPresentation(client, partnershipId, signal),
  });
}

export function usePresentation(partnershipId: string) {
  return useQuery(presentationQueryOptions(useApiClient(), partnershipId));
}

/**
 * The address of the presentation as a PDF. A plain link downloads it: same origin, so the session cookie
 * goes with it.
 */
export function presentationPdfHref(partnershipId: string, language: PresentationLanguage): string {
  const query = new URLSearchParams({ language }).toString();
  return `/api/partnerships/${encodeURIComponent(partnershipId)}/presentation/pdf?${query}`;
}
