import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../components/ui/country-name';
import type { WorldGeometry } from './world-map-geometry';
import './world-map.css';

export interface MapPartner {
  /** ISO 3166-1 alpha-2, e.g. 'ML'. */
  countryCode: string;
  /** The partner authority's name, e.g. 'Bamako'. */
  name: string;
  partnershipCount: number;
  /** 0..100, of the best partnership with that partner; null if unknown. */
  healthScore: number | null;
}

type HealthBand = 'good' | 'fair' | 'poor' | 'unknown';

/** Green from 70, amber from 40, red below, grey when unknown. */
function healthBand(score: number | null): HealthBand {
  if (score === null) return 'unknown';
  if (score >= 70) return 'good';
  if (score >= 40) return 'fair';
  return 'poor';
}

/** The partners of one country, summed up: their names, their partnerships, the best health among them. */
interface CountrySummary {
  code: string;
  partnerNames: string[];
  partnershipCount: number;
  healthScore: number | null;
}

function roundedScore(score: number | null): number | null {
  return score === null ? null : Math.round(score);
}

function summariseByCountry(partners: readonly MapPartner[]): Map<string, CountrySummary> {
  const byCountry = new Map<string, CountrySummary>();
  for (const partner of partners) {
    const code = partner.countryCode.toUpperCase();
    const score = roundedScore(partner.healthScore);
    const summary = byCountry.get(code);
    if (!summary) {
      byCountry.set(code, {
        code,
        partnerNames: [partner.name],
        partnershipCount: partner.partnershipCount,
        healthScore: score,
      });
      continue;
    }
    summary.partnerNames.push(partner.name);
    summary.partnershipCount += partner.partnershipCount;
    if (score !== null && (summary.healthScore === null || score > summary.healthScore)) {
      summary.healthScore = score;
    }
  }
  return byCountry;
}

let worldGeometry: Promise<WorldGeometry> | undefined;

/** The projected countries, computed once: the map data and d3-geo load in their own chunk on first use. */
function loadWorldGeometry(): Promise<WorldGeometry> {
  worldGeometry ??= import('./world-map-geometry').then((module) => module.projectWorld());
  // A failed load (network dropped, chunk gone after a deployment) is tried again on the next mount.
  worldGeometry.catch(() => {
    worldGeometry = undefined;
  });
  return worldGeometry;
}

type GeometryState =
  { status: 'loading' } | { status: 'ready'; geometry: WorldGeometry } | { status: 'failed' };

