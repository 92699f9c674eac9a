import {
  checkCalendarDate,
  checkCommandAllowed,
  checkHasPartner,
  checkInteger,
  checkNewId,
  checkParty,
  checkText,
  fail,
  firstFailure,
  succeed,
  todayOf,
} from '../partnership/command-support';
import { type PartnershipSnapshot, partyIds } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import {
  type TerminationRequest,
  applyActionDecisions,
  checkTermination,
  toTermination,
} from '../partnership/termination';
import { type CalendarDate, addMonths, maxCalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type CommandResult, type Result, err, ok } from '../shared/result';
import {
  type Convention,
  type ConventionContent,
  type ConventionState,
  type ConventionTerms,
  type RenewalKind,
  type Signatory,
  bindingTerms,
  currentVersion,
  isBindingConventionState,
  isFinalConventionState,
  isTacitRenewalPending,
  partiesWhoApproved,
  tacitRenewalObjectionDeadline,
} from './convention';
import { isKnownOrCustomTheme } from '../action/action';
import { missingForConventionApproval } from './convention-readiness';
import { type ConventionCommandType, isConventionCommandAllowed } from './convention-state-machine';

export interface DraftConventionCommand {
  readonly type: 'DraftConvention';
  readonly conventionId: string;
  readonly text: string;
  readonly content: ConventionContent;
  readonly terms: ConventionTerms;
}
export interface OpenConventionNegotiationCommand {
  readonly type: 'OpenConventionNegotiation';
}
export interface ReviseConventionCommand {
  readonly type: 'ReviseConvention';
  readonly text: string;
  readonly content: ConventionContent;
  readonly terms: ConventionTerms;
}
export interface ApproveConventionCommand {
  readonly type: 'ApproveConvention';
  readonly partyId: PartyId;
  readonly version: number;
  readonly councilDecisionRef: string;
  readonly decidedOn: CalendarDate;
  readonly decisionFileId: string | null;
}
export interface SignConventionCommand {
  readonly type: 'SignConvention';
  readonly version: number;
  readonly signedOn: CalendarDate;
  readonly signatories: readonly Signatory[];
  readonly signedFileId: string | null;
}
export interface BringConventionIntoForceCommand {
  readonly type: 'BringConventionIntoForce';
  readonly effectiveOn: CalendarDate;
}
export interface ObjectToTacitRenewalCommand {
  readonly type: 'ObjectToTacitRenewal';
  readonly partyId: PartyId;
  readonly on: CalendarDate;
}
export interface RenewConventionCommand {
  readonly type: 'RenewConvention';
  readonly kind: RenewalKind;
  /** Explicit renewals only: the council decisions' reference and the new expiry date. */
  readonly decisionRef: string | null;
  readonly newExpiresOn: CalendarDate | null;
}
export interface ExpireConventionCommand {
  readonly type: 'ExpireConvention';
}
export interface SuspendConventionCommand {
  readonly type: 'SuspendConvention';
  readonly reason: string;
}
export interface ResumeConventionCommand {
  readonly type: 'ResumeConvention';
}
export interface TerminateConventionCommand extends TerminationRequest {
  readonly type: 'TerminateConvention';
}

type Ev<T extends string, P = object> = EventBase & { readonly type: T; readonly conventionId: string } & P;

export type ConventionEvent =
  | Ev<'ConventionDrafted', { readonly version: number }>
  | Ev<'ConventionNegotiationOpened'>
  | Ev<'ConventionRevised', { readonly version: number }>
  | Ev<
      'ConventionApproved',
      { readonly partyId: PartyId; readonly version: number; readonly approvedByAll: boolean }
    >
  | Ev<'ConventionSigned', { readonly version: number; readonly signedOn: CalendarDate }>
  | Ev<'ConventionEnteredIntoForce', { readonly effectiveOn: CalendarDate; readonly expiresOn: CalendarDate }>
  | Ev<'TacitRenewalObjected', { readonly partyId: PartyId; readonly on: CalendarDate }>
  | Ev<'ConventionRenewed', { readonly kind: RenewalKind; readonly newExpiresOn: CalendarDate }>
  | Ev<'ConventionExpired', { readonly expiredOn: CalendarDate }>
  | Ev<'ConventionSuspended', { readonly reason: string }>
  | Ev<'ConventionResumed'>
  | Ev<'ConventionTerminated', { readonly reason: string }>;

