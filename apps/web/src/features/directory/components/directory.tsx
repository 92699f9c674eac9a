import { ACTION_THEMES, ORGANISATION_KINDS } from '@passerelle/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { CountrySelect } from '../../../components/ui/country-select';
import { describeError } from '../../../components/ui/error-text';
import { languageName } from '../../../components/ui/language-name';
import { themeLabel, themeName } from '../../../components/ui/theme-name';
import { useDirectory, type DirectoryEntry } from '../api/search-directory';
import {
  directoryFiltersFrom,
  FILTER_PARAMS,
  partnerRequestFiltersOf,
  type FilterName,
} from './directory-filters';
import { PartnerRequests } from './partner-requests';

/**
 * The directory of listed authorities, filtered by country, type, language, theme and words, the filters
 * kept in the address so that a search can be shared; then the partner requests for the same country and
 * theme. Authorities that may run partnerships post and close their own requests.
 */
export function Directory({
  organisationId,
  canRun,
}: {
  organisationId: string | undefined;
  canRun: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters = directoryFiltersFrom(params);
  const directory = useDirectory(filters);
  const value = (name: FilterName) => params.get(FILTER_PARAMS[name]) ?? '';
  const setFilter = (name: FilterName) => (event: { target: { value: string } }) => {
    const next = event.target.value;
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(FILTER_PARAMS[name], next);
        else updated.delete(FILTER_PARAMS[name]);
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const hasFilters = Object.values(FILTER_PARAMS).some((param) => params.has(param));
  const entries = directory.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-labelledby={`${id}-filters`}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('directory.filters')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('directory.country')}</label>
          <CountrySelect
            control={{ id: `${id}-country` }}
            name="country"
            value={value('country')}
            onChange={(country) => setFilter('country')({ target: { value: country } })}
            emptyLabel={t('directory.anyCountry')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('directory.kind')}</label>
          <select id={`${id}-kind`} value={value('kind')} onChange={setFilter('kind')}>
            <option value="">{t('directory.anyKind')}</option>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organisationKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('directory.language')}</label>
          <input
            id={`${id}-language`}
            className="input--short"
            maxLength={20}
            autoComplete="off"
            aria-describedby={`${id}-language-hint`}
            value={value('language')}
            onChange={setFilter('language')}
          />
          <p id={`${id}-language-hint`} className="field__hint">
            {t('directory.languageHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-theme`}>{t('directory.theme')}</label>
          <select id={`${id}-theme`} value={value('theme')} onChange={setFilter('theme')}>
            <option value="">{t('directory.anyTheme')}</option>
            {ACTION_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {themeLabel(t, theme, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('directory.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            maxLength={100}
            aria-describedby={`${id}-q-hint`}
            value={value('q')}
            onChange={setFilter('q')}
          />
          <p id={`${id}-q-hint`} className="field__hint">
            {t('directory.searchHint')}
          </p>
        </div>
        {hasFilters && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setParams(new URLSearchParams(), { replace: true, preventScrollReset: true })}
          >
            {t('directory.reset')}
          </button>
        )}
      </form>
      <section className="panel panel--section" aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`}>{t('directory.resultsTitle')}</h2>
        {directory.isPending && <p role="status">{t('common.loading')}</p>}
        {directory.isError && <p role="alert">{describeError(t, directory.error)}</p>}
        {directory.isSuccess &&
          (entries.length === 0 ? (
            <p>{t('directory.empty')}</p>
          ) : (
            <ul className="directory-list">
              {entries.map((entry) => (
                <DirectoryCard key={entry.organisationId} entry={entry} />
              ))}
            </ul>
          ))}
        {directory.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={directory.isFetchingNextPage}
            onClick={() => void directory.fetchNextPage()}
          >
            {t('directory.more')}
          </button>
        )}
      </section>
      <PartnerRequests
        filters={partnerRequestFiltersOf(filters)}
        organisationId={organisationId}
        canRun={canRun}
      />
    </>
  );
}

function DirectoryCard({ entry }: { entry: DirectoryEntry }) {
  const { t, i18n } = useTranslation();
  const nameId = useId();
  const themes = (list: readonly string[]) => list.map((theme) => themeName(t, theme)).join(', ');
  return (
    <li className="directory-card">
      <article aria-labelledby={nameId}>
        <h3 id={nameId} className="directory-card__name">
          {entry.name}
        </h3>
        <p className="muted">
          {t(`organisationKinds.${entry.kind}`)} · {countryName(entry.countryCode, i18n.language)}
        </p>
        {entry.summary && <p>{entry.summary}</p>}
        {entry.languages.length > 0 && (
          <p>
            {t('directory.languages', {
              languages: entry.languages.map((tag) => languageName(tag, i18n.language)).join(', '),
            })}
          </p>
        )}
        {entry.themesOffered.length > 0 && (
          <p>{t('directory.themesOffered', { themes: themes(entry.themesOffered) })}</p>
        )}
        {entry.themesSought.length > 0 && (
          <p>{t('directory.themesSought', { themes: themes(entry.themesSought) })}</p>
        )}
      </article>
    </li>
  );
}
