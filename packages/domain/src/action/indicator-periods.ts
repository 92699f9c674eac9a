import { addDays, addMonths, isCalendarDate, type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import {
  INDICATOR_KINDS,
  type BreakdownValue,
  type Disaggregation,
  type Indicator,
  type IndicatorKind,
  type IndicatorPeriod,
  type Measurement,
  type ReportingFrequency,
} from './action';

/** More periods than this is not reporting any more (ten years of quarters). */
export const MAX_INDICATOR_PERIODS = 40;
export const MAX_DISAGGREGATIONS = 3;
export const MAX_DISAGGREGATION_CATEGORIES = 12;

/**
 * The dimensions people most often split results by, with their usual categories (the web offers them; any
 * `custom:<slug>` dimension with its own categories is accepted too).
 */
export const DISAGGREGATION_PRESETS = {
  sex: ['female', 'male'],
  age_group: ['under_15', '15_24', '25_64', '65_plus'],
} as const satisfies Record<string, readonly string[]>;

const DIMENSION_PATTERN = /^(sex|age_group|custom:[a-z0-9-]{1,40})$/;

/** Months in one period of each calendar frequency. */
const MONTHS_PER_PERIOD = { yearly: 12, half_yearly: 6, quarterly: 3 } as const satisfies Record<
  Exclude<ReportingFrequency, 'custom'>,
  number
>;

/**
 * The calendar periods (years, halves, quarters) that cover `from`..`to`, the first and last cut to those
 * days: an action from 2026-03-10 to 2027-01-31 reported yearly has 2026-03-10..2026-12-31 and
 * 2027-01-01..2027-01-31.
 */
export function reportingPeriodsBetween(
  frequency: Exclude<ReportingFrequency, 'custom'>,
  from: CalendarDate,
  to: CalendarDate,
): Array<{ startsOn: CalendarDate; endsOn: CalendarDate }> {
  if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) return [];
  const months = MONTHS_PER_PERIOD[frequency];
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1;
  let start = `${year}-${String(Math.floor(month / months) * months + 1).padStart(2, '0')}-01`;
  const periods: Array<{ startsOn: CalendarDate; endsOn: CalendarDate }> = [];
  while (start <= to && periods.length < MAX_INDICATOR_PERIODS) {
    const next = addMonths(start, months);
    const endsOn = addDays(next, -1);
    periods.push({ startsOn: start < from ? from : start, endsOn: endsOn > to ? to : endsOn });
    start = next;
  }
  return periods;
}

function invalidPlan(message: string, details: Record<string, unknown>): DomainError {
  return domainError('ACTION.INDICATOR_PERIODS_INVALID', message, details);
}

/** Periods are valid days, each ending on or after it starts, in order and never overlapping. */
export function checkIndicatorPeriods(periods: readonly IndicatorPeriod[]): DomainError | null {
  if (periods.length > MAX_INDICATOR_PERIODS)
    return invalidPlan(`At most ${MAX_INDICATOR_PERIODS} periods.`, { count: periods.length });
  for (const [index, period] of periods.entries()) {
    if (!isCalendarDate(period.startsOn) || !isCalendarDate(period.endsOn))
      return invalidPlan('A period starts and ends on days (YYYY-MM-DD).', { index });
    if (period.endsOn < period.startsOn)
      return invalidPlan('A period cannot end before it starts.', { index });
    if (!Number.isFinite(period.target) || (period.baseline !== null && !Number.isFinite(period.baseline)))
      return invalidPlan('A period’s target and baseline are numbers.', { index });
    const previous = periods[index - 1];
    if (previous && period.startsOn <= previous.endsOn)
      return invalidPlan('Periods follow each other without overlapping.', { index });
  }
  return null;
}

/** A few dimensions, each known or `custom:`, each with two or more distinct named categories. */
export function checkDisaggregations(disaggregations: readonly Disaggregation[]): DomainError | null {
  const invalid = (message: string, details: Record<string, unknown>) =>
    domainError('ACTION.INDICATOR_DISAGGREGATION_INVALID', message, details);
  if (disaggregations.length > MAX_DISAGGREGATIONS)
    return invalid(`At most ${MAX_DISAGGREGATIONS} dimensions.`, { count: disaggregations.length });
  const dimensions = disaggregations.map((disaggregation) => disaggregation.dimension);
  if (new Set(dimensions).size !== dimensions.length) return invalid('Each dimension once.', { dimensions });
  for (const { dimension, categories } of disaggregations) {
    if (!DIMENSION_PATTERN.test(dimension)) return invalid('Unknown dimension.', { dimension });
    const names = categories.map((category) => category.trim());
    if (
      names.length < 2 ||
      names.length > MAX_DISAGGREGATION_CATEGORIES ||
      names.some((name) => name === '') ||
      new Set(names).size !== names.length
    )
      return invalid('A dimension has two or more distinct named categories.', { dimension });
  }
  return null;
}

/** Two sums are the same figure when they differ only by floating-point rounding. */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A measurement's breakdown names the indicator's dimensions and categories only, each category once, with
 * non-negative values; each dimension it gives sums to the measured value (a dimension left out is simply
 * not broken down this time).
 */