type Outcome = CommandResult<PartnershipSnapshot, ConventionEvent>;

/** The objectives are what the parties sign up to; the other clauses may be filled in during negotiation. */
function checkContent(content: ConventionContent): DomainError | null {
  const theme = content.themes.find((candidate) => !isKnownOrCustomTheme(candidate));
  return firstFailure([
    () => checkText(content.objectives, 'content.objectives'),
    () =>
      theme === undefined
        ? null
        : domainError('RECORD.INVALID_VALUE', 'Unknown theme.', { field: 'content.themes', value: theme }),
  ]);
}

function checkTerms(terms: ConventionTerms): DomainError | null {
  const invalid = firstFailure([
    () => checkInteger(terms.durationMonths, 'terms.durationMonths', 1),
    () => checkInteger(terms.terminationNoticeDays, 'terms.terminationNoticeDays', 1),
    () =>
      terms.tacitRenewal
        ? checkInteger(terms.tacitRenewal.periodMonths, 'terms.tacitRenewal.periodMonths', 1)
        : null,
    () =>
      terms.tacitRenewal
        ? checkInteger(terms.tacitRenewal.objectionNoticeDays, 'terms.tacitRenewal.objectionNoticeDays', 0)
        : null,
  ]);
  return invalid
    ? domainError(
        'CONVENTION.INVALID_TERMS',
        'Convention terms need a duration, a termination notice and sound renewal terms.',
        invalid.details,
      )
    : null;
}

function stateError(convention: Convention, type: ConventionCommandType): DomainError {
  const details = { state: convention.state, command: type };
  if (type !== 'SignConvention') {
    return domainError(
      'CONVENTION.INVALID_TRANSITION',
      'The convention cannot do this in its current state.',
      details,
    );
  }
  const version = currentVersion(convention).number;
  const approvedBy = partiesWhoApproved(convention, version);
  return domainError(
    'CONVENTION.NOT_SIGNABLE',
    'A convention is signed only once every party approved the same version.',
    {
      ...details,
      version,
      approvedBy,
    },
  );
}

/** Partnership status, then existence of a convention, then the state machine table. */
function locateConvention(snapshot: PartnershipSnapshot, type: ConventionCommandType): Result<Convention> {
  const notAllowed = checkCommandAllowed(snapshot, type);
  if (notAllowed) return err(notAllowed);
  const convention = snapshot.convention;
  if (!convention)
    return err(domainError('RECORD.NOT_FOUND', 'There is no convention yet.', { kind: 'convention' }));
  return isConventionCommandAllowed(convention.state, type)
    ? ok(convention)
    : err(stateError(convention, type));
}

function checkNotAfterToday(date: CalendarDate, today: CalendarDate, field: string): DomainError | null {
  return date > today
    ? domainError('RECORD.INVALID_VALUE', `The date "${field}" cannot be in the future.`, {
        field,
        value: date,
        today,
      })
    : null;
}

function withConvention(snapshot: PartnershipSnapshot, convention: Convention): PartnershipSnapshot {
  return { ...snapshot, convention };
}

function event<T extends ConventionEvent['type']>(
  snapshot: PartnershipSnapshot,
  convention: Convention,
  now: Date,
  type: T,
) {
  return { type, at: now, partnershipId: snapshot.partnership.id, conventionId: convention.id };
}

