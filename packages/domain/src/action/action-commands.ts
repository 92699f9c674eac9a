import {
  checkCalendarDate,
  checkCommandAllowed,
  checkFiniteNumber,
  checkNewId,
  checkParties,
  checkParty,
  checkText,
  fail,
  findById,
  firstFailure,
  locate,
  replaceById,
  succeed,
} from '../partnership/command-support';
import {
  ODA_CHANNELS,
  type OdaChannel,
  type PolicyMarkers,
  type SectorShare,
  checkPolicyMarkers,
  checkSectorShares,
} from '../oda/oda';
import { type PartnershipContext, type PartnershipSnapshot, partyIds } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import {
  ACTION_PRIORITIES,
  type ActionPriority,
  isKnownOrCustomTheme,
  type Action,
  type ActionStatus,
  type BreakdownValue,
  type Disaggregation,
  type IndicatorKind,
  type IndicatorPeriod,
  type ReportingFrequency,
  INDICATOR_KINDS,
  REPORTING_FREQUENCIES,
  UNPLANNED_INDICATOR,
  type ActionTheme,
  type BudgetLine,
  type Indicator,
  type JointEvaluation,
  type LogEntry,
  type LogEntryKind,
  type Measurement,
  type Operator,
  canMoveAction,
  isIndicatorCoValidated,
  mayChangeActionStatus,
} from './action';
import { checkBreakdown, checkDisaggregations, checkIndicatorPeriods } from './indicator-periods';

export interface CreateActionCommand {
  readonly type: 'CreateAction';
  readonly actionId: string;
  readonly title: string;
  readonly themes: readonly ActionTheme[];
  readonly sdgs: readonly number[];
  readonly locatedIn: readonly PartyId[];
  readonly initiatedBy: PartyId;
  /** Who proposed the action, either side, as the entering side states it; that side itself when not said. */
  readonly proposedBy?: PartyId;
  readonly operators: readonly Operator[];
  readonly priority: ActionPriority;
  readonly startsOn: CalendarDate | null;
  readonly endsOn: CalendarDate | null;
}
/** Another side than the one that stated who proposed an action confirms it. */
export interface ConfirmActionProposerCommand {
  readonly type: 'ConfirmActionProposer';
  readonly actionId: string;
  readonly byParty: PartyId;
}
/**
 * A side corrects who proposed an action, before or after the other side confirmed it: the corrected fact is
 * the correcting side's statement, to be confirmed by another side.
 */
export interface CorrectActionProposerCommand {
  readonly type: 'CorrectActionProposer';
  readonly actionId: string;
  readonly proposedBy: PartyId;
  readonly byParty: PartyId;
}
export interface SetActionPriorityCommand {
  readonly type: 'SetActionPriority';
  readonly actionId: string;
  readonly priority: ActionPriority;
}
export interface ChangeActionStatusCommand {
  readonly type: 'ChangeActionStatus';
  readonly actionId: string;
  readonly to: ActionStatus;
  /** The party whose account moves it: only the action's initiator may. */
  readonly byParty: PartyId;
}
export interface AddBudgetLineCommand {
  readonly type: 'AddBudgetLine';
  readonly actionId: string;
  readonly line: BudgetLine;
}
/** Says what an action does and where it counts for official development assistance. */
export interface DescribeActionCommand {
  readonly type: 'DescribeAction';
  readonly actionId: string;
  readonly description: string;
  readonly objectives: string;
  readonly sectors: readonly SectorShare[];
  readonly markers: PolicyMarkers;
  /** The DAC purpose codes of the shipped list, which the sectors must belong to. */
  readonly knownSectorCodes: ReadonlySet<string>;
}
/** What a budget line became: its period, channel, rate to the euro, and what was committed and paid. */
export interface ReviseBudgetLineCommand {
  readonly type: 'ReviseBudgetLine';
  readonly actionId: string;
  readonly lineId: string;
  readonly periodStartsOn: CalendarDate | null;
  readonly periodEndsOn: CalendarDate | null;
  readonly channel: OdaChannel | null;
  readonly eurRate: number | null;
  readonly committedAmount: number | null;
  readonly committedOn: CalendarDate | null;
  readonly paidAmount: number | null;
  readonly paidOn: CalendarDate | null;
}
export interface AddIndicatorCommand {
  readonly type: 'AddIndicator';
  readonly actionId: string;
  readonly indicatorId: string;
  readonly name: string;
  readonly unit: string;
  readonly baseline: number;
  readonly target: number;
  readonly proposedBy: PartyId;
  /** How it is reported over time; left out, a `level` indicator without periods or dimensions. */
  readonly plan?: IndicatorPlan;
}
/** How an indicator is read and reported over time (see `computeIndicatorPeriods`). */
export interface IndicatorPlan {
  readonly kind: IndicatorKind;
  readonly frequency: ReportingFrequency | null;
  readonly periods: readonly IndicatorPeriod[];
  readonly disaggregations: readonly Disaggregation[];
}
/**
 * Plans (or replans) how an indicator is reported: its kind, periods with their targets, and dimensions.
 * The plan is set in common like the indicator: a change asks every other party to validate it again.
 */
