import { TERRITORY_ACTOR_KINDS } from '@passerelle/domain';
import { isOneOf } from '../../../lib/is-one-of';
import type { TerritoryActorFilters } from '../api/list-territory-actors';

/** The address keeps the filters in French (`/organisation/acteurs?q=lycée&type=school`). */
export const FILTER_PARAMS = { q: 'q', kind: 'type' } as const;

export type FilterName = keyof typeof FILTER_PARAMS;

/** The filters the API is asked for, from the address: words once trimmed, a kind only from the list. */
export function territoryActorFiltersFrom(params: URLSearchParams): TerritoryActorFilters {
  const filters: TerritoryActorFilters = {};
  const q = params.get(FILTER_PARAMS.q)?.trim().slice(0, 100) ?? '';
  if (q) filters.q = q;
  const kind = params.get(FILTER_PARAMS.kind) ?? '';
  if (isOneOf(TERRITORY_ACTOR_KINDS, kind)) filters.kind = kind;
  return filters;
}
