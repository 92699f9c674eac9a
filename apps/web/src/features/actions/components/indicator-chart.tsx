import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TableScroll } from '../../../components/ui/table-scroll';
import { isOneOf } from '../../../lib/is-one-of';
import type { Indicator } from '../api/get-action';
import { formatDay, formatNumber, joinNames, type PartyNames } from './action-texts';
import { localeOf } from '../../../lib/i18n/locale';

type Figures = Indicator['figures'];
type PeriodFigures = Figures['overall'];

/** Geometry of the chart, in the SVG's own units: it scales to the width it is given. */
const GROUP_WIDTH = 84;
const BAR_WIDTH = 26;
const PLOT_TOP = 24;
const PLOT_HEIGHT = 160;
const AXIS_LEFT = 8;
const LABEL_HEIGHT = 44;

/** The periods charted: the planned ones, or the whole action when none is planned. */
function chartedPeriods(figures: Figures): readonly PeriodFigures[] {
  return figures.periods.length > 0 ? figures.periods : [figures.overall];
}

export function periodLabel(t: TFunction, period: PeriodFigures, language: string): string {
  if (period.startsOn === null || period.endsOn === null) return t('indicatorPeriods.overall');
  return t('indicatorPeriods.period', {
    from: formatDay(period.startsOn, language),
    to: formatDay(period.endsOn, language),
  });
}

/** A short label under a bar group: the period's first and last month, or the whole action. */
function shortLabel(t: TFunction, period: PeriodFigures, language: string): [string, string] {
  if (period.startsOn === null || period.endsOn === null) return [t('indicatorPeriods.overall'), ''];
  const month = (day: string) =>
    new Intl.DateTimeFormat(localeOf(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
  return [month(period.startsOn), month(period.endsOn)];
}

/**
 * Actual against target per period, readable without colour: the target is a hatched outline, the actual a
 * solid bar with its value written above it, the baseline a dashed line; a period not measured says so in
 * words. The SVG is an image with a title and a description; the table that follows gives every figure.
 */
export function IndicatorChart({ indicator, names }: { indicator: Indicator; names: PartyNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const ids = useId();
  const periods = chartedPeriods(indicator.figures);
  const highest = Math.max(
    1,
    ...periods.flatMap((period) => [period.target, period.baseline, period.actual ?? 0].map(Math.abs)),
  );
  const heightOf = (value: number) => (Math.max(0, value) / highest) * PLOT_HEIGHT;
  const bottom = PLOT_TOP + PLOT_HEIGHT;
  const width = AXIS_LEFT * 2 + periods.length * GROUP_WIDTH;
  const height = bottom + LABEL_HEIGHT;
  const pattern = `${ids}-hatch`;
  return (
    <figure className="indicator-chart">
      {/* At its own size, so that its words stay legible: on a phone it scrolls sideways in its region. */}
      <TableScroll label={t('indicatorPeriods.chart.title', { name: indicator.name })}>
        <svg
          className="indicator-chart__svg"
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${ids}-title ${ids}-desc`}
          data-testid="indicator-chart"
        >
          <title id={`${ids}-title`}>{t('indicatorPeriods.chart.title', { name: indicator.name })}</title>
          <desc id={`${ids}-desc`}>{t('indicatorPeriods.chart.desc', { count: periods.length })}</desc>
          <defs>
            <pattern
              id={pattern}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line x1="0" y1="0" x2="0" y2="6" className="indicator-chart__hatch" />
            </pattern>
          </defs>
          <line
            x1={AXIS_LEFT}
            y1={bottom}
            x2={width - AXIS_LEFT}
            y2={bottom}
            className="indicator-chart__axis"
          />
          {periods.map((period, index) => {
            const left = AXIS_LEFT + index * GROUP_WIDTH + (GROUP_WIDTH - 2 * BAR_WIDTH - 6) / 2;
            const targetHeight = heightOf(period.target);
            const actualHeight = period.actual === null ? 0 : heightOf(period.actual);
            const baselineY = bottom - heightOf(period.baseline);
            const [first, second] = shortLabel(t, period, language);
            const actualX = left + BAR_WIDTH + 6;
            return (
              <g key={`${period.startsOn ?? 'overall'}-${index}`} className="indicator-chart__group">
                <rect
                  x={left}
                  y={bottom - targetHeight}
                  width={BAR_WIDTH}
                  height={targetHeight}
                  fill={`url(#${pattern})`}
                  className="indicator-chart__target"
                />
                <text
                  x={left + BAR_WIDTH / 2}
                  y={bottom - targetHeight - 6}
                  className="indicator-chart__value"
                >
                  {formatNumber(period.target, language)}
                </text>
                {period.actual === null ? (
                  <text
                    x={actualX + BAR_WIDTH / 2}
                    y={bottom - 14}
                    className="indicator-chart__value indicator-chart__value--missing"
                  >
                    {t('indicatorPeriods.chart.notMeasured')}
                  </text>
                ) : (
                  <>
                    <rect
                      x={actualX}
                      y={bottom - actualHeight}
                      width={BAR_WIDTH}
                      height={actualHeight}
                      className="indicator-chart__actual"
                    />
                    <text
                      x={actualX + BAR_WIDTH / 2}
                      y={bottom - actualHeight - 6}
                      className="indicator-chart__value"
                    >
                      {formatNumber(period.actual, language)}
                    </text>
                  </>
                )}
                <line
                  x1={left - 4}
                  x2={actualX + BAR_WIDTH + 4}
                  y1={baselineY}
                  y2={baselineY}
                  className="indicator-chart__baseline"
                />
                <text x={left + BAR_WIDTH + 3} y={bottom + 18} className="indicator-chart__label">
                  {first}
                </text>
                <text x={left + BAR_WIDTH + 3} y={bottom + 34} className="indicator-chart__label">
                  {second}
                </text>
              </g>
            );
          })}
        </svg>
      </TableScroll>
      <figcaption>
        <ul className="plain-list indicator-chart__legend" aria-label={t('indicatorPeriods.chart.legend')}>
          <li>
            <span className="indicator-chart__swatch indicator-chart__swatch--target" aria-hidden="true" />
            {t('indicatorPeriods.chart.target')}
          </li>
          <li>
            <span className="indicator-chart__swatch indicator-chart__swatch--actual" aria-hidden="true" />
            {t('indicatorPeriods.chart.actual')}
          </li>
          <li>
            <span className="indicator-chart__swatch indicator-chart__swatch--baseline" aria-hidden="true" />
            {t('indicatorPeriods.chart.baseline')}
          </li>
        </ul>
      </figcaption>
      <IndicatorFiguresTable indicator={indicator} names={names} />
    </figure>
  );
}

