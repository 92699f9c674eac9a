import { type OdaChannel, type PolicyMarkers, type SectorShare } from '../oda/oda';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';

/** Themes named in domain.md §5; extensible with `custom:<slug>` without changing the model. */
export const ACTION_THEMES = [
  'governance',
  'water_sanitation',
  'heritage',
  'culture',
  'health',
  'education',
  'urban_planning',
  'waste',
  'tourism',
  'economic_development',
  'youth_mobility',
  'climate',
] as const;
export type KnownActionTheme = (typeof ACTION_THEMES)[number];
export type ActionTheme = KnownActionTheme | `custom:${string}`;

const KNOWN_THEMES: readonly string[] = ACTION_THEMES;

/** A theme of the fixed list, or `custom:<slug>` for what the list does not cover. */
export function isKnownOrCustomTheme(theme: string): theme is ActionTheme {
  return KNOWN_THEMES.includes(theme) || /^custom:[a-z0-9-]+$/.test(theme);
}

/** Officers rank actions to decide what to start with: the method prefers small concrete first steps. */
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_TRANSITIONS = {
  planned: ['in_progress', 'cancelled'],
  in_progress: ['on_hold', 'completed', 'cancelled'],
  on_hold: ['in_progress', 'cancelled'],
  completed: [],
  cancelled: [],
} as const satisfies Record<ActionStatus, readonly ActionStatus[]>;

/** Actions that are not over: termination must decide what happens to each of them. */
export const ONGOING_ACTION_STATUSES = [
  'planned',
  'in_progress',
  'on_hold',
] as const satisfies readonly ActionStatus[];

export const FUNDER_KINDS = [
  'own_budget',
  'ministry_call',
  'development_agency',
  'european_union',
  'other_authority',
  'one_percent_solidarity',
  'other',
] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const BUDGET_LINE_STATUSES = ['planned', 'requested', 'granted', 'refused'] as const;
export type BudgetLineStatus = (typeof BUDGET_LINE_STATUSES)[number];

export interface BudgetLine {
  readonly id: string;
  readonly funder: FunderKind;
  readonly funderName: string;
  /** For `own_budget`: whose budget. */
  readonly partyId: PartyId | null;
  readonly amount: number;
  /** ISO 4217 ("EUR", "XOF"). */
  readonly currency: string;
  readonly status: BudgetLineStatus;
  /** The year or period the line funds (a year is 1 January to 31 December); null until said. */
  readonly periodStartsOn: CalendarDate | null;
  readonly periodEndsOn: CalendarDate | null;
  /** How the money reaches the partner (the ODA declaration's channel); null until said. */
  readonly channel: OdaChannel | null;
  /**
   * Units of `currency` per euro, recorded on the line (1 for EUR, 655.957 for the pegged CFA franc), so
   * that the line's euro value never depends on a later rate. Null when not known yet.
   */
  readonly eurRate: number | null;
  /** `amount` is what is planned; what was committed and what was paid, each with its date. */
  readonly committedAmount: number | null;
  readonly committedOn: CalendarDate | null;
  readonly paidAmount: number | null;
  readonly paidOn: CalendarDate | null;
}

/** A line's figures for the official outputs before anyone states them. */
export const UNSTATED_LINE_FIGURES = {
  periodStartsOn: null,
  periodEndsOn: null,
  channel: null,
  eurRate: null,
  committedAmount: null,
  committedOn: null,
  paidAmount: null,
  paidOn: null,
} as const satisfies Partial<BudgetLine>;

/** One category's share of a measured value (so many women, so many men), on one dimension. */
export interface BreakdownValue {
  readonly dimension: string;
  readonly category: string;
  readonly value: number;
}

export interface Measurement {
  readonly on: CalendarDate;
  readonly value: number;
  readonly recordedBy: PartyId;
  /** The value split by the indicator's dimensions: each dimension given sums to `value`. Often empty. */
  readonly breakdown: readonly BreakdownValue[];
  /** Files uploaded to the partnership that prove the value (opaque file ids kept by the application). */
  readonly evidenceIds: readonly string[];
}

/**
 * How a period's actual is read from its measurements (docs/domain.md, "Indicators over time"):
 * - `level`: a state at a moment (households connected, share of girls enrolled): the latest measurement of
 *   the period;
 * - `count`: what happens during the period (people trained, missions held): the sum of its measurements.
 */
