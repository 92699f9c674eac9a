import { type FunderKind } from '../action/action';
import { type CalendarDate, isCalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type OrganisationId } from '../shared/ids';
import { type Result, err, ok } from '../shared/result';

/**
 * A rule of a call for projects, kept as data with where it is written (the call's rules, an article), so
 * that an officer can check a draft against it and see why it fails. Shares are fractions (0.2 = 20 %);
 * amounts are euros.
 */
export type CallRule =
  /** The applicant's own funds must be at least this share of the action's budget. */
  | { readonly kind: 'min_own_funds_share'; readonly share: number; readonly source: string }
  /** Valued staff time may count for at most this share of the action's budget. */
  | { readonly kind: 'max_staff_time_share'; readonly share: number; readonly source: string }
  /** The call funds at most this share of the action's budget. */
  | { readonly kind: 'max_call_share'; readonly share: number; readonly source: string }
  /** The call grants at most this amount (euros) per application. */
  | { readonly kind: 'max_requested_amount'; readonly amount: number; readonly source: string };

export const CALL_RULE_KINDS = [
  'min_own_funds_share',
  'max_staff_time_share',
  'max_call_share',
  'max_requested_amount',
] as const satisfies readonly CallRule['kind'][];
export type CallRuleKind = (typeof CALL_RULE_KINDS)[number];

/** A call for projects an authority follows (the ministry's yearly call, AFD's facility, a region's fund). */
export interface FundingCall {
  readonly id: string;
  /** The authority that follows the call and applies to it. */
  readonly organisationId: OrganisationId;
  readonly funder: Exclude<FunderKind, 'own_budget'>;
  readonly funderName: string;
  readonly name: string;
  readonly link: string | null;
  readonly opensOn: CalendarDate;
  readonly closesOn: CalendarDate;
  readonly rules: readonly CallRule[];
}

export const FUNDING_APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'granted',
  'refused',
  'withdrawn',
] as const;
export type FundingApplicationStatus = (typeof FUNDING_APPLICATION_STATUSES)[number];

/**
 * Where an application may go from each status. A grant can still be given up (conditions the authority
 * cannot meet); a refusal and a withdrawal are final — applying again is a new application to a new call.
 */
export const FUNDING_APPLICATION_TRANSITIONS = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['granted', 'refused', 'withdrawn'],
  granted: ['withdrawn'],
  refused: [],
  withdrawn: [],
} as const satisfies Record<FundingApplicationStatus, readonly FundingApplicationStatus[]>;

/** An action's application to one call. Amounts are euros. */
export interface FundingApplication {
  readonly id: string;
  readonly callId: string;
  readonly actionId: string;
  readonly status: FundingApplicationStatus;
  readonly requestedAmount: number;
  /** Valued staff time counted in the action's budget (what `max_staff_time_share` limits). */
  readonly staffTimeAmount: number;
  readonly submittedOn: CalendarDate | null;
  readonly grantedAmount: number | null;
  readonly decidedOn: CalendarDate | null;
  /** The funder's conditions attached to its decision (reports, visibility, co-financing to prove). */
  readonly conditions: string;
  readonly withdrawnOn: CalendarDate | null;
}

export type FundingApplicationEvent =
  | { readonly type: 'submit'; readonly on: CalendarDate }
  | {
      readonly type: 'grant';
      readonly on: CalendarDate;
      readonly grantedAmount: number;
      readonly conditions: string;
    }
  | { readonly type: 'refuse'; readonly on: CalendarDate; readonly conditions: string }
  | { readonly type: 'withdraw'; readonly on: CalendarDate };

const TARGET_OF: Record<FundingApplicationEvent['type'], FundingApplicationStatus> = {
  submit: 'submitted',
  grant: 'granted',
  refuse: 'refused',
  withdraw: 'withdrawn',
};

export function canMoveApplication(from: FundingApplicationStatus, to: FundingApplicationStatus): boolean {
  const allowed: readonly FundingApplicationStatus[] = FUNDING_APPLICATION_TRANSITIONS[from];
  return allowed.includes(to);
}

const isAmount = (value: number) => Number.isFinite(value) && value >= 0;

/** A new draft, checked: a positive request, staff time neither negative nor above the request's action. */
export function draftApplication(input: {
  readonly id: string;
  readonly callId: string;
  readonly actionId: string;
  readonly requestedAmount: number;
  readonly staffTimeAmount: number;
}): Result<FundingApplication> {
  const amounts = checkAmounts(input.requestedAmount, input.staffTimeAmount);
  if (amounts) return err(amounts);
  return ok({
    ...input,
    status: 'draft',
    submittedOn: null,
    grantedAmount: null,
    decidedOn: null,
    conditions: '',
    withdrawnOn: null,
  });
}