export interface PlanIndicatorCommand extends IndicatorPlan {
  readonly type: 'PlanIndicator';
  readonly actionId: string;
  readonly indicatorId: string;
  readonly partyId: PartyId;
}
export interface ValidateIndicatorCommand {
  readonly type: 'ValidateIndicator';
  readonly actionId: string;
  readonly indicatorId: string;
  readonly partyId: PartyId;
}
export interface RecordMeasurementCommand {
  readonly type: 'RecordMeasurement';
  readonly actionId: string;
  readonly indicatorId: string;
  readonly on: CalendarDate;
  readonly value: number;
  /** The unit the value is expressed in: it must be the indicator's, so that figures stay comparable. */
  readonly unit: string;
  readonly recordedBy: PartyId;
  /** The value split by the indicator's dimensions (each dimension given sums to `value`). */
  readonly breakdown?: readonly BreakdownValue[];
  /** Files uploaded to the partnership, checked by the caller, that prove the value. */
  readonly evidenceIds?: readonly string[];
}
export interface RecordJointEvaluationCommand {
  readonly type: 'RecordJointEvaluation';
  readonly actionId: string;
  readonly evaluationId: string;
  readonly on: CalendarDate;
  readonly parties: readonly PartyId[];
  readonly summary: string;
}
export interface AddLogEntryCommand {
  readonly type: 'AddLogEntry';
  readonly actionId: string;
  readonly entryId: string;
  readonly byParty: PartyId;
  readonly kind: LogEntryKind;
  readonly text: string;
  readonly attachmentIds: readonly string[];
}

type Ev<T extends string, P = object> = EventBase & { readonly type: T; readonly actionId: string } & P;

export type ActionEvent =
  | Ev<'ActionCreated', { readonly initiatedBy: PartyId; readonly proposedBy: PartyId }>
  | Ev<'ActionProposerConfirmed', { readonly proposedBy: PartyId; readonly byParty: PartyId }>
  | Ev<
      'ActionProposerCorrected',
      {
        readonly from: PartyId;
        readonly proposedBy: PartyId;
        readonly byParty: PartyId;
        /** The side whose confirmation the correction undid, if the fact was confirmed. */
        readonly unconfirmed: PartyId | null;
      }
    >
  | Ev<'ActionStatusChanged', { readonly from: ActionStatus; readonly to: ActionStatus }>
  | Ev<'BudgetLineAdded', { readonly lineId: string }>
  | Ev<'BudgetLineRevised', { readonly lineId: string }>
  | Ev<'ActionDescribed'>
  | Ev<'IndicatorAdded', { readonly indicatorId: string; readonly proposedBy: PartyId }>
  | Ev<
      'IndicatorValidated',
      { readonly indicatorId: string; readonly partyId: PartyId; readonly coValidated: boolean }
    >
  | Ev<
      'IndicatorPlanned',
      { readonly indicatorId: string; readonly periods: number; readonly revalidationAsked: boolean }
    >
  | Ev<'MeasurementRecorded', { readonly indicatorId: string; readonly on: CalendarDate }>
  | Ev<'JointEvaluationRecorded', { readonly evaluationId: string }>
  | Ev<'LogEntryAdded', { readonly entryId: string; readonly byParty: PartyId }>
  | Ev<'ActionPriorityChanged', { readonly priority: ActionPriority }>;

