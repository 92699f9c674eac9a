import {
  type ActionDecision,
  type Termination,
  bindingTerms,
  isBindingConventionState,
  isFinalConventionState,
} from '../convention/convention';
import { type CalendarDate, addDays, daysBetween } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import {
  checkCalendarDate,
  checkCommandAllowed,
  checkHasPartner,
  checkParty,
  checkText,
  fail,
  firstFailure,
  succeed,
  todayOf,
} from './command-support';
import { type PartnershipSnapshot, partyIds } from './partnership';
import { type EventBase } from './partnership-events';
import {
  DELIBERATION_RECORDERS,
  RUPTURE_COMMANDS_BY_STAGE,
  RUPTURE_NEGOTIATION_DAYS,
  type Rupture,
  type RuptureCommandType,
  type RuptureDeliberation,
  type RuptureResponse,
  type RuptureStage,
} from './rupture-record';
import { DEFAULT_TERMINATION_NOTICE_DAYS, applyActionDecisions, checkTermination } from './termination';

export interface ProposeRuptureCommand {
  readonly type: 'ProposeRupture';
  readonly partyId: PartyId;
  readonly reason: string;
}

export interface RespondToRuptureCommand {
  readonly type: 'RespondToRupture';
  readonly partyId: PartyId;
  readonly text: string;
}

export interface WithdrawRuptureCommand {
  readonly type: 'WithdrawRupture';
  readonly reason: string;
}

export interface DecideRuptureCommand {
  readonly type: 'DecideRupture';
  readonly deliberation: RuptureDeliberation;
  readonly noticeGivenOn: CalendarDate;
  readonly effectiveOn: CalendarDate;
  readonly actionDecisions: readonly ActionDecision[];
}

export interface EndRuptureNoticeCommand {
  readonly type: 'EndRuptureNotice';
}

export type RuptureCommand =
  | ProposeRuptureCommand
  | RespondToRuptureCommand
  | WithdrawRuptureCommand
  | DecideRuptureCommand
  | EndRuptureNoticeCommand;

export type RuptureEvent =
  | (EventBase & { readonly type: 'RuptureProposed'; readonly reason: string; readonly by: PartyId })
  | (EventBase & { readonly type: 'RuptureResponded'; readonly by: PartyId })
  | (EventBase & { readonly type: 'RuptureWithdrawn'; readonly reason: string })
  | (EventBase & {
      readonly type: 'RuptureDecided';
      readonly deliberationReference: string;
      readonly noticeGivenOn: CalendarDate;
      readonly effectiveOn: CalendarDate;
    })
  | (EventBase & {
      readonly type: 'PartnershipTerminated';
      readonly reason: string;
      readonly noticeGivenOn: CalendarDate;
      readonly effectiveOn: CalendarDate;
    })
  | (EventBase & {
      readonly type: 'ConventionTerminated';
      readonly conventionId: string;
      readonly reason: string;
    });

type Outcome = CommandResult<PartnershipSnapshot, RuptureEvent>;

export function ruptureStageOf(snapshot: Pick<PartnershipSnapshot, 'partnership'>): RuptureStage | 'none' {
  return snapshot.partnership.rupture?.stage ?? 'none';
}

/** Whether the partnership is serving its notice: it runs, but nothing new starts. */
export function isInNotice(snapshot: Pick<PartnershipSnapshot, 'partnership'>): boolean {
  return ruptureStageOf(snapshot) === 'notice';
}

/** Notice the orderly path owes the partner: the binding convention's, else the default. */
function noticeDaysOf(snapshot: PartnershipSnapshot): number {
  const convention = snapshot.convention;
  return convention && isBindingConventionState(convention.state)
    ? bindingTerms(convention).terminationNoticeDays
    : DEFAULT_TERMINATION_NOTICE_DAYS;
}

function checkStage(snapshot: PartnershipSnapshot, type: RuptureCommandType): DomainError | null {
  const stage = ruptureStageOf(snapshot);
  const allowed: readonly RuptureCommandType[] = RUPTURE_COMMANDS_BY_STAGE[stage];
  if (allowed.includes(type)) return null;
  const details = { command: type, stage };
  return stage === 'negotiating' || stage === 'notice'
    ? domainError('PARTNERSHIP.RUPTURE_ALREADY_OPEN', 'A rupture is already under way.', details)
    : domainError('PARTNERSHIP.NO_OPEN_RUPTURE', 'No rupture is under way.', details);
}

function openRupture(snapshot: PartnershipSnapshot): Rupture {
  const rupture = snapshot.partnership.rupture;
  if (!rupture) throw new RangeError(`partnership ${snapshot.partnership.id} has no rupture`);
  return rupture;
}

function withRupture(snapshot: PartnershipSnapshot, rupture: Rupture): PartnershipSnapshot {
  return { ...snapshot, partnership: { ...snapshot.partnership, rupture } };
}

function base(snapshot: PartnershipSnapshot, now: Date): EventBase {
  return { at: now, partnershipId: snapshot.partnership.id };
}

