import { PARTNERSHIP_STATUSES, STEP_IDS } from '@passerelle/domain';
import { isOneOf } from '../../../lib/is-one-of';
import type { PortfolioFilters, PortfolioSort } from '../api/get-portfolio';

/**
 * The address keeps the filters in French
 * (`/tableau-de-bord?statut=active&etape=INITIATION&pays=ML&sommeil=oui&q=eau&tri=health`).
 */
export const FILTER_PARAMS = {
  status: 'statut',
  step: 'etape',
  country: 'pays',
  fallingAsleep: 'sommeil',
  q: 'q',
  sort: 'tri',
} as const;

export type FilterName = keyof typeof FILTER_PARAMS;

/** The value of `sommeil` when only the partnerships falling asleep are shown. */
export const FALLING_ASLEEP_ONLY = 'oui';

export const PORTFOLIO_SORTS = [
  'title',
  'health',
  'step',
  'next_due',
] as const satisfies readonly PortfolioSort[];

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/**
 * The filters the API is asked for, from the address: a status, a step or a sort only from their lists, a
 * country only once it is an ISO code, words trimmed to the API's 100 characters.
 */
export function portfolioFiltersFrom(params: URLSearchParams): PortfolioFilters {
  const filters: PortfolioFilters = {};
  const status = params.get(FILTER_PARAMS.status) ?? '';
  if (isOneOf(PARTNERSHIP_STATUSES, status)) filters.status = status;
  const step = params.get(FILTER_PARAMS.step) ?? '';
  if (isOneOf(STEP_IDS, step)) filters.step = step;
  const country = params.get(FILTER_PARAMS.country)?.trim() ?? '';
  if (COUNTRY_CODE.test(country)) filters.country = country.toUpperCase();
  if (params.get(FILTER_PARAMS.fallingAsleep) === FALLING_ASLEEP_ONLY) filters.fallingAsleep = 'true';
  const q = params.get(FILTER_PARAMS.q)?.trim().slice(0, 100) ?? '';
  if (q) filters.q = q;
  const sort = params.get(FILTER_PARAMS.sort) ?? '';
  if (isOneOf(PORTFOLIO_SORTS, sort)) filters.sort = sort;
  return filters;
}

/** Whether the address narrows the table (the sort alone does not). */
export function hasNarrowingFilters(params: URLSearchParams): boolean {
  return (Object.keys(FILTER_PARAMS) as FilterName[])
    .filter((name) => name !== 'sort')
    .some((name) => params.has(FILTER_PARAMS[name]));
}
