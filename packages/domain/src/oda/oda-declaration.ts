import { type BudgetLine } from '../action/action';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import {
  type OdaChannel,
  type PolicyMarkers,
  POLICY_MARKERS,
  type SectorShare,
  allocateCents,
  euroCents,
  yearOf,
} from './oda';

/** An action as the declaration reads it. */
export interface DeclaredAction {
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly objectives: string;
  readonly sectors: readonly SectorShare[];
  readonly markers: PolicyMarkers;
  /**
   * The countries (ISO 3166-1 alpha-2) of the partner parties where the action takes place, the declaring
   * authority's own excluded; empty when it takes place on the declarant's territory only (awareness
   * raising, hosting a delegation), which the declaration reports as not allocable by country.
   */
  readonly recipientCountries: readonly string[];
  readonly budget: readonly BudgetLine[];
}

/** One row of the declaration: what one line paid in the year, for one country and one sector, in cents. */
export interface DeclarationRow {
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly actionId: string;
  readonly actionTitle: string;
  readonly lineId: string;
  readonly paidOn: CalendarDate;
  /** Null: not allocable by country. */
  readonly country: string | null;
  /** Whether the country is on the DAC list of ODA recipients for the year; null when not applicable or unknown. */
  readonly odaEligible: boolean | null;
  readonly channel: OdaChannel | null;
  /** Null until the action has sectors. */
  readonly sectorCode: string | null;
  readonly amountCents: number;
  readonly markers: PolicyMarkers;
}

export const DECLARATION_ISSUES = [
  'action_description_missing',
  'action_objectives_missing',
  'action_sectors_missing',
  'action_markers_missing',
  'line_channel_missing',
  'line_rate_missing',
  'line_payment_missing',
  'country_not_eligible',
  'recipient_list_missing',
] as const;
export type DeclarationIssueCode = (typeof DECLARATION_ISSUES)[number];

/** Something to complete or check before declaring, with the record that fixes it. */
export interface DeclarationIssue {
  readonly code: DeclarationIssueCode;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly actionId: string;
  readonly actionTitle: string;
  readonly lineId: string | null;
  readonly country: string | null;
}

export interface Subtotal {
  readonly key: string | null;
  readonly amountCents: number;
}

export interface OdaDeclaration {
  readonly year: number;
  readonly rows: readonly DeclarationRow[];
  readonly totalCents: number;
  readonly byCountry: readonly Subtotal[];
  readonly byChannel: readonly Subtotal[];
  readonly bySector: readonly Subtotal[];
  readonly issues: readonly DeclarationIssue[];
}

export interface DeclarationInput {
  readonly year: number;
  /** The declaring authority: only lines of its own budget are its ODA. */
  readonly declarant: PartyId;
  readonly actions: readonly DeclaredAction[];
  /** The DAC list of ODA recipients in force for the year, or null when none is shipped for it. */
  readonly eligibleCountries: ReadonlySet<string> | null;
}

/** A line is the declarant's ODA when it is paid from the declarant's own budget. */
function isDeclarantsOwn(line: BudgetLine, declarant: PartyId): boolean {
  return line.funder === 'own_budget' && line.partyId === declarant && line.status !== 'refused';
}

function overlapsYear(line: BudgetLine, year: number): boolean {
  const starts = line.periodStartsOn === null ? null : yearOf(line.periodStartsOn);
  const ends = line.periodEndsOn === null ? starts : yearOf(line.periodEndsOn);
  return starts !== null && ends !== null && starts <= year && year <= ends;
}

/**
 * The annual declaration of an authority's official development assistance: what it paid from its own
 * budget in the calendar year (a line counts in the year of its payment date, converted to euros at the
 * rate recorded on the line), split by recipient country and by the action's sectors so that the rows add up
 * to the lines to the cent; and what to complete first.
 */