/** Opens the negotiation: the partner is informed (the API notifies it) and may answer. */
export function proposeRupture(
  snapshot: PartnershipSnapshot,
  command: ProposeRuptureCommand,
  now: Date,
): Outcome {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'ProposeRupture'),
    () => checkStage(snapshot, 'ProposeRupture'),
    () => checkHasPartner(snapshot),
    () => checkParty(snapshot, command.partyId),
    () => checkText(command.reason, 'reason'),
  ]);
  if (error) return fail(error);
  const rupture: Rupture = {
    stage: 'negotiating',
    reason: command.reason.trim(),
    proposedBy: command.partyId,
    proposedOn: todayOf(snapshot, now),
    responses: [],
    deliberation: null,
    decidedAt: null,
    noticeGivenOn: null,
    effectiveOn: null,
    actionDecisions: [],
    withdrawal: null,
  };
  return succeed(withRupture(snapshot, rupture), [
    { ...base(snapshot, now), type: 'RuptureProposed', reason: rupture.reason, by: command.partyId },
  ]);
}

/** The partner is heard: its answer is recorded, during the negotiation or the notice. */
export function respondToRupture(
  snapshot: PartnershipSnapshot,
  command: RespondToRuptureCommand,
  now: Date,
): Outcome {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RespondToRupture'),
    () => checkStage(snapshot, 'RespondToRupture'),
    () => checkParty(snapshot, command.partyId),
    () =>
      command.partyId === snapshot.partnership.rupture?.proposedBy
        ? domainError(
            'PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER',
            'The response to a rupture comes from the other parties.',
          )
        : null,
    () => checkText(command.text, 'text'),
  ]);
  if (error) return fail(error);
  const rupture = openRupture(snapshot);
  const response: RuptureResponse = {
    partyId: command.partyId,
    text: command.text.trim(),
    on: todayOf(snapshot, now),
  };
  return succeed(withRupture(snapshot, { ...rupture, responses: [...rupture.responses, response] }), [
    { ...base(snapshot, now), type: 'RuptureResponded', by: command.partyId },
  ]);
}

/** The negotiation kept the partnership: the rupture is withdrawn (a new one may be proposed later). */
export function withdrawRupture(
  snapshot: PartnershipSnapshot,
  command: WithdrawRuptureCommand,
  now: Date,
): Outcome {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'WithdrawRupture'),
    () => checkStage(snapshot, 'WithdrawRupture'),
    () => checkText(command.reason, 'reason'),
  ]);
  if (error) return fail(error);
  const withdrawal = { reason: command.reason.trim(), on: todayOf(snapshot, now) };
  return succeed(withRupture(snapshot, { ...openRupture(snapshot), stage: 'withdrawn', withdrawal }), [
    { ...base(snapshot, now), type: 'RuptureWithdrawn', reason: withdrawal.reason },
  ]);
}

/** Parties other than the proposer that have not answered yet. */
export function partiesNotHeard(snapshot: PartnershipSnapshot): readonly PartyId[] {
  const rupture = snapshot.partnership.rupture;
  if (!rupture) return [];
  const heard = new Set(rupture.responses.map((response) => response.partyId));
  return partyIds(snapshot).filter((id) => id !== rupture.proposedBy && !heard.has(id));
}

/** The first day the elected body may decide: once every partner answered, or after the negotiation days. */
export function earliestRuptureDecisionOn(snapshot: PartnershipSnapshot): CalendarDate | null {
  const rupture = snapshot.partnership.rupture;
  if (!rupture) return null;
  if (partiesNotHeard(snapshot).length === 0) return rupture.proposedOn;
  return addDays(rupture.proposedOn, RUPTURE_NEGOTIATION_DAYS);
}

function checkNegotiated(snapshot: PartnershipSnapshot, today: CalendarDate): DomainError | null {
  const earliest = earliestRuptureDecisionOn(snapshot);
  if (earliest !== null && earliest <= today) return null;
  return domainError(
    'PARTNERSHIP.RUPTURE_NOT_NEGOTIATED',
    'The partner must be heard, or the negotiation days have passed, before the decision.',
    { earliestOn: earliest, negotiationDays: RUPTURE_NEGOTIATION_DAYS, notHeard: partiesNotHeard(snapshot) },
  );
}

function checkDeliberation(
  deliberation: RuptureDeliberation,
  rupture: Rupture,
  today: CalendarDate,
): DomainError | null {
  const missing = deliberation.body.trim() === '' || deliberation.reference.trim() === '';
  const dated = checkCalendarDate(deliberation.adoptedOn, 'deliberation.adoptedOn');
  if (dated) return dated;
  if (
    missing ||
    deliberation.adoptedOn > today ||
    deliberation.adoptedOn < rupture.proposedOn ||
    !(DELIBERATION_RECORDERS as readonly string[]).includes(deliberation.recordedBy)
  )
    return domainError(
      'PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION',
      'The decision needs the elected body, its deliberation reference and a date between the proposal and today.',
      { proposedOn: rupture.proposedOn, today },
    );
  return null;
}

