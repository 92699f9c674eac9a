import { TERRITORY_ACTOR_KINDS } from '@passerelle/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { useTerritoryActors } from '../api/list-territory-actors';
import { AddTerritoryActorForm } from './add-territory-actor-form';
import { FILTER_PARAMS, territoryActorFiltersFrom, type FilterName } from './territory-actor-filters';
import { TerritoryActorItem } from './territory-actor-item';

/**
 * The organisation's directory of territory actors, searched by name and filtered by kind (the filters kept
 * in the address), a page at a time; those who may write add and edit actors.
 */
export function TerritoryActorDirectory({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const filters = territoryActorFiltersFrom(params);
  const actors = useTerritoryActors(filters);
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
  const entries = actors.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <form
        className="filters"
        role="search"
        aria-labelledby={`${id}-filters`}
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id={`${id}-filters`} className="visually-hidden">
          {t('territoryActorDirectory.filters')}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('territoryActorDirectory.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            maxLength={100}
            aria-describedby={`${id}-q-hint`}
            value={value('q')}
            onChange={setFilter('q')}
          />
          <p id={`${id}-q-hint`} className="field__hint">
            {t('territoryActorDirectory.searchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('territoryActorDirectory.kindFilter')}</label>
          <select id={`${id}-kind`} value={value('kind')} onChange={setFilter('kind')}>
            <option value="">{t('territoryActorDirectory.anyKind')}</option>
            {TERRITORY_ACTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`actorKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {hasFilters && (
          <button
            type="button"
            className="button"
            onClick={() => setParams(new URLSearchParams(), { replace: true, preventScrollReset: true })}
          >
            {t('territoryActorDirectory.reset')}
          </button>
        )}
      </form>
      <section className="panel panel--section" aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`}>{t('territoryActorDirectory.listTitle')}</h2>
        {actors.isPending && <p role="status">{t('common.loading')}</p>}
        {actors.isError && <p role="alert">{describeError(t, actors.error)}</p>}
        {actors.isSuccess &&
          (entries.length === 0 ? (
            <p>{hasFilters ? t('territoryActorDirectory.noMatch') : t('territoryActorDirectory.empty')}</p>
          ) : (
            <ul className="records">
              {entries.map((actor) => (
                <TerritoryActorItem key={actor.id} actor={actor} canWrite={canWrite} />
              ))}
            </ul>
          ))}
        {actors.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={actors.isFetchingNextPage}
            onClick={() => void actors.fetchNextPage()}
          >
            {t('territoryActorDirectory.more')}
          </button>
        )}
      </section>
      {canWrite && <AddTerritoryActorForm />}
    </>
  );
}
