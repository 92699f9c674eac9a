import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';

// Official development assistance (ODA): what an action and its budget lines record so that an authority can
// declare, each spring, what it paid the year before (docs/oda-declaration.md).

/**
 * How the money reached the partner, as the ministry's declaration asks: directly (the authority pays the
 * partner authority or spends itself), through an association or NGO, through a multilateral body, or
 * through another public body (an agency, a water board…).
 */
export const ODA_CHANNELS = ['direct', 'civil_society', 'multilateral', 'other_public'] as const;
export type OdaChannel = (typeof ODA_CHANNELS)[number];

/**
 * The OECD DAC policy markers an action is scored on (CRS reporting directives): 0 not targeted,
 * 1 significant objective, 2 principal objective.
 */
export const POLICY_MARKERS = [
  'gender',
  'environment',
  'biodiversity',
  'climate_mitigation',
  'climate_adaptation',
  'desertification',
  'nutrition',
  'disability',
] as const;
export type PolicyMarker = (typeof POLICY_MARKERS)[number];
export const MARKER_SCORES = [0, 1, 2] as const;
export type MarkerScore = (typeof MARKER_SCORES)[number];
export type PolicyMarkers = Readonly<Partial<Record<PolicyMarker, MarkerScore>>>;

/** A share of an action in one DAC purpose code (5 digits); an action's shares sum to 100. */
export interface SectorShare {
  readonly code: string;
  readonly percentage: number;
}

/** XOF and XAF are pegged to the euro: the rate is fixed, not observed, so the product proposes it. */
export const PEGGED_EURO_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  XOF: 655.957,
  XAF: 655.957,
  KMF: 491.96775,
};

/** The rate a new line in `currency` starts with (units per euro), or null when the officer must say it. */
export function defaultEuroRate(currency: string): number | null {
  return PEGGED_EURO_RATES[currency] ?? null;
}

const SECTOR_CODE = /^\d{5}$/;

/** An action's sectors: known 5-digit codes, each once, percentages above 0 that sum to 100 (or none yet). */
export function checkSectorShares(
  sectors: readonly SectorShare[],
  knownCodes: ReadonlySet<string>,
): DomainError | null {
  const unknown = sectors.filter((share) => !SECTOR_CODE.test(share.code) || !knownCodes.has(share.code));
  if (unknown.length > 0) {
    return domainError('ODA.UNKNOWN_SECTOR', 'A sector is a DAC purpose code of the shipped list.', {
      codes: unknown.map((share) => share.code),
    });
  }
  if (new Set(sectors.map((share) => share.code)).size !== sectors.length) {
    return domainError('ODA.SECTORS_NOT_100', 'Each sector appears once.', { sectors });
  }
  const invalidShare = sectors.some(
    (share) => !Number.isFinite(share.percentage) || share.percentage <= 0 || share.percentage > 100,
  );
  const total = sectors.reduce((sum, share) => sum + share.percentage, 0);
  if (sectors.length > 0 && (invalidShare || Math.abs(total - 100) > 1e-9)) {
    return domainError('ODA.SECTORS_NOT_100', 'Sector percentages are above 0 and sum to 100.', {
      total,
    });
  }
  return null;
}

export function checkPolicyMarkers(markers: PolicyMarkers): DomainError | null {
  const known: readonly string[] = POLICY_MARKERS;
  const scores: readonly number[] = MARKER_SCORES;
  const invalid = Object.entries(markers).filter(
    ([marker, score]) => !known.includes(marker) || !scores.includes(score as number),
  );
  return invalid.length === 0
    ? null
    : domainError('ODA.INVALID_MARKER', 'A policy marker is scored 0, 1 or 2.', {
        markers: invalid.map(([marker]) => marker),
      });
}

/** The calendar year of a date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** An amount in a currency converted to euros at `unitsPerEuro`, in cents (rounded half away from zero). */
export function euroCents(amount: number, unitsPerEuro: number): number {
  return Math.round((amount * 100) / unitsPerEuro);
}

/**
 * Splits `totalCents` by `weights` so that the parts sum exactly to the total (largest remainder): a
 * declaration's rows then add up to the lines they come from, to the cent.
 */
export function allocateCents(totalCents: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || weightSum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (totalCents * weight) / weightSum);
  const parts = exact.map(Math.floor);
  let left = totalCents - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