/** A draft's amounts changed; only a draft is revised (what was submitted is what the funder read). */
export function reviseDraftApplication(
  application: FundingApplication,
  amounts: { readonly requestedAmount: number; readonly staffTimeAmount: number },
): Result<FundingApplication> {
  if (application.status !== 'draft')
    return err(
      domainError('FUNDING.NOT_A_DRAFT', 'Only a draft application is revised.', {
        status: application.status,
      }),
    );
  const invalid = checkAmounts(amounts.requestedAmount, amounts.staffTimeAmount);
  return invalid ? err(invalid) : ok({ ...application, ...amounts });
}

function checkAmounts(requested: number, staffTime: number): DomainError | null {
  if (!isAmount(requested) || requested === 0 || !isAmount(staffTime))
    return domainError(
      'FUNDING.INVALID_AMOUNT',
      'The requested amount is positive and the staff time is zero or more.',
    );
  return null;
}

/**
 * Moves an application through its life: submitted while its call is open, granted (at most what was
 * requested, with the funder's conditions) or refused on a decision date not before the submission, or
 * withdrawn by the applicant. Anything else is refused with the reason.
 */
export function moveApplication(
  application: FundingApplication,
  call: Pick<FundingCall, 'opensOn' | 'closesOn'>,
  event: FundingApplicationEvent,
): Result<FundingApplication> {
  const to = TARGET_OF[event.type];
  if (!canMoveApplication(application.status, to))
    return err(
      domainError(
        'FUNDING.TRANSITION_NOT_ALLOWED',
        `An application that is ${application.status} cannot become ${to}.`,
        { from: application.status, to },
      ),
    );
  if (!isCalendarDate(event.on))
    return err(domainError('FUNDING.INVALID_DATE', 'Dates are calendar dates (YYYY-MM-DD).'));
  switch (event.type) {
    case 'submit':
      if (event.on < call.opensOn || event.on > call.closesOn)
        return err(
          domainError('FUNDING.CALL_NOT_OPEN', 'An application is submitted while its call is open.', {
            opensOn: call.opensOn,
            closesOn: call.closesOn,
          }),
        );
      return ok({ ...application, status: 'submitted', submittedOn: event.on });
    case 'grant': {
      const early = decidedTooEarly(application, event.on);
      if (early) return err(early);
      if (!isAmount(event.grantedAmount) || event.grantedAmount === 0)
        return err(domainError('FUNDING.INVALID_AMOUNT', 'A grant is a positive amount.'));
      if (event.grantedAmount > application.requestedAmount)
        return err(
          domainError('FUNDING.GRANT_ABOVE_REQUEST', 'A grant is at most the amount requested.', {
            requestedAmount: application.requestedAmount,
          }),
        );
      return ok({
        ...application,
        status: 'granted',
        grantedAmount: event.grantedAmount,
        decidedOn: event.on,
        conditions: event.conditions.trim(),
      });
    }
    case 'refuse': {
      const early = decidedTooEarly(application, event.on);
      if (early) return err(early);
      return ok({
        ...application,
        status: 'refused',
        decidedOn: event.on,
        conditions: event.conditions.trim(),
      });
    }
    case 'withdraw':
      return ok({ ...application, status: 'withdrawn', withdrawnOn: event.on });
    default: {
      const unknown: never = event;
      throw new Error(`unknown application event ${JSON.stringify(unknown)}`);
    }
  }
}

function decidedTooEarly(application: FundingApplication, on: CalendarDate): DomainError | null {
  if (application.submittedOn !== null && on < application.submittedOn)
    return domainError(
      'FUNDING.DECISION_BEFORE_SUBMISSION',
      'A decision is dated on or after the submission.',
      {
        submittedOn: application.submittedOn,
      },
    );
  return null;
}

/** A call as an officer enters it: dates in order, rules with sensible figures and a source each. */
export function checkFundingCall(call: Omit<FundingCall, 'id' | 'organisationId'>): Result<true> {
  if (!isCalendarDate(call.opensOn) || !isCalendarDate(call.closesOn) || call.closesOn < call.opensOn)
    return err(domainError('FUNDING.CALL_DATES', 'A call closes on or after the day it opens.'));
  const kinds = call.rules.map((rule) => rule.kind);
  if (new Set(kinds).size !== kinds.length)
    return err(domainError('FUNDING.INVALID_RULE', 'Each kind of rule appears once in a call.'));
  for (const rule of call.rules) {
    const valid =
      rule.kind === 'max_requested_amount'
        ? isAmount(rule.amount) && rule.amount > 0
        : Number.isFinite(rule.share) && rule.share >= 0 && rule.share <= 1;
    if (!valid)
      return err(
        domainError('FUNDING.INVALID_RULE', 'A share is between 0 and 1 and an amount is positive.', {
          kind: rule.kind,
        }),
      );
  }
  return ok(true);
}