export function buildOdaDeclaration(input: DeclarationInput): OdaDeclaration {
  const rows: DeclarationRow[] = [];
  const issues: DeclarationIssue[] = [];
  for (const action of input.actions) {
    const own = action.budget.filter((line) => isDeclarantsOwn(line, input.declarant));
    const paidInYear = own.filter((line) => line.paidOn !== null && yearOf(line.paidOn) === input.year);
    const expectedInYear = own.filter((line) => line.paidOn === null && overlapsYear(line, input.year));
    if (paidInYear.length === 0 && expectedInYear.length === 0) continue;
    const issue = (
      code: DeclarationIssueCode,
      lineId: string | null = null,
      country: string | null = null,
    ) => {
      issues.push({
        code,
        partnershipId: action.partnershipId,
        partnershipName: action.partnershipName,
        actionId: action.id,
        actionTitle: action.title,
        lineId,
        country,
      });
    };
    noteActionIssues(action, issue);
    for (const line of expectedInYear) issue('line_payment_missing', line.id);
    for (const line of paidInYear) {
      if (line.channel === null) issue('line_channel_missing', line.id);
      if (line.eurRate === null) {
        issue('line_rate_missing', line.id);
        continue;
      }
      rows.push(...rowsOfLine(action, line, line.eurRate, input.eligibleCountries));
    }
    for (const country of action.recipientCountries) {
      if (input.eligibleCountries === null) issue('recipient_list_missing', null, country);
      else if (!input.eligibleCountries.has(country)) issue('country_not_eligible', null, country);
    }
  }
  return {
    year: input.year,
    rows,
    totalCents: rows.reduce((sum, row) => sum + row.amountCents, 0),
    byCountry: subtotals(rows, (row) => row.country),
    byChannel: subtotals(rows, (row) => row.channel),
    bySector: subtotals(rows, (row) => row.sectorCode),
    issues,
  };
}

function noteActionIssues(action: DeclaredAction, issue: (code: DeclarationIssueCode) => void): void {
  if (action.description.trim() === '') issue('action_description_missing');
  if (action.objectives.trim() === '') issue('action_objectives_missing');
  if (action.sectors.length === 0) issue('action_sectors_missing');
  if (POLICY_MARKERS.some((marker) => action.markers[marker] === undefined)) issue('action_markers_missing');
}

function rowsOfLine(
  action: DeclaredAction,
  line: BudgetLine,
  eurRate: number,
  eligibleCountries: ReadonlySet<string> | null,
): DeclarationRow[] {
  const cents = euroCents(line.paidAmount ?? 0, eurRate);
  const countries: ReadonlyArray<string | null> =
    action.recipientCountries.length === 0 ? [null] : action.recipientCountries;
  const sectors: ReadonlyArray<SectorShare | null> = action.sectors.length === 0 ? [null] : action.sectors;
  const byCountry = allocateCents(
    cents,
    countries.map(() => 1),
  );
  return countries.flatMap((country, countryIndex) => {
    const bySector = allocateCents(
      byCountry[countryIndex] ?? 0,
      sectors.map((share) => share?.percentage ?? 100),
    );
    return sectors.map((share, sectorIndex) => ({
      partnershipId: action.partnershipId,
      partnershipName: action.partnershipName,
      actionId: action.id,
      actionTitle: action.title,
      lineId: line.id,
      paidOn: line.paidOn ?? '',
      country,
      odaEligible: country === null || eligibleCountries === null ? null : eligibleCountries.has(country),
      channel: line.channel,
      sectorCode: share?.code ?? null,
      amountCents: bySector[sectorIndex] ?? 0,
      markers: action.markers,
    }));
  });
}

function subtotals(
  rows: readonly DeclarationRow[],
  keyOf: (row: DeclarationRow) => string | null,
): Subtotal[] {
  const totals = new Map<string | null, number>();
  for (const row of rows) totals.set(keyOf(row), (totals.get(keyOf(row)) ?? 0) + row.amountCents);
  return [...totals.entries()]
    .map(([key, amountCents]) => ({ key, amountCents }))
    .sort((a, b) => b.amountCents - a.amountCents || String(a.key).localeCompare(String(b.key)));
}