/** Starts a (new) convention. The previous one, if expired or terminated, goes to the history. */
export function draftConvention(
  snapshot: PartnershipSnapshot,
  command: DraftConventionCommand,
  now: Date,
): Outcome {
  const previous = snapshot.convention;
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'DraftConvention'),
    () => checkHasPartner(snapshot),
    () =>
      previous && !isFinalConventionState(previous.state)
        ? domainError(
            'CONVENTION.ALREADY_EXISTS',
            'A convention is already under way for this partnership.',
            {
              conventionId: previous.id,
              state: previous.state,
            },
          )
        : null,
    () =>
      checkNewId(
        [...snapshot.conventionHistory, ...(previous ? [previous] : [])],
        command.conventionId,
        'convention',
      ),
    () => checkText(command.text, 'text'),
    () => checkContent(command.content),
    () => checkTerms(command.terms),
  ]);
  if (error) return fail(error);
  const convention: Convention = {
    id: command.conventionId,
    state: 'draft',
    versions: [
      { number: 1, text: command.text, content: command.content, terms: command.terms, createdAt: now },
    ],
    approvals: [],
    signature: null,
    effectiveOn: null,
    expiresOn: null,
    renewalObjections: [],
    renewals: [],
    suspension: null,
    termination: null,
  };
  const conventionHistory = previous ? [...snapshot.conventionHistory, previous] : snapshot.conventionHistory;
  return succeed({ ...snapshot, convention, conventionHistory }, [
    { ...event(snapshot, convention, now, 'ConventionDrafted'), version: 1 },
  ]);
}

export function openConventionNegotiation(
  snapshot: PartnershipSnapshot,
  _command: OpenConventionNegotiationCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'OpenConventionNegotiation');
  if (!found.ok) return fail(found.error);
  const convention: Convention = { ...found.value, state: 'in_negotiation' };
  return succeed(withConvention(snapshot, convention), [
    event(snapshot, convention, now, 'ConventionNegotiationOpened'),
  ]);
}

/** A new version: approvals of earlier versions stay in the record but no longer count. */
export function reviseConvention(
  snapshot: PartnershipSnapshot,
  command: ReviseConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'ReviseConvention');
  if (!found.ok) return fail(found.error);
  const error = firstFailure([
    () => checkText(command.text, 'text'),
    () => checkContent(command.content),
    () => checkTerms(command.terms),
  ]);
  if (error) return fail(error);
  const number = currentVersion(found.value).number + 1;
  const state: ConventionState = found.value.state === 'draft' ? 'draft' : 'in_negotiation';
  const convention: Convention = {
    ...found.value,
    state,
    versions: [
      ...found.value.versions,
      { number, text: command.text, content: command.content, terms: command.terms, createdAt: now },
    ],
  };
  return succeed(withConvention(snapshot, convention), [
    { ...event(snapshot, convention, now, 'ConventionRevised'), version: number },
  ]);
}

function checkVersion(convention: Convention, version: number): DomainError | null {
  const current = currentVersion(convention).number;
  return version === current
    ? null
    : domainError('CONVENTION.VERSION_MISMATCH', 'This is not the current version of the convention.', {
        version,
        current,
      });
}

/** A party's council approves the current version; the method's political dialogue must have taken place. */
export function approveConvention(
  snapshot: PartnershipSnapshot,
  command: ApproveConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'ApproveConvention');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const missing = missingForConventionApproval(snapshot);
  const error = firstFailure([
    () => checkParty(snapshot, command.partyId),
    () => checkVersion(convention, command.version),
    () =>
      partiesWhoApproved(convention, command.version).includes(command.partyId)
        ? domainError('CONVENTION.ALREADY_APPROVED', 'This party already approved this version.', {
            partyId: command.partyId,
            version: command.version,
          })
        : null,
    () =>
      missing.length > 0
        ? domainError(
            'CONVENTION.NOT_APPROVABLE',
            'The political dialogue the convention concludes is not complete.',
            {
              missingCriteria: missing,
            },
          )
        : null,
    () => checkText(command.councilDecisionRef, 'councilDecisionRef'),
    () => checkCalendarDate(command.decidedOn, 'decidedOn'),
    () => checkNotAfterToday(command.decidedOn, todayOf(snapshot, now), 'decidedOn'),
  ]);
  if (error) return fail(error);
  const approvals = [
    ...convention.approvals,
    {
      partyId: command.partyId,
      version: command.version,
      councilDecisionRef: command.councilDecisionRef,
      decidedOn: command.decidedOn,
      decisionFileId: command.decisionFileId,
    },
  ];
  const approvedBy = new Set(approvals.filter((a) => a.version === command.version).map((a) => a.partyId));
  const approvedByAll = partyIds(snapshot).every((partyId) => approvedBy.has(partyId));
  const next: Convention = { ...convention, approvals, state: approvedByAll ? 'approved' : 'in_negotiation' };
  return succeed(withConvention(snapshot, next), [
    {
      ...event(snapshot, next, now, 'ConventionApproved'),
      partyId: command.partyId,
      version: command.version,
      approvedByAll,
    },
  ]);
}

