import { type Action, isActionOngoing } from '../action/action';
import { type ActionDecision, type Termination } from '../convention/convention';
import { type CalendarDate, daysBetween } from '../shared/calendar-date';
import { type DomainError, type ErrorCode, domainError } from '../shared/domain-error';
import { checkCalendarDate, firstFailure } from './command-support';

/** What a party must provide to end a relation or a convention in order (seed 000: no unilateral rupture). */
export interface TerminationRequest {
  readonly reason: string;
  readonly noticeGivenOn: CalendarDate;
  readonly effectiveOn: CalendarDate;
  readonly actionDecisions: readonly ActionDecision[];
}

export interface TerminationCodes {
  readonly reason: ErrorCode;
  readonly notice: ErrorCode;
  readonly actionDecisions: ErrorCode;
}

export interface TerminationRules {
  readonly requiredNoticeDays: number;
  readonly today: CalendarDate;
  readonly actions: readonly Action[];
  readonly codes: TerminationCodes;
}

/** Without a convention stating a notice period, the partner still gets this much notice. */
export const DEFAULT_TERMINATION_NOTICE_DAYS = 30;

export function ongoingActionIds(actions: readonly Action[]): readonly string[] {
  return actions.filter(isActionOngoing).map((action) => action.id);
}

function checkNotice(request: TerminationRequest, rules: TerminationRules): DomainError | null {
  const givenDays = daysBetween(request.noticeGivenOn, request.effectiveOn);
  const noticeGivenInFuture = request.noticeGivenOn > rules.today;
  if (!noticeGivenInFuture && givenDays >= rules.requiredNoticeDays) return null;
  return domainError(
    rules.codes.notice,
    'Termination needs notice given to the partner for the agreed period.',
    {
      requiredDays: rules.requiredNoticeDays,
      givenDays,
      noticeGivenOn: request.noticeGivenOn,
      today: rules.today,
    },
  );
}

function checkActionDecisions(request: TerminationRequest, rules: TerminationRules): DomainError | null {
  const decided = new Set(request.actionDecisions.map((decision) => decision.actionId));
  const missing = ongoingActionIds(rules.actions).filter((id) => !decided.has(id));
  const known = new Set(rules.actions.map((action) => action.id));
  const unknown = request.actionDecisions.map((d) => d.actionId).filter((id) => !known.has(id));
  if (missing.length === 0 && unknown.length === 0) return null;
  return domainError(rules.codes.actionDecisions, 'Every ongoing action needs a decision on its fate.', {
    missingActionIds: missing,
    unknownActionIds: unknown,
  });
}

export function checkTermination(request: TerminationRequest, rules: TerminationRules): DomainError | null {
  return firstFailure([
    () =>
      request.reason.trim() === ''
        ? domainError(rules.codes.reason, 'Termination needs a stated reason.', { field: 'reason' })
        : null,
    () => checkCalendarDate(request.noticeGivenOn, 'noticeGivenOn'),
    () => checkCalendarDate(request.effectiveOn, 'effectiveOn'),
    () => checkNotice(request, rules),
    () => checkActionDecisions(request, rules),
  ]);
}

export function toTermination(request: TerminationRequest, now: Date): Termination {
  return {
    reason: request.reason,
    noticeGivenOn: request.noticeGivenOn,
    effectiveOn: request.effectiveOn,
    actionDecisions: request.actionDecisions,
    decidedAt: now,
  };
}

/** Actions the parties decided to stop are cancelled; the others carry on through the notice period. */
export function applyActionDecisions(
  actions: readonly Action[],
  decisions: readonly ActionDecision[],
): readonly Action[] {
  const stopped = new Set(decisions.filter((d) => d.fate === 'stop').map((d) => d.actionId));
  return actions.map((action) =>
    stopped.has(action.id) && isActionOngoing(action) ? { ...action, status: 'cancelled' } : action,
  );
}