export const INDICATOR_KINDS = ['level', 'count'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** How the reporting periods were cut: calendar years, halves, quarters, or periods stated one by one. */
export const REPORTING_FREQUENCIES = ['yearly', 'half_yearly', 'quarterly', 'custom'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** A reporting period with its target, and its baseline when it is not the indicator's. */
export interface IndicatorPeriod {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly target: number;
  readonly baseline: number | null;
}

/** A dimension a measurement may be split by (`sex`, `age_group`, `custom:<slug>`) and its categories. */
export interface Disaggregation {
  readonly dimension: string;
  readonly categories: readonly string[];
}

/** An indicator is set in common: proposed by one side, validated by every side (asymmetry remedy, seed 002). */
export interface Indicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** The baseline and target of the whole action (an indicator without periods has only these). */
  readonly baseline: number;
  readonly target: number;
  readonly proposedBy: PartyId;
  readonly validatedBy: readonly PartyId[];
  readonly kind: IndicatorKind;
  /** Null while no periods were planned. */
  readonly frequency: ReportingFrequency | null;
  /** In order, none overlapping. */
  readonly periods: readonly IndicatorPeriod[];
  readonly disaggregations: readonly Disaggregation[];
  readonly measurements: readonly Measurement[];
}

/** What an indicator planned before periods existed has: its overall baseline and target only. */
export const UNPLANNED_INDICATOR = {
  kind: 'level',
  frequency: null,
  periods: [],
  disaggregations: [],
} as const satisfies Partial<Indicator>;

export interface JointEvaluation {
  readonly id: string;
  readonly on: CalendarDate;
  readonly parties: readonly PartyId[];
  readonly summary: string;
}

export const LOG_ENTRY_KINDS = ['meeting', 'training', 'mission', 'delivery', 'other'] as const;
export type LogEntryKind = (typeof LOG_ENTRY_KINDS)[number];

export interface LogEntry {
  readonly id: string;
  readonly at: Date;
  readonly byParty: PartyId;
  readonly kind: LogEntryKind;
  readonly text: string;
  /** Documents attached to the entry (opaque file ids kept by the application). */
  readonly attachmentIds: readonly string[];
}

export interface Operator {
  readonly name: string;
  readonly partyId: PartyId;
  readonly territoryActorId: string | null;
}

/**
 * Who proposed the action, as a fact one side enters (seed 002: themes mostly come from the North): not the side
 * whose user typed the action in. The other side confirms it; until then the figures count it as stated.
 */
export interface ActionProposal {
  readonly proposedBy: PartyId;
  /** The side that entered this fact. */
  readonly statedBy: PartyId;
  /** Another side that confirmed it; null while only the stating side says so. */
  readonly confirmedBy: PartyId | null;
}

export interface Action {
  readonly id: string;
  readonly title: string;
  /** What the action does and what it aims at, as the official outputs (ODA declaration, IATI) publish it. */
  readonly description: string;
  readonly objectives: string;
  /** DAC purpose codes with their share (summing to 100), and the OECD policy markers (0, 1 or 2). */
  readonly sectors: readonly SectorShare[];
  readonly markers: PolicyMarkers;
  readonly themes: readonly ActionTheme[];
  /** Sustainable Development Goals, 1..17. */
  readonly sdgs: readonly number[];
  /** Territories (parties) where the action takes place; see `actionLocationFor` for here/there/both. */
  readonly locatedIn: readonly PartyId[];
  /** The side that entered the action and runs its status (docs/adr/0012); who proposed it is `proposal`. */
  readonly initiatedBy: PartyId;
  readonly proposal: ActionProposal;
  readonly operators: readonly Operator[];
  readonly priority: ActionPriority;
  readonly budget: readonly BudgetLine[];
  readonly status: ActionStatus;
  readonly startsOn: CalendarDate | null;
  readonly endsOn: CalendarDate | null;
  readonly indicators: readonly Indicator[];
  readonly evaluations: readonly JointEvaluation[];
  readonly log: readonly LogEntry[];
}

export const ACTION_LOCATIONS = ['here', 'there', 'both'] as const;
export type ActionLocation = (typeof ACTION_LOCATIONS)[number];

/** Where an action takes place as seen from one party: here, there, or both. */
export function actionLocationFor(action: Action, viewpoint: PartyId): ActionLocation {
  const here = action.locatedIn.includes(viewpoint);
  const there = action.locatedIn.some((partyId) => partyId !== viewpoint);
  if (here && there) return 'both';
  return here ? 'here' : 'there';
}

export function isActionOngoing(action: Action): boolean {
  return (ONGOING_ACTION_STATUSES as readonly ActionStatus[]).includes(action.status);
}

export function isActionStarted(action: Action): boolean {
  return action.status === 'in_progress' || action.status === 'on_hold' || action.status === 'completed';
}

export function isIndicatorCoValidated(indicator: Indicator, partyIds: readonly PartyId[]): boolean {
  return partyIds.length >= 2 && partyIds.every((partyId) => indicator.validatedBy.includes(partyId));
}

/**
 * Who steers an action: the party that initiated it starts, holds, completes or cancels it — the method has
 * each side answer for the actions it launched, and the other side's account must not close them. Every
 * party still logs, measures and evaluates.
 */
export function mayChangeActionStatus(action: Pick<Action, 'initiatedBy'>, partyId: PartyId): boolean {
  return action.initiatedBy === partyId;
}

/** The statuses `partyId` may move the action to: none for a party that did not initiate it. */
export function actionStatusMovesFor(
  action: Pick<Action, 'initiatedBy' | 'status'>,
  partyId: PartyId,
): readonly ActionStatus[] {
  return mayChangeActionStatus(action, partyId) ? ACTION_STATUS_TRANSITIONS[action.status] : [];
}

export function canMoveAction(from: ActionStatus, to: ActionStatus): boolean {
  const allowed: readonly ActionStatus[] = ACTION_STATUS_TRANSITIONS[from];
  return allowed.includes(to);
}
