import { ACTION_THEMES, ORGANISATION_KINDS } from '@passerelle/domain';
import { isOneOf } from '../../../lib/is-one-of';
import type { PartnerRequestFilters } from '../api/get-partner-requests';
import type { DirectoryFilters } from '../api/search-directory';

/** The address keeps the filters in French (`/annuaire?pays=ML&type=commune&langue=fr&theme=culture&q=eau`). */
export const FILTER_PARAMS = {
  country: 'pays',
  kind: 'type',
  language: 'langue',
  theme: 'theme',
  q: 'q',
} as const;

export type FilterName = keyof typeof FILTER_PARAMS;

const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The filters the API is asked for, from the address: a country or a language only once it is a code the
 * API takes (typing « M » does not ask for anything), a type or a theme only from the lists.
 */
export function directoryFiltersFrom(params: URLSearchParams): DirectoryFilters {
  const filters: DirectoryFilters = {};
  const country = params.get(FILTER_PARAMS.country)?.trim() ?? '';
  if (COUNTRY_CODE.test(country)) filters.country = country.toUpperCase();
  const kind = params.get(FILTER_PARAMS.kind) ?? '';
  if (isOneOf(ORGANISATION_KINDS, kind)) filters.kind = kind;
  const language = params.get(FILTER_PARAMS.language)?.trim() ?? '';
  if (LANGUAGE_TAG.test(language)) filters.language = language;
  const theme = params.get(FILTER_PARAMS.theme) ?? '';
  if (isOneOf(ACTION_THEMES, theme)) filters.theme = theme;
  const q = params.get(FILTER_PARAMS.q)?.trim().slice(0, 100) ?? '';
  if (q) filters.q = q;
  return filters;
}

/** The partner requests take the country and theme filters of the directory. */
export function partnerRequestFiltersOf(filters: DirectoryFilters): PartnerRequestFilters {
  return {
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.theme ? { theme: filters.theme } : {}),
  };
}