type Result = CommandResult<PartnershipSnapshot, ActionEvent>;

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

function checkDates(startsOn: CalendarDate | null, endsOn: CalendarDate | null): DomainError | null {
  return firstFailure([
    () => (startsOn === null ? null : checkCalendarDate(startsOn, 'startsOn')),
    () => (endsOn === null ? null : checkCalendarDate(endsOn, 'endsOn')),
    () =>
      startsOn !== null && endsOn !== null && endsOn < startsOn
        ? domainError('ACTION.END_BEFORE_START', 'An action cannot end before it starts.', {
            startsOn,
            endsOn,
          })
        : null,
  ]);
}

function checkCreateAction(snapshot: PartnershipSnapshot, command: CreateActionCommand): DomainError | null {
  return firstFailure([
    () => checkCommandAllowed(snapshot, 'CreateAction'),
    () => checkNewId(snapshot.actions, command.actionId, 'action'),
    () => checkText(command.title, 'title'),
    () =>
      command.themes.length === 0 || !command.themes.every(isKnownOrCustomTheme)
        ? domainError('ACTION.THEME_REQUIRED', 'An action needs one or more known (or custom:) themes.', {
            themes: command.themes,
          })
        : null,
    () =>
      command.sdgs.every((goal) => Number.isInteger(goal) && goal >= 1 && goal <= 17)
        ? null
        : domainError('ACTION.INVALID_SDG', 'Sustainable Development Goals are numbered 1 to 17.', {
            sdgs: command.sdgs,
          }),
    () =>
      command.locatedIn.length === 0
        ? domainError(
            'ACTION.LOCATION_REQUIRED',
            'Say on which territory (or territories) the action takes place.',
          )
        : null,
    () => checkParties(snapshot, command.locatedIn),
    () => checkParty(snapshot, command.initiatedBy),
    () => checkParty(snapshot, command.proposedBy ?? command.initiatedBy),
    () =>
      checkParties(
        snapshot,
        command.operators.map((operator) => operator.partyId),
      ),
    () => checkDates(command.startsOn, command.endsOn),
    () => checkPriority(command.priority),
  ]);
}

function checkPriority(priority: string): DomainError | null {
  return (ACTION_PRIORITIES as readonly string[]).includes(priority)
    ? null
    : domainError('RECORD.INVALID_VALUE', 'Priority is high, medium or low.', {
        field: 'priority',
        priority,
      });
}

export function setActionPriority(
  snapshot: PartnershipSnapshot,
  command: SetActionPriorityCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'SetActionPriority', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const error = checkPriority(command.priority);
  if (error) return fail(error);
  const action = found.value;
  return succeed(saveAction(snapshot, { ...action, priority: command.priority }), [
    { ...base(snapshot, action, now), type: 'ActionPriorityChanged', priority: command.priority },
  ]);
}

export function createAction(snapshot: PartnershipSnapshot, command: CreateActionCommand, now: Date): Result {
  const error = checkCreateAction(snapshot, command);
  if (error) return fail(error);
  const action: Action = {
    id: command.actionId,
    title: command.title,
    description: '',
    objectives: '',
    sectors: [],
    markers: {},
    themes: command.themes,
    sdgs: command.sdgs,
    locatedIn: [...new Set(command.locatedIn)],
    initiatedBy: command.initiatedBy,
    proposal: {
      proposedBy: command.proposedBy ?? command.initiatedBy,
      statedBy: command.initiatedBy,
      confirmedBy: null,
    },
    operators: command.operators,
    priority: command.priority,
    budget: [],
    status: 'planned',
    startsOn: command.startsOn,
    endsOn: command.endsOn,
    indicators: [],
    evaluations: [],
    log: [],
  };
  return succeed({ ...snapshot, actions: [...snapshot.actions, action] }, [
    {
      type: 'ActionCreated',
      at: now,
      partnershipId: snapshot.partnership.id,
      actionId: action.id,
      initiatedBy: action.initiatedBy,
      proposedBy: action.proposal.proposedBy,
    },
  ]);
}

