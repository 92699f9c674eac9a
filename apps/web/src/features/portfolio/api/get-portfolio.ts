import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { operations } from '../../../lib/api/schema';

export type Portfolio = Schemas['PortfolioView'];
export type PortfolioRow = Schemas['PortfolioRowView'];

/** The portfolio's filters and sort, as the API takes them (`status`, `step`, `country`, `fallingAsleep`, `q`, `sort`). */
export type PortfolioFilters = NonNullable<operations['getPortfolio']['parameters']['query']>;

export type PortfolioSort = NonNullable<PortfolioFilters['sort']>;

/**
 * Under the partnerships' key: whatever refreshes every partnership query (a visit planned, an exchange
 * logged, a status changed) refreshes the dashboard too.
 */
export function portfolioQueryKey(filters: PortfolioFilters) {
  return ['partnerships', 'portfolio', filters] as const;
}

export async function getPortfolio(client: ApiClient, filters: PortfolioFilters, signal?: AbortSignal) {
  return unwrap(await client.GET('/api/portfolio', { params: { query: filters }, signal }));
}

/** The authority's partnerships matching the filters, with the counts and the map of the whole portfolio. */
export function portfolioQueryOptions(client: ApiClient, filters: PortfolioFilters) {
  return queryOptions({
    queryKey: portfolioQueryKey(filters),
    queryFn: ({ signal }) => getPortfolio(client, filters, signal),
    // Changing a filter keeps the current table until the new one arrives, rather than a loading message.
    placeholderData: keepPreviousData,
  });
}

export function usePortfolio(filters: PortfolioFilters) {
  return useQuery(portfolioQueryOptions(useApiClient(), filters));
}

export type PortfolioExportFormat = 'csv' | 'xlsx';

/**
 * The export of the table with the same filters and sort, in the reader's language (headers and values;
 * a French CSV uses `;` and decimal commas). A plain link downloads it: the browser sends the session cookie
 * with it, and a GET needs no CSRF token.
 */
export function portfolioExportHref(
  filters: PortfolioFilters,
  format: PortfolioExportFormat,
  language: string,
): string {
  const query = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  query.set('language', language);
  return `/api/portfolio/${format}?${query.toString()}`;
}