function checkEveryPartyApproved(
  snapshot: PartnershipSnapshot,
  convention: Convention,
  version: number,
): DomainError | null {
  const approvedBy = partiesWhoApproved(convention, version);
  const missing = partyIds(snapshot).filter((partyId) => !approvedBy.includes(partyId));
  return missing.length === 0
    ? null
    : domainError(
        'CONVENTION.NOT_SIGNABLE',
        'A convention is signed only once every party approved the same version.',
        {
          version,
          missingApprovals: missing,
        },
      );
}

function checkSignatories(
  snapshot: PartnershipSnapshot,
  signatories: readonly Signatory[],
): DomainError | null {
  const missing = partyIds(snapshot).filter(
    (partyId) => !signatories.some((s) => s.partyId === partyId && s.name.trim() !== ''),
  );
  return missing.length === 0
    ? null
    : domainError('CONVENTION.SIGNATORY_MISSING', 'Every party needs a signatory.', {
        missingParties: missing,
      });
}

export function signConvention(
  snapshot: PartnershipSnapshot,
  command: SignConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'SignConvention');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const lastApproval = maxCalendarDate(
    convention.approvals.filter((a) => a.version === command.version).map((a) => a.decidedOn),
  );
  const error = firstFailure([
    () => checkVersion(convention, command.version),
    () => checkEveryPartyApproved(snapshot, convention, command.version),
    () => checkSignatories(snapshot, command.signatories),
    () => checkCalendarDate(command.signedOn, 'signedOn'),
    () =>
      lastApproval !== null && command.signedOn < lastApproval
        ? domainError(
            'CONVENTION.SIGNED_BEFORE_APPROVAL',
            'A convention cannot be signed before its last approval.',
            {
              signedOn: command.signedOn,
              lastApprovalOn: lastApproval,
            },
          )
        : null,
    () => checkNotAfterToday(command.signedOn, todayOf(snapshot, now), 'signedOn'),
  ]);
  if (error) return fail(error);
  const next: Convention = {
    ...convention,
    state: 'signed',
    signature: {
      version: command.version,
      signedOn: command.signedOn,
      signatories: command.signatories,
      signedFileId: command.signedFileId,
    },
  };
  return succeed(withConvention(snapshot, next), [
    {
      ...event(snapshot, next, now, 'ConventionSigned'),
      version: command.version,
      signedOn: command.signedOn,
    },
  ]);
}

export function bringConventionIntoForce(
  snapshot: PartnershipSnapshot,
  command: BringConventionIntoForceCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'BringConventionIntoForce');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const signedOn = convention.signature?.signedOn ?? '';
  const error = firstFailure([
    () => checkCalendarDate(command.effectiveOn, 'effectiveOn'),
    () =>
      command.effectiveOn < signedOn
        ? domainError(
            'CONVENTION.EFFECTIVE_BEFORE_SIGNATURE',
            'A convention cannot take effect before it is signed.',
            {
              effectiveOn: command.effectiveOn,
              signedOn,
            },
          )
        : null,
  ]);
  if (error) return fail(error);
  const expiresOn = addMonths(command.effectiveOn, bindingTerms(convention).durationMonths);
  const next: Convention = { ...convention, state: 'in_force', effectiveOn: command.effectiveOn, expiresOn };
  return succeed(withConvention(snapshot, next), [
    {
      ...event(snapshot, next, now, 'ConventionEnteredIntoForce'),
      effectiveOn: command.effectiveOn,
      expiresOn,
    },
  ]);
}