/**
 * Records the elected body's decision: notice starts. Actions the parties decided to stop are cancelled; the
 * others carry on through the notice, during which the partnership runs.
 */
export function decideRupture(
  snapshot: PartnershipSnapshot,
  command: DecideRuptureCommand,
  now: Date,
): Outcome {
  const today = todayOf(snapshot, now);
  const stageError = firstFailure([
    () => checkCommandAllowed(snapshot, 'DecideRupture'),
    () => checkStage(snapshot, 'DecideRupture'),
  ]);
  if (stageError) return fail(stageError);
  const rupture = openRupture(snapshot);
  const error = firstFailure([
    () => checkNegotiated(snapshot, today),
    () => checkDeliberation(command.deliberation, rupture, today),
    () =>
      command.noticeGivenOn < command.deliberation.adoptedOn
        ? domainError(
            'PARTNERSHIP.TERMINATION_NEEDS_NOTICE',
            'Notice follows the deliberation that decides it.',
            { adoptedOn: command.deliberation.adoptedOn, noticeGivenOn: command.noticeGivenOn },
          )
        : null,
    () =>
      checkTermination(
        { ...command, reason: rupture.reason },
        {
          requiredNoticeDays: noticeDaysOf(snapshot),
          today,
          actions: snapshot.actions,
          codes: {
            reason: 'PARTNERSHIP.TERMINATION_NEEDS_REASON',
            notice: 'PARTNERSHIP.TERMINATION_NEEDS_NOTICE',
            actionDecisions: 'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS',
          },
        },
      ),
  ]);
  if (error) return fail(error);
  const decided: Rupture = {
    ...rupture,
    stage: 'notice',
    deliberation: {
      ...command.deliberation,
      body: command.deliberation.body.trim(),
      reference: command.deliberation.reference.trim(),
    },
    decidedAt: now,
    noticeGivenOn: command.noticeGivenOn,
    effectiveOn: command.effectiveOn,
    actionDecisions: command.actionDecisions,
  };
  const state = {
    ...withRupture(snapshot, decided),
    actions: applyActionDecisions(snapshot.actions, command.actionDecisions),
  };
  return succeed(state, [
    {
      ...base(snapshot, now),
      type: 'RuptureDecided',
      deliberationReference: decided.deliberation!.reference,
      noticeGivenOn: command.noticeGivenOn,
      effectiveOn: command.effectiveOn,
    },
  ]);
}

/** Days of notice left (0 on the effective day and after); null when no notice runs. */
export function noticeDaysLeft(snapshot: PartnershipSnapshot, now: Date): number | null {
  const rupture = snapshot.partnership.rupture;
  if (rupture?.stage !== 'notice' || rupture.effectiveOn === null) return null;
  return Math.max(0, daysBetween(todayOf(snapshot, now), rupture.effectiveOn));
}

/** Whether the notice is over and the rupture due to take effect (what the daily job looks for). */
export function isRuptureDue(snapshot: PartnershipSnapshot, now: Date): boolean {
  return noticeDaysLeft(snapshot, now) === 0;
}

/**
 * At the end of notice the partnership is terminated, with its live convention; never before. Run by the
 * daily job, so that the decision day and the end are two moments.
 */
export function endRuptureNotice(
  snapshot: PartnershipSnapshot,
  _command: EndRuptureNoticeCommand,
  now: Date,
): Outcome {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'EndRuptureNotice'),
    () => checkStage(snapshot, 'EndRuptureNotice'),
    () =>
      isRuptureDue(snapshot, now)
        ? null
        : domainError('PARTNERSHIP.NOTICE_NOT_OVER', 'The notice period is not over yet.', {
            effectiveOn: snapshot.partnership.rupture?.effectiveOn ?? null,
          }),
  ]);
  if (error) return fail(error);
  const rupture = openRupture(snapshot);
  const termination: Termination = {
    reason: rupture.reason,
    noticeGivenOn: rupture.noticeGivenOn!,
    effectiveOn: rupture.effectiveOn!,
    actionDecisions: rupture.actionDecisions,
    // The decision is the deliberation's record, not the end of the notice it started.
    decidedAt: rupture.decidedAt ?? now,
  };
  const convention = snapshot.convention;
  const endsConvention = convention !== null && !isFinalConventionState(convention.state);
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: {
      ...snapshot.partnership,
      status: 'terminated',
      suspension: null,
      termination,
      rupture: { ...rupture, stage: 'ended' },
    },
    convention: endsConvention ? { ...convention, state: 'terminated', termination } : convention,
  };
  const events: RuptureEvent[] = [
    {
      ...base(snapshot, now),
      type: 'PartnershipTerminated',
      reason: rupture.reason,
      noticeGivenOn: termination.noticeGivenOn,
      effectiveOn: termination.effectiveOn,
    },
  ];
  if (endsConvention)
    events.push({
      ...base(snapshot, now),
      type: 'ConventionTerminated',
      conventionId: convention.id,
      reason: rupture.reason,
    });
  return succeed(state, events);
}