/**
 * The other side confirms who proposed the action: a fact one side states is a figure both can rely on once
 * the other agrees. The stating side cannot confirm its own statement.
 */
export function confirmActionProposer(
  snapshot: PartnershipSnapshot,
  command: ConfirmActionProposerCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ConfirmActionProposer', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const error = firstFailure([
    () => checkParty(snapshot, command.byParty),
    () =>
      command.byParty === action.proposal.statedBy
        ? domainError(
            'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE',
            'Who proposed an action is confirmed by another side than the one that stated it.',
            { statedBy: action.proposal.statedBy, byParty: command.byParty },
          )
        : null,
  ]);
  if (error) return fail(error);
  const confirmed: Action = { ...action, proposal: { ...action.proposal, confirmedBy: command.byParty } };
  return succeed(saveAction(snapshot, confirmed), [
    {
      ...base(snapshot, action, now),
      type: 'ActionProposerConfirmed',
      proposedBy: action.proposal.proposedBy,
      byParty: command.byParty,
    },
  ]);
}

/**
 * Either side corrects who proposed the action (#23 §4: a fact entered by either side, confirmable by the
 * other). The correction is a new statement by the correcting side: unconfirmed, whether or not the former one
 * was confirmed, so that a figure both sides rely on never changes without the other side agreeing again.
 * Restating the same proposer is refused: the other side confirms it instead.
 */
export function correctActionProposer(
  snapshot: PartnershipSnapshot,
  command: CorrectActionProposerCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'CorrectActionProposer', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const error = firstFailure([
    () => checkParty(snapshot, command.byParty),
    () => checkParty(snapshot, command.proposedBy),
    () =>
      command.proposedBy === action.proposal.proposedBy
        ? domainError(
            'ACTION.PROPOSER_UNCHANGED',
            'This side is already the one stated as proposer; the other side confirms it instead.',
            { proposedBy: command.proposedBy },
          )
        : null,
  ]);
  if (error) return fail(error);
  const corrected: Action = {
    ...action,
    proposal: { proposedBy: command.proposedBy, statedBy: command.byParty, confirmedBy: null },
  };
  return succeed(saveAction(snapshot, corrected), [
    {
      ...base(snapshot, action, now),
      type: 'ActionProposerCorrected',
      from: action.proposal.proposedBy,
      proposedBy: command.proposedBy,
      byParty: command.byParty,
      unconfirmed: action.proposal.confirmedBy,
    },
  ]);
}

function saveAction(snapshot: PartnershipSnapshot, action: Action): PartnershipSnapshot {
  return { ...snapshot, actions: replaceById(snapshot.actions, action) };
}

function base(snapshot: PartnershipContext, action: Action, now: Date) {
  return { at: now, partnershipId: snapshot.partnership.id, actionId: action.id };
}

export function changeActionStatus(
  snapshot: PartnershipSnapshot,
  command: ChangeActionStatusCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ChangeActionStatus', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  if (!mayChangeActionStatus(action, command.byParty)) {
    return fail(
      domainError(
        'ACTION.STATUS_BY_INITIATOR_ONLY',
        'Only the party that initiated the action changes its status.',
        { initiatedBy: action.initiatedBy, byParty: command.byParty },
      ),
    );
  }
  if (!canMoveAction(action.status, command.to)) {
    return fail(
      domainError(
        'ACTION.INVALID_TRANSITION',
        'The action cannot move to this status from its current one.',
        {
          from: action.status,
          to: command.to,
        },
      ),
    );
  }
  return succeed(saveAction(snapshot, { ...action, status: command.to }), [
    { ...base(snapshot, action, now), type: 'ActionStatusChanged', from: action.status, to: command.to },
  ]);
}