function checkTacitTermsExist(convention: Convention): DomainError | null {
  return bindingTerms(convention).tacitRenewal
    ? null
    : domainError(
        'CONVENTION.TACIT_RENEWAL_NOT_PROVIDED',
        'This convention does not provide for tacit renewal.',
      );
}

/** A party prevents the tacit renewal by objecting before the deadline the convention sets. */
export function objectToTacitRenewal(
  snapshot: PartnershipSnapshot,
  command: ObjectToTacitRenewalCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'ObjectToTacitRenewal');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const deadline = tacitRenewalObjectionDeadline(convention);
  const error = firstFailure([
    () => checkParty(snapshot, command.partyId),
    () => checkTacitTermsExist(convention),
    () => checkCalendarDate(command.on, 'on'),
    () => checkNotAfterToday(command.on, todayOf(snapshot, now), 'on'),
    () =>
      deadline !== null && command.on > deadline
        ? domainError(
            'CONVENTION.OBJECTION_TOO_LATE',
            'The deadline to object to the tacit renewal has passed.',
            {
              deadline,
              on: command.on,
            },
          )
        : null,
  ]);
  if (error) return fail(error);
  const next: Convention = {
    ...convention,
    renewalObjections: [...convention.renewalObjections, { partyId: command.partyId, on: command.on }],
  };
  return succeed(withConvention(snapshot, next), [
    { ...event(snapshot, next, now, 'TacitRenewalObjected'), partyId: command.partyId, on: command.on },
  ]);
}

function renewalExpiry(
  convention: Convention,
  command: RenewConventionCommand,
  today: CalendarDate,
): Result<CalendarDate> {
  const expiresOn = convention.expiresOn ?? today;
  if (command.kind === 'tacit') {
    const error = firstFailure([
      () => checkTacitTermsExist(convention),
      () =>
        convention.renewalObjections.length > 0
          ? domainError('CONVENTION.RENEWAL_OBJECTED', 'A party objected to the tacit renewal.', {
              objections: convention.renewalObjections.map((o) => o.partyId),
            })
          : null,
      () =>
        today < expiresOn
          ? domainError('CONVENTION.NOT_YET_EXPIRED', 'Tacit renewal happens on the expiry date.', {
              expiresOn,
              today,
            })
          : null,
    ]);
    return error
      ? err(error)
      : ok(addMonths(expiresOn, bindingTerms(convention).tacitRenewal?.periodMonths ?? 0));
  }
  const error = firstFailure([
    () =>
      (command.decisionRef ?? '').trim() === ''
        ? domainError(
            'CONVENTION.RENEWAL_NEEDS_DECISION',
            'An explicit renewal needs the councils’ decision reference.',
          )
        : null,
    () => checkCalendarDate(command.newExpiresOn ?? '', 'newExpiresOn'),
    () =>
      (command.newExpiresOn ?? '') <= expiresOn
        ? domainError('RECORD.INVALID_VALUE', 'The new expiry date must come after the current one.', {
            field: 'newExpiresOn',
            value: command.newExpiresOn,
            expiresOn,
          })
        : null,
  ]);
  return error ? err(error) : ok(command.newExpiresOn ?? expiresOn);
}

export function renewConvention(
  snapshot: PartnershipSnapshot,
  command: RenewConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'RenewConvention');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const today = todayOf(snapshot, now);
  const newExpiry = renewalExpiry(convention, command, today);
  if (!newExpiry.ok) return fail(newExpiry.error);
  const renewal = {
    kind: command.kind,
    on: today,
    previousExpiresOn: convention.expiresOn ?? today,
    newExpiresOn: newExpiry.value,
    decisionRef: command.kind === 'explicit' ? command.decisionRef : null,
  };
  const next: Convention = {
    ...convention,
    state: 'renewed',
    expiresOn: newExpiry.value,
    renewalObjections: [],
    renewals: [...convention.renewals, renewal],
  };
  return succeed(withConvention(snapshot, next), [
    { ...event(snapshot, next, now, 'ConventionRenewed'), kind: command.kind, newExpiresOn: newExpiry.value },
  ]);
}

