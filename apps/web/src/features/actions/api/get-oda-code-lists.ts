import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';

export type OdaSector = Schemas['OdaSectorView'];
export type OdaSectorCategory = Schemas['OdaSectorCategoryView'];

/**
 * The sectors in their DAC categories, in the list's order, for a picker of some 300 codes. A category the
 * lists do not name (a response cached before categories were served) leaves its sectors ungrouped.
 */
export function groupSectorsByCategory(
  sectors: readonly OdaSector[],
  categories: readonly OdaSectorCategory[],
): Array<{ category: OdaSectorCategory | null; sectors: OdaSector[] }> {
  const byCode = new Map(categories.map((category) => [category.code, category]));
  const groups: Array<{ category: OdaSectorCategory | null; sectors: OdaSector[] }> = [];
  for (const sector of sectors) {
    const category = byCode.get(sector.category) ?? null;
    const last = groups.at(-1);
    if (last && last.category === category) last.sectors.push(sector);
    else groups.push({ category, sectors: [sector] });
  }
  return groups;
}

/** The DAC purpose codes the description form offers; they change only with a release. */
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