export function addBudgetLine(
  snapshot: PartnershipSnapshot,
  command: AddBudgetLineCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'AddBudgetLine', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const line = command.line;
  const error = firstFailure([
    () => checkNewId(action.budget, line.id, 'budget line'),
    () =>
      Number.isFinite(line.amount) && line.amount >= 0
        ? null
        : domainError('ACTION.INVALID_AMOUNT', 'An amount is a non-negative number.', {
            amount: line.amount,
          }),
    () =>
      CURRENCY_PATTERN.test(line.currency)
        ? null
        : domainError('ACTION.INVALID_CURRENCY', 'Currency must be an ISO 4217 code.', {
            currency: line.currency,
          }),
    () => (line.partyId === null ? null : checkParty(snapshot, line.partyId)),
    () => checkLineFigures(line.currency, line),
  ]);
  if (error) return fail(error);
  return succeed(saveAction(snapshot, { ...action, budget: [...action.budget, line] }), [
    { ...base(snapshot, action, now), type: 'BudgetLineAdded', lineId: line.id },
  ]);
}

type LineFigures = Omit<ReviseBudgetLineCommand, 'type' | 'actionId' | 'lineId'>;

function checkAmountAndDate(
  amount: number | null,
  on: CalendarDate | null,
  field: string,
): DomainError | null {
  if ((amount === null) !== (on === null)) {
    return domainError('ODA.AMOUNT_WITHOUT_DATE', 'An amount needs its date, and a date its amount.', {
      field,
    });
  }
  if (amount !== null && !(Number.isFinite(amount) && amount >= 0)) {
    return domainError('ACTION.INVALID_AMOUNT', 'An amount is a non-negative number.', { amount });
  }
  return on === null ? null : checkCalendarDate(on, `${field}On`);
}

/** A line's period, channel, rate and committed/paid figures, as a new line or a revision states them. */
function checkLineFigures(currency: string, figures: LineFigures): DomainError | null {
  return firstFailure([
    () => checkDates(figures.periodStartsOn, figures.periodEndsOn),
    () =>
      figures.channel === null || (ODA_CHANNELS as readonly string[]).includes(figures.channel)
        ? null
        : domainError('RECORD.INVALID_VALUE', 'Unknown channel.', { field: 'channel' }),
    () => {
      const rate = figures.eurRate;
      const valid =
        rate === null || (Number.isFinite(rate) && rate > 0 && (currency !== 'EUR' || rate === 1));
      return valid
        ? null
        : domainError('ODA.INVALID_RATE', 'A rate is units of the currency per euro (1 for EUR).', {
            currency,
            eurRate: rate,
          });
    },
    () => checkAmountAndDate(figures.committedAmount, figures.committedOn, 'committed'),
    () => checkAmountAndDate(figures.paidAmount, figures.paidOn, 'paid'),
  ]);
}

export function reviseBudgetLine(
  snapshot: PartnershipSnapshot,
  command: ReviseBudgetLineCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ReviseBudgetLine', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const foundLine = findById(action.budget, command.lineId, 'budget line');
  if (!foundLine.ok) return fail(foundLine.error);
  const line = foundLine.value;
  const { type: _type, actionId: _actionId, lineId: _lineId, ...figures } = command;
  const error = checkLineFigures(line.currency, figures);
  if (error) return fail(error);
  const revised = { ...line, ...figures };
  return succeed(saveAction(snapshot, { ...action, budget: replaceById(action.budget, revised) }), [
    { ...base(snapshot, action, now), type: 'BudgetLineRevised', lineId: line.id },
  ]);
}

export function describeAction(
  snapshot: PartnershipSnapshot,
  command: DescribeActionCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'DescribeAction', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const error = firstFailure([
    () => checkSectorShares(command.sectors, command.knownSectorCodes),
    () => checkPolicyMarkers(command.markers),
  ]);
  if (error) return fail(error);
  const action = found.value;
  const described = {
    ...action,
    description: command.description.trim(),
    objectives: command.objectives.trim(),
    sectors: command.sectors.map(({ code, percentage }) => ({ code, percentage })),
    markers: { ...command.markers },
  };
  return succeed(saveAction(snapshot, described), [
    { ...base(snapshot, action, now), type: 'ActionDescribed' },
  ]);
}