/** Every figure of the chart as a table: the alternative for screen readers, and for anyone who wants numbers. */
function IndicatorFiguresTable({ indicator, names }: { indicator: Indicator; names: PartyNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = [...indicator.figures.periods, indicator.figures.overall];
  const caption = t('indicatorPeriods.table.caption', { name: indicator.name });
  const percent = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 });
  return (
    <TableScroll label={caption}>
      <table className="table indicator-figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicatorPeriods.table.period')}</th>
            <th scope="col">{t('indicatorPeriods.table.baseline')}</th>
            <th scope="col">{t('indicatorPeriods.table.target')}</th>
            <th scope="col">{t('indicatorPeriods.table.actual')}</th>
            <th scope="col">{t('indicatorPeriods.table.progress')}</th>
            <th scope="col">{t('indicatorPeriods.table.measuredBy')}</th>
            <th scope="col">{t('indicatorPeriods.table.breakdown')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((period, index) => (
            <tr key={`${period.startsOn ?? 'overall'}-${index}`}>
              <th scope="row">{periodLabel(t, period, language)}</th>
              <td>{formatNumber(period.baseline, language)}</td>
              <td>{formatNumber(period.target, language)}</td>
              <td>
                {period.actual === null
                  ? t('indicatorPeriods.chart.notMeasured')
                  : `${formatNumber(period.actual, language)} ${indicator.unit}`}
              </td>
              <td>
                {period.progress === null
                  ? t('indicatorPeriods.table.none')
                  : percent.format(period.progress)}
              </td>
              <td>
                {period.measuredBy.length === 0
                  ? t('indicatorPeriods.table.none')
                  : joinNames(period.measuredBy.map(names.nameOf), language)}
              </td>
              <td>{breakdownText(t, period, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** "Sex: Women 11, Men 4" for each dimension split in the period, said to be partial when it is. */
function breakdownText(t: TFunction, period: PeriodFigures, language: string): string {
  if (!period.breakdown) return t('indicatorPeriods.table.none');
  return period.breakdown
    .map((dimension) => {
      const categories = dimension.categories
        .map(
          (category) => `${categoryLabel(t, category.category)} ${formatNumber(category.actual, language)}`,
        )
        .join(', ');
      const partial = dimension.complete ? '' : ` ${t('indicatorPeriods.table.incomplete')}`;
      return t('indicatorPeriods.table.breakdownItem', {
        dimension: dimensionLabel(t, dimension.dimension),
        categories: `${categories}${partial}`,
      });
    })
    .join(' ; ');
}

const KNOWN_DIMENSIONS = ['sex', 'age_group'] as const;
const KNOWN_CATEGORIES = ['female', 'male', 'under_15', '15_24', '25_64', '65_plus'] as const;

/** A preset dimension in the reader's language; a custom one by its own name. */
export function dimensionLabel(t: TFunction, dimension: string): string {
  return isOneOf(KNOWN_DIMENSIONS, dimension)
    ? t(`indicatorPeriods.dimensions.${dimension}`)
    : dimension.replace(/^custom:/, '');
}

/** A preset category in the reader's language; a custom one as it was named. */
export function categoryLabel(t: TFunction, category: string): string {
  return isOneOf(KNOWN_CATEGORIES, category) ? t(`indicatorPeriods.categories.${category}`) : category;
}