export function checkBreakdown(
  indicator: Pick<Indicator, 'disaggregations'>,
  value: number,
  breakdown: readonly BreakdownValue[],
): DomainError | null {
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  for (const item of breakdown) {
    const dimension = indicator.disaggregations.find((d) => d.dimension === item.dimension);
    const key = `${item.dimension}\u0000${item.category}`;
    if (!dimension || !dimension.categories.includes(item.category) || seen.has(key))
      return domainError(
        'ACTION.MEASUREMENT_UNKNOWN_CATEGORY',
        'A breakdown names each of the indicator’s categories at most once.',
        { dimension: item.dimension, category: item.category },
      );
    if (!Number.isFinite(item.value) || item.value < 0)
      return domainError('RECORD.INVALID_VALUE', 'A breakdown value is a number, zero or more.', {
        field: 'breakdown',
        dimension: item.dimension,
        category: item.category,
      });
    seen.add(key);
    sums.set(item.dimension, (sums.get(item.dimension) ?? 0) + item.value);
  }
  for (const [dimension, sum] of sums)
    if (!sameFigure(sum, value))
      return domainError(
        'ACTION.MEASUREMENT_BREAKDOWN_MISMATCH',
        'Each dimension of a breakdown sums to the measured value.',
        { dimension, sum, value },
      );
  return null;
}

/** One category's actual in a period. */
export interface CategoryActual {
  readonly category: string;
  readonly actual: number;
}

/** A dimension's actual split in a period; `complete` when every measurement counted was split by it. */
export interface DimensionActual {
  readonly dimension: string;
  readonly complete: boolean;
  readonly categories: readonly CategoryActual[];
}

/** What a reporting period (or the whole action) shows: baseline, target and the actual read from it. */
export interface PeriodFigures {
  /** Null for the whole action (`overall`). */
  readonly startsOn: CalendarDate | null;
  readonly endsOn: CalendarDate | null;
  readonly baseline: number;
  readonly target: number;
  /** Null when nothing was measured in the period. */
  readonly actual: number | null;
  /** How far the actual went from baseline to target (1 = reached), null without actual or distance. */
  readonly progress: number | null;
  readonly measurementCount: number;
  /** The parties whose measurements count in the period, in the order they first measured. */
  readonly measuredBy: readonly PartyId[];
  /** Null when the indicator is not disaggregated or nothing was split in the period. */
  readonly breakdown: readonly DimensionActual[] | null;
}

/** An indicator's figures: per planned period, for the whole action, and what falls outside every period. */
export interface IndicatorPeriodFigures {
  readonly kind: IndicatorKind;
  readonly periods: readonly PeriodFigures[];
  readonly overall: PeriodFigures;
  /** Measurements on a day no period covers (counted in `overall` only). */
  readonly outsidePeriods: number;
}

/**
 * The figures of an indicator over time, from its plan and its measurements — what the action page charts
 * and what the funder reports and the IATI results publish. Measurements are taken in day order (the same
 * day: in the order given, the stored order). A `level` indicator's actual is its latest measurement of the
 * period, a `count` indicator's the sum of them; a period's baseline is its own or else the indicator's.
 */
export function computeIndicatorPeriods(
  indicator: Pick<Indicator, 'kind' | 'baseline' | 'target' | 'periods' | 'disaggregations' | 'measurements'>,
): IndicatorPeriodFigures {
  const kind: IndicatorKind = INDICATOR_KINDS.includes(indicator.kind) ? indicator.kind : 'level';
  const ordered = indicator.measurements
    .map((measurement, index) => ({ measurement, index }))
    .sort((a, b) =>
      a.measurement.on < b.measurement.on ? -1 : a.measurement.on > b.measurement.on ? 1 : a.index - b.index,
    )
    .map(({ measurement }) => measurement);
  const within = (period: IndicatorPeriod) =>
    ordered.filter((m) => m.on >= period.startsOn && m.on <= period.endsOn);
  const periods = indicator.periods.map((period) =>
    figuresOf(kind, indicator.disaggregations, within(period), {
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      baseline: period.baseline ?? indicator.baseline,
      target: period.target,
    }),
  );
  const covered = periods.reduce((sum, period) => sum + period.measurementCount, 0);
  return {
    kind,
    periods,
    overall: figuresOf(kind, indicator.disaggregations, ordered, {
      startsOn: null,
      endsOn: null,
      baseline: indicator.baseline,
      target: indicator.target,
    }),
    outsidePeriods: indicator.periods.length === 0 ? 0 : ordered.length - covered,
  };
}

function figuresOf(
  kind: IndicatorKind,
  disaggregations: readonly Disaggregation[],
  measurements: readonly Measurement[],
  plan: Pick<PeriodFigures, 'startsOn' | 'endsOn' | 'baseline' | 'target'>,
): PeriodFigures {
  const counted = kind === 'level' ? measurements.slice(-1) : measurements;
  const actual = counted.length === 0 ? null : counted.reduce((sum, m) => sum + m.value, 0);
  const distance = plan.target - plan.baseline;
  return {
    ...plan,
    actual,
    progress: actual === null || distance === 0 ? null : (actual - plan.baseline) / distance,
    measurementCount: measurements.length,
    measuredBy: [...new Set(measurements.map((m) => m.recordedBy))],
    breakdown: breakdownOf(disaggregations, counted),
  };
}

/** Each dimension's categories summed over the measurements counted, when any of them was split by it. */
function breakdownOf(
  disaggregations: readonly Disaggregation[],
  counted: readonly Measurement[],
): readonly DimensionActual[] | null {
  const dimensions = disaggregations.flatMap(({ dimension, categories }) => {
    const split = counted.filter((m) => m.breakdown.some((item) => item.dimension === dimension));
    if (split.length === 0) return [];
    return [
      {
        dimension,
        complete: split.length === counted.length,
        categories: categories.map((category) => ({
          category,
          actual: split
            .flatMap((m) => m.breakdown)
            .filter((item) => item.dimension === dimension && item.category === category)
            .reduce((sum, item) => sum + item.value, 0),
        })),
      },
    ];
  });
  return dimensions.length === 0 ? null : dimensions;
}