function useWorldGeometry(): GeometryState {
  const [state, setState] = useState<GeometryState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadWorldGeometry().then(
      (geometry) => current && setState({ status: 'ready', geometry }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}

/** Enter and Space activate an element with `role="button"`, as they would a native button. */
function onActivateKey(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

const LEGEND_BANDS: readonly HealthBand[] = ['good', 'fair', 'poor', 'unknown'];

/**
 * A world map of the partners: each partner country filled by the health of its best partnership, the home
 * country outlined. With `onSelectCountry`, each partner country is a button (Enter or Space selects it).
 * The drawing is an image named by the caption; a visually hidden list of the partners is its text
 * alternative, and also lists partners whose country the map cannot draw.
 */
export function WorldMap({
  partners,
  homeCountryCode,
  onSelectCountry,
  equivalentControl,
}: {
  partners: MapPartner[];
  homeCountryCode?: string;
  onSelectCountry?: (code: string) => void;
  /**
   * The id of the full-size control making the same choice (a country filter): a country is as small as the
   * map draws it, which WCAG 2.5.8 allows when such a control is on the page.
   */
  equivalentControl?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const captionId = `${id}-caption`;
  const geometryState = useWorldGeometry();
  const home = homeCountryCode?.toUpperCase();
  const byCountry = summariseByCountry(partners);
  const listFormat = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });

  const describe = (code: string, partnerNames: string[], partnershipCount: number, score: number | null) =>
    t('portfolio.map.countryLabel', {
      country: countryName(code, language),
      partners: listFormat.format(partnerNames),
      partnerships: t('portfolio.map.partnerships', { count: partnershipCount }),
      health: score === null ? t('portfolio.map.healthUnknown') : t('portfolio.map.health', { score }),
    });
  const describeCountry = (summary: CountrySummary) =>
    describe(summary.code, summary.partnerNames, summary.partnershipCount, summary.healthScore);

  const textAlternative = partners
    .map((partner, index) => ({
      key: `${index}-${partner.countryCode}-${partner.name}`,
      country: countryName(partner.countryCode, language),
      name: partner.name,
      text: describe(
        partner.countryCode.toUpperCase(),
        [partner.name],
        partner.partnershipCount,
        roundedScore(partner.healthScore),
      ),
    }))
    .sort((a, b) => a.country.localeCompare(b.country, language) || a.name.localeCompare(b.name, language));

  const failed = geometryState.status === 'failed';

  return (
    <figure className="world-map">
      <figcaption id={captionId} className="world-map__caption">
        {t('portfolio.map.caption')}
      </figcaption>
      {geometryState.status === 'ready' ? (
        <WorldMapDrawing
          geometry={geometryState.geometry}
          captionId={captionId}
          byCountry={byCountry}
          home={home}
          groupLabel={t('portfolio.map.partnerCountries')}
          describeCountry={describeCountry}
          onSelectCountry={onSelectCountry}
          equivalentControl={equivalentControl}
        />
      ) : (
        <p className="world-map__status muted">
          {failed ? t('portfolio.map.unavailable') : t('portfolio.map.loading')}
        </p>
      )}
      {/* The text alternative: hidden from sight while the map shows, shown when it could not load. */}
      <ul
        className={failed ? 'world-map__list' : 'visually-hidden'}
        aria-label={t('portfolio.map.partnersList')}
      >
        {textAlternative.length === 0 ? (
          <li>{t('portfolio.map.noPartners')}</li>
        ) : (
          textAlternative.map((item) => <li key={item.key}>{item.text}</li>)
        )}
      </ul>
      <ul className="world-map__legend" aria-label={t('portfolio.map.legend.title')}>
        {LEGEND_BANDS.map((band) => (
          <li key={band} className="world-map__legend-item">
            <span className={`world-map__swatch world-map__swatch--${band}`} aria-hidden="true" />
            {t(`portfolio.map.legend.${band}`)}
          </li>
        ))}
        {home && (
          <li className="world-map__legend-item">
            <span className="world-map__swatch world-map__swatch--home" aria-hidden="true" />
            {t('portfolio.map.legend.home')}
          </li>
        )}
      </ul>
    </figure>
  );
}

function WorldMapDrawing({
  geometry,
  captionId,
  byCountry,
  home,
  groupLabel,
  describeCountry,
  onSelectCountry,
  equivalentControl,
}: {
  geometry: WorldGeometry;
  captionId: string;
  byCountry: Map<string, CountrySummary>;
  home: string | undefined;
  groupLabel: string;
  describeCountry: (summary: CountrySummary) => string;
  onSelectCountry: ((code: string) => void) | undefined;
  equivalentControl: string | undefined;
}) {
  const id = useId();
  const viewBox = `0 0 ${geometry.width} ${geometry.height}`;
  // The home country last, so that no neighbour's border covers its outline.
  const shapes = [...geometry.countries].sort(
    (a, b) => Number(a.code !== null && a.code === home) - Number(b.code !== null && b.code === home),
  );
  // A country may be drawn in several shapes: one button per country joins them.
  const partnerCountries = [...byCountry.values()].flatMap((summary) => {
    const d = geometry.countries
      .filter((shape) => shape.code === summary.code)
      .map((shape) => shape.d)
      .join('');
    return d ? [{ summary, d }] : [];
  });

  return (
    <div className="world-map__canvas">
      <svg className="world-map__svg" viewBox={viewBox} role="img" aria-labelledby={captionId}>
        {shapes.map((shape, index) => {
          const summary = shape.code === null ? undefined : byCountry.get(shape.code);
          const classes = [
            'world-map__country',
            summary ? `world-map__country--${healthBand(summary.healthScore)}` : '',
            shape.code !== null && shape.code === home ? 'world-map__country--home' : '',
          ];
          return (
            <path
              key={`${shape.code ?? 'none'}-${index}`}
              className={classes.filter(Boolean).join(' ')}
              d={shape.d}
              data-country={shape.code ?? undefined}
            >
              {summary && <title>{describeCountry(summary)}</title>}
            </path>
          );
        })}
      </svg>
      {onSelectCountry && partnerCountries.length > 0 && (
        // Over the drawing, the same outlines as buttons: an image's content is not interactive.
        <svg
          className="world-map__targets"
          viewBox={viewBox}
          role="group"
          aria-label={groupLabel}
          data-equivalent-control={equivalentControl}
        >
          {partnerCountries.map(({ summary, d }) => {
            const titleId = `${id}-${summary.code}`;
            const select = () => onSelectCountry(summary.code);
            return (
              <path
                key={summary.code}
                className="world-map__target"
                d={d}
                role="button"
                tabIndex={0}
                aria-labelledby={titleId}
                onClick={select}
                onKeyDown={onActivateKey(select)}
              >
                <title id={titleId}>{describeCountry(summary)}</title>
              </path>
            );
          })}
        </svg>
      )}
    </div>
  );
}