/** An indicator starts validated by the side that proposes it; the others validate it in turn. */
export function addIndicator(snapshot: PartnershipSnapshot, command: AddIndicatorCommand, now: Date): Result {
  const found = locate(snapshot, 'AddIndicator', snapshot.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const error = firstFailure([
    () => checkNewId(action.indicators, command.indicatorId, 'indicator'),
    () => checkText(command.name, 'name'),
    () => checkText(command.unit, 'unit'),
    () => checkFiniteNumber(command.baseline, 'baseline'),
    () => checkFiniteNumber(command.target, 'target'),
    () => checkParty(snapshot, command.proposedBy),
    () => (command.plan ? checkIndicatorPlan(command.plan) : null),
  ]);
  if (error) return fail(error);
  const indicator: Indicator = {
    id: command.indicatorId,
    name: command.name,
    unit: command.unit,
    baseline: command.baseline,
    target: command.target,
    proposedBy: command.proposedBy,
    validatedBy: [command.proposedBy],
    ...(command.plan ? copiedPlan(command.plan) : UNPLANNED_INDICATOR),
    measurements: [],
  };
  return succeed(saveAction(snapshot, { ...action, indicators: [...action.indicators, indicator] }), [
    {
      ...base(snapshot, action, now),
      type: 'IndicatorAdded',
      indicatorId: indicator.id,
      proposedBy: command.proposedBy,
    },
  ]);
}

function checkIndicatorPlan(plan: IndicatorPlan): DomainError | null {
  return firstFailure([
    () =>
      INDICATOR_KINDS.includes(plan.kind) &&
      (plan.frequency === null || REPORTING_FREQUENCIES.includes(plan.frequency))
        ? null
        : domainError('RECORD.INVALID_VALUE', 'Unknown kind or frequency.', { field: 'kind' }),
    () => checkIndicatorPeriods(plan.periods),
    () => checkDisaggregations(plan.disaggregations),
  ]);
}

/** The plan as the indicator keeps it: copies, categories trimmed, periods without a frequency unplanned. */
function copiedPlan(plan: IndicatorPlan): IndicatorPlan {
  return {
    kind: plan.kind,
    frequency: plan.periods.length === 0 ? null : plan.frequency,
    periods: plan.periods.map(({ startsOn, endsOn, target, baseline }) => ({
      startsOn,
      endsOn,
      target,
      baseline,
    })),
    disaggregations: plan.disaggregations.map(({ dimension, categories }) => ({
      dimension,
      categories: categories.map((category) => category.trim()),
    })),
  };
}

/** Compared as copies: a stored plan may come back with its keys in another order. */
function samePlan(indicator: Indicator, plan: IndicatorPlan): boolean {
  return JSON.stringify(copiedPlan(indicator)) === JSON.stringify(plan);
}

/**
 * Plans how an indicator is reported over time. Targets are set in common: a plan that changes anything
 * counts as validated by the planning party only, so the others validate it again before the next
 * measurement (those already recorded stay; they are rows appended for good).
 */
export function planIndicator(
  snapshot: PartnershipSnapshot,
  command: PlanIndicatorCommand,
  now: Date,
): Result {
  const found = locateIndicator(snapshot, 'PlanIndicator', command.actionId, command.indicatorId);
  if (!found.ok) return fail(found.error);
  const { action, indicator } = found.value;
  const error = firstFailure([
    () => checkParty(snapshot, command.partyId),
    () => checkIndicatorPlan(command),
  ]);
  if (error) return fail(error);
  const plan = copiedPlan(command);
  const changed = !samePlan(indicator, plan);
  const planned: Indicator = {
    ...indicator,
    ...plan,
    validatedBy: changed ? [command.partyId] : indicator.validatedBy,
  };
  const revalidationAsked = changed && !isIndicatorCoValidated(planned, partyIds(snapshot));
  return succeed(saveAction(snapshot, withIndicator(action, planned)), [
    {
      ...base(snapshot, action, now),
      type: 'IndicatorPlanned',
      indicatorId: indicator.id,
      periods: plan.periods.length,
      revalidationAsked,
    },
  ]);
}

function locateIndicator(
  snapshot: ActionAppendContext,
  type: 'ValidateIndicator' | 'RecordMeasurement' | 'PlanIndicator',
  actionId: string,
  indicatorId: string,
) {
  const action = locate(snapshot, type, snapshot.actions, actionId, 'action');
  if (!action.ok) return action;
  const indicator = findById(action.value.indicators, indicatorId, 'indicator');
  return indicator.ok
    ? { ok: true as const, value: { action: action.value, indicator: indicator.value } }
    : indicator;
}

function withIndicator(action: Action, indicator: Indicator): Action {
  return { ...action, indicators: replaceById(action.indicators, indicator) };
}

export function validateIndicator(
  snapshot: PartnershipSnapshot,
  command: ValidateIndicatorCommand,
  now: Date,
): Result {
  const found = locateIndicator(snapshot, 'ValidateIndicator', command.actionId, command.indicatorId);
  if (!found.ok) return fail(found.error);
  const { action, indicator } = found.value;
  const error = firstFailure([
    () => checkParty(snapshot, command.partyId),
    () =>
      indicator.validatedBy.includes(command.partyId)
        ? domainError('ACTION.INDICATOR_ALREADY_VALIDATED', 'This party already validated this indicator.', {
            indicatorId: indicator.id,
            partyId: command.partyId,
          })
        : null,
  ]);
  if (error) return fail(error);
  const validated: Indicator = { ...indicator, validatedBy: [...indicator.validatedBy, command.partyId] };
  const coValidated = isIndicatorCoValidated(validated, partyIds(snapshot));
  return succeed(saveAction(snapshot, withIndicator(action, validated)), [
    {
      ...base(snapshot, action, now),
      type: 'IndicatorValidated',
      indicatorId: indicator.id,
      partyId: command.partyId,
      coValidated,
    },
  ]);
}

/**
 * What a record appended to an action (a measurement, a log entry, a joint evaluation) is checked against:
 * the partnership's status and parties, and its actions as they stand — the API passes just the one named,
 * without the records appended to it, which no rule reads.
 */
export type ActionAppendContext = PartnershipContext & { readonly actions: readonly Action[] };

type AppendResult<R> = CommandResult<R, ActionEvent>;

/** A partnership is measured against indicators set together (seed 002): no measurement before co-validation. */
export function recordMeasurement(
  context: ActionAppendContext,
  command: RecordMeasurementCommand,
  now: Date,
): AppendResult<Measurement> {
  const found = locateIndicator(context, 'RecordMeasurement', command.actionId, command.indicatorId);
  if (!found.ok) return fail(found.error);
  const { action, indicator } = found.value;
  const error = firstFailure([
    () => checkParty(context, command.recordedBy),
    () =>
      isIndicatorCoValidated(indicator, partyIds(context))
        ? null
        : domainError(
            'ACTION.INDICATOR_NOT_CO_VALIDATED',
            'Every party must validate an indicator before it is measured.',
            {
              indicatorId: indicator.id,
              validatedBy: indicator.validatedBy,
            },
          ),
    () => checkCalendarDate(command.on, 'on'),
    () =>
      action.startsOn !== null && command.on < action.startsOn
        ? domainError('ACTION.MEASUREMENT_BEFORE_START', 'A measurement cannot predate the action.', {
            on: command.on,
            startsOn: action.startsOn,
          })
        : null,
    () => checkFiniteNumber(command.value, 'value'),
    () => checkBreakdown(indicator, command.value, command.breakdown ?? []),
    () =>
      command.unit.trim() === indicator.unit
        ? null
        : domainError(
            'ACTION.MEASUREMENT_WRONG_UNIT',
            'A measurement is expressed in its indicator’s unit.',
            {
              unit: command.unit,
              expectedUnit: indicator.unit,
            },
          ),
  ]);
  if (error) return fail(error);
  const measurement: Measurement = {
    on: command.on,
    value: command.value,
    recordedBy: command.recordedBy,
    breakdown: (command.breakdown ?? []).map(({ dimension, category, value }) => ({
      dimension,
      category,
      value,
    })),
    evidenceIds: [...new Set(command.evidenceIds ?? [])],
  };
  return succeed(measurement, [
    {
      ...base(context, action, now),
      type: 'MeasurementRecorded',
      indicatorId: indicator.id,
      on: command.on,
    },
  ]);
}

/** Periodic joint evaluations are a remedy to asymmetry: at least two parties take part. */
export function recordJointEvaluation(
  context: ActionAppendContext,
  command: RecordJointEvaluationCommand,
  now: Date,
): AppendResult<JointEvaluation> {
  const found = locate(context, 'RecordJointEvaluation', context.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const parties = [...new Set(command.parties)];
  const error = firstFailure([
    () => checkParties(context, parties),
    () =>
      parties.length < 2
        ? domainError('ACTION.EVALUATION_NOT_JOINT', 'A joint evaluation involves at least two parties.', {
            parties,
          })
        : null,
    () => checkCalendarDate(command.on, 'on'),
    () => checkText(command.summary, 'summary'),
  ]);
  if (error) return fail(error);
  return succeed({ id: command.evaluationId, on: command.on, parties, summary: command.summary }, [
    { ...base(context, action, now), type: 'JointEvaluationRecorded', evaluationId: command.evaluationId },
  ]);
}

/** Either partner can log what was done (meetings, trainings, missions, deliveries). */
export function addLogEntry(
  context: ActionAppendContext,
  command: AddLogEntryCommand,
  now: Date,
): AppendResult<LogEntry> {
  const found = locate(context, 'AddLogEntry', context.actions, command.actionId, 'action');
  if (!found.ok) return fail(found.error);
  const action = found.value;
  const error = firstFailure([
    () => checkParty(context, command.byParty),
    () => checkText(command.text, 'text'),
  ]);
  if (error) return fail(error);
  const entry: LogEntry = {
    id: command.entryId,
    at: now,
    byParty: command.byParty,
    kind: command.kind,
    text: command.text,
    attachmentIds: [...new Set(command.attachmentIds)],
  };
  return succeed(entry, [
    { ...base(context, action, now), type: 'LogEntryAdded', entryId: entry.id, byParty: command.byParty },
  ]);
}

/** An action's records appended on their own: the commands that add them to one action. */
export type ActionAppend = RecordMeasurementCommand | RecordJointEvaluationCommand | AddLogEntryCommand;

/**
 * Applies an action's append to the whole partnership in memory (tests, generated and demo data), where the
 * id of a log entry or an evaluation must also be new to its action.
 */
export function applyActionAppend(snapshot: PartnershipSnapshot, command: ActionAppend, now: Date): Result {
  const located = locate(snapshot, command.type, snapshot.actions, command.actionId, 'action');
  if (!located.ok) return fail(located.error);
  const action = located.value;
  const duplicate =
    command.type === 'AddLogEntry'
      ? checkNewId(action.log, command.entryId, 'log entry')
      : command.type === 'RecordJointEvaluation'
        ? checkNewId(action.evaluations, command.evaluationId, 'evaluation')
        : null;
  if (duplicate) return fail(duplicate);
  const appended = appendedTo(action, snapshot, command, now);
  return appended.ok ? succeed(saveAction(snapshot, appended.value.state), appended.value.events) : appended;
}

/** The action with the append added, once the append's own rules accept it. */
function appendedTo(
  action: Action,
  snapshot: PartnershipSnapshot,
  command: ActionAppend,
  now: Date,
): CommandResult<Action, ActionEvent> {
  switch (command.type) {
    case 'RecordMeasurement': {
      const recorded = recordMeasurement(snapshot, command, now);
      if (!recorded.ok) return recorded;
      return succeed(withAppended(action, command.indicatorId, recorded.value.state), recorded.value.events);
    }
    case 'RecordJointEvaluation': {
      const recorded = recordJointEvaluation(snapshot, command, now);
      if (!recorded.ok) return recorded;
      const evaluations = [...action.evaluations, recorded.value.state];
      return succeed({ ...action, evaluations }, recorded.value.events);
    }
    case 'AddLogEntry': {
      const recorded = addLogEntry(snapshot, command, now);
      if (!recorded.ok) return recorded;
      return succeed({ ...action, log: [...action.log, recorded.value.state] }, recorded.value.events);
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

function withAppended(action: Action, indicatorId: string, measurement: Measurement): Action {
  return {
    ...action,
    indicators: action.indicators.map((indicator) =>
      indicator.id === indicatorId
        ? { ...indicator, measurements: [...indicator.measurements, measurement] }
        : indicator,
    ),
  };
}
