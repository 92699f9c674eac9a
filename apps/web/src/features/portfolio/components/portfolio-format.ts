import type { PortfolioRow } from '../api/get-portfolio';
import { localeOf } from '../../../lib/i18n/locale';

type Direction = NonNullable<PortfolioRow['nextVisit']>['direction'];

/**
 * Whether a visit is our delegation travelling: directions are relative to the initiator (`to_partner` = the
 * initiator's delegation goes to a partner), so a partner authority travels on `from_partner` visits.
 */
export function ownDelegationTravels(direction: Direction, yourRole: PortfolioRow['yourRole']): boolean {
  return (direction === 'to_partner') === (yourRole === 'initiator');
}

/** Visits made by our delegations and hosted on our territory, from the initiator-relative counts. */
export function visitsFromOwnSide(row: Pick<PortfolioRow, 'asymmetry' | 'yourRole'>): {
  made: number;
  hosted: number;
} {
  const { visitsToPartner, visitsFromPartner } = row.asymmetry;
  return row.yourRole === 'initiator'
    ? { made: visitsToPartner, hosted: visitsFromPartner }
    : { made: visitsFromPartner, hosted: visitsToPartner };
}

function calendarDay(date: string): Date | undefined {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** Two calendar days (`2026-03-12`, `2026-03-15`) as one span in `language`: « 12–15 mars 2026 ». */
export function formatCalendarRange(start: string, end: string, language: string): string {
  const from = calendarDay(start);
  const to = calendarDay(end);
  if (!from || !to) return `${start} – ${end}`;
  const format = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
  return to.getTime() <= from.getTime() ? format.format(from) : format.formatRange(from, to);
}

/** A share (0..1) as a whole percentage in `language`: « 50 % », "50%". */
export function formatShare(share: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A number in `language`, with at most `fractionDigits` decimals: « 0,5 », "0.5". */
export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: fractionDigits }).format(value);
}
