import { PARTNERSHIP_STATUSES, STEP_IDS } from '@passerelle/domain';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { usePortfolio, portfolioExportHref, type Portfolio } from '../api/get-portfolio';
import { WorldMap } from '../world-map';
import {
  FALLING_ASLEEP_ONLY,
  FILTER_PARAMS,
  hasNarrowingFilters,
  PORTFOLIO_SORTS,
  portfolioFiltersFrom,
  type FilterName,
} from './portfolio-filters';
import { PortfolioSummary } from './portfolio-summary';
import { PortfolioTable } from './portfolio-table';
import './portfolio.css';

const NO_FILTERS = {};

/** The partner countries of the whole portfolio, by name in `language`, and the chosen one if it is not among them. */
function countryOptions(portfolio: Portfolio | undefined, selected: string | undefined, language: string) {
  const codes = new Set((portfolio?.map ?? []).map((partner) => partner.countryCode.toUpperCase()));
  if (selected) codes.add(selected);
  return [...codes]
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/**
 * The authority's partnerships at a glance: figures for the whole portfolio, the partners on a world map
 * (choosing a country filters the table), filters kept in the address so that a view can be shared or
 * bookmarked, the table, and its CSV export with the same filters.
 */
export function PortfolioDashboard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters = portfolioFiltersFrom(params);
  // The whole portfolio (the same query as the table's when nothing is filtered): figures and countries.
  const overall = usePortfolio(NO_FILTERS);
  const portfolio = usePortfolio(filters);

  const setParam = (name: FilterName, next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(FILTER_PARAMS[name], next);
        else updated.delete(FILTER_PARAMS[name]);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  const onChange = (name: FilterName) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setParam(name, event.target.value);
  const value = (name: FilterName) => params.get(FILTER_PARAMS[name]) ?? '';
  const resetFilters = () =>
    setParams(
      (current) => {
        const kept = new URLSearchParams();
        const sort = current.get(FILTER_PARAMS.sort);
        if (sort) kept.set(FILTER_PARAMS.sort, sort);
        return kept;
      },
      { replace: true, preventScrollReset: true },
    );

  if (portfolio.isPending) return <p role="status">{t('common.loading')}</p>;
  if (portfolio.isError) return <p role="alert">{describeError(t, portfolio.error)}</p>;

  const view = portfolio.data;
  if (view.total === 0) {
    return (
      <div className="callout">
        <p>{t('portfolio.empty')}</p>
        <p className="link-line">
          <Link to="/partenariats">{t('portfolio.emptyLink')}</Link>
        </p>
      </div>
    );
  }

  const narrowed = hasNarrowingFilters(params);
  return (
    <>
      {overall.data && <PortfolioSummary portfolio={overall.data} />}
      <section className="panel panel--section" aria-labelledby={`${id}-map`}>
        <h2 id={`${id}-map`}>{t('portfolio.mapTitle')}</h2>
        <WorldMap
          partners={view.map}
          homeCountryCode={view.homeCountryCode || undefined}
          onSelectCountry={(code) => setParam('country', code)}
          equivalentControl={`${id}-country`}
        />
        <p className="muted">{t('portfolio.mapHint')}</p>
      </section>
      <form
        className="filters portfolio-filters"
        role="search"
        aria-labelledby={`${id}-filters`}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('portfolio.filters.title')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('portfolio.filters.status')}</label>
          <select id={`${id}-status`} value={filters.status ?? ''} onChange={onChange('status')}>
            <option value="">{t('portfolio.filters.anyStatus')}</option>
            {PARTNERSHIP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`partnerships.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-step`}>{t('portfolio.filters.step')}</label>
          <select id={`${id}-step`} value={filters.step ?? ''} onChange={onChange('step')}>
            <option value="">{t('portfolio.filters.anyStep')}</option>
            {STEP_IDS.map((step) => (
              <option key={step} value={step}>
                {t(`steps.${step}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('portfolio.filters.country')}</label>
          <select id={`${id}-country`} value={filters.country ?? ''} onChange={onChange('country')}>
            <option value="">{t('portfolio.filters.anyCountry')}</option>
            {countryOptions(overall.data, filters.country, language).map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('portfolio.filters.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            maxLength={100}
            aria-describedby={`${id}-q-hint`}
            value={value('q')}
            onChange={onChange('q')}
          />
          <p id={`${id}-q-hint`} className="field__hint">
            {t('portfolio.filters.searchHint')}
          </p>
        </div>
        <div className="field field--checkbox">
          <input
            id={`${id}-asleep`}
            type="checkbox"
            checked={filters.fallingAsleep === 'true'}
            onChange={(event) => setParam('fallingAsleep', event.target.checked ? FALLING_ASLEEP_ONLY : '')}
          />
          <label htmlFor={`${id}-asleep`}>{t('portfolio.filters.fallingAsleep')}</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('portfolio.filters.sort')}</label>
          <select id={`${id}-sort`} value={filters.sort ?? 'title'} onChange={onChange('sort')}>
            {PORTFOLIO_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`portfolio.filters.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        {narrowed && (
          <button type="button" className="button" onClick={resetFilters}>
            {t('portfolio.filters.reset')}
          </button>
        )}
      </form>
      <section
        className="panel panel--section"
        aria-labelledby={`${id}-results`}
        aria-busy={portfolio.isPlaceholderData}
      >
        <div className="portfolio-results__header">
          <h2 id={`${id}-results`}>{t('portfolio.resultsTitle')}</h2>
          <div className="portfolio-results__exports">
            <a className="button" href={portfolioExportHref(filters, 'xlsx', language)} download>
              {t('portfolio.exportXlsx')}
            </a>
            <a className="button" href={portfolioExportHref(filters, 'csv', language)} download>
              {t('portfolio.exportCsv')}
            </a>
          </div>
        </div>
        <p role="status">{t('portfolio.results', { count: view.rows.length, total: view.total })}</p>
        {view.rows.length === 0 ? <p>{t('portfolio.noMatch')}</p> : <PortfolioTable rows={view.rows} />}
      </section>
    </>
  );
}