export function expireConvention(
  snapshot: PartnershipSnapshot,
  _command: ExpireConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'ExpireConvention');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const today = todayOf(snapshot, now);
  const expiresOn = convention.expiresOn ?? today;
  const error = firstFailure([
    () =>
      today < expiresOn
        ? domainError('CONVENTION.NOT_YET_EXPIRED', 'The convention has not reached its expiry date.', {
            expiresOn,
            today,
          })
        : null,
    () =>
      isTacitRenewalPending(convention)
        ? domainError(
            'CONVENTION.TACIT_RENEWAL_APPLIES',
            'No party objected: the convention renews tacitly.',
            { expiresOn },
          )
        : null,
  ]);
  if (error) return fail(error);
  const next: Convention = { ...convention, state: 'expired', suspension: null };
  return succeed(withConvention(snapshot, next), [
    { ...event(snapshot, next, now, 'ConventionExpired'), expiredOn: expiresOn },
  ]);
}

export function suspendConvention(
  snapshot: PartnershipSnapshot,
  command: SuspendConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'SuspendConvention');
  if (!found.ok) return fail(found.error);
  if (command.reason.trim() === '') {
    return fail(
      domainError('CONVENTION.SUSPENSION_NEEDS_REASON', 'Suspending a convention needs a stated reason.'),
    );
  }
  const next: Convention = {
    ...found.value,
    state: 'suspended',
    suspension: { reason: command.reason, since: todayOf(snapshot, now) },
  };
  return succeed(withConvention(snapshot, next), [
    { ...event(snapshot, next, now, 'ConventionSuspended'), reason: command.reason },
  ]);
}

export function resumeConvention(
  snapshot: PartnershipSnapshot,
  _command: ResumeConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'ResumeConvention');
  if (!found.ok) return fail(found.error);
  const next: Convention = { ...found.value, state: 'in_force', suspension: null };
  return succeed(withConvention(snapshot, next), [event(snapshot, next, now, 'ConventionResumed')]);
}

/**
 * Ends the convention. A binding convention needs its notice period, a reason and a decision on every
 * ongoing action; a draft or a negotiation is simply abandoned with a reason.
 */
export function terminateConvention(
  snapshot: PartnershipSnapshot,
  command: TerminateConventionCommand,
  now: Date,
): Outcome {
  const found = locateConvention(snapshot, 'TerminateConvention');
  if (!found.ok) return fail(found.error);
  const convention = found.value;
  const binding = isBindingConventionState(convention.state);
  const error = binding
    ? checkTermination(command, {
        requiredNoticeDays: bindingTerms(convention).terminationNoticeDays,
        today: todayOf(snapshot, now),
        actions: snapshot.actions,
        codes: {
          reason: 'CONVENTION.TERMINATION_NEEDS_REASON',
          notice: 'CONVENTION.TERMINATION_NEEDS_NOTICE',
          actionDecisions: 'CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS',
        },
      })
    : command.reason.trim() === ''
      ? domainError('CONVENTION.TERMINATION_NEEDS_REASON', 'Abandoning a convention needs a stated reason.')
      : null;
  if (error) return fail(error);
  const next: Convention = {
    ...convention,
    state: 'terminated',
    suspension: null,
    termination: toTermination(command, now),
  };
  const actions = binding
    ? applyActionDecisions(snapshot.actions, command.actionDecisions)
    : snapshot.actions;
  return succeed({ ...snapshot, convention: next, actions }, [
    { ...event(snapshot, next, now, 'ConventionTerminated'), reason: command.reason },
  ]);
}
