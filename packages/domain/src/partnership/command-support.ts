import { type CalendarDate, isCalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type CommandResult, type Result, err, ok } from '../shared/result';
import { calendarDateAt } from '../shared/zoned-time';
import {
  type PartnershipCommandType,
  isCommandAllowedDuringNotice,
  isCommandAllowedIn,
} from './command-policy';
import { type PartnershipContext, type PartnershipSnapshot, initiatorId, isParty } from './partnership';

/** A lazily evaluated rule: returns the refusal, or null when the rule holds. */
export type Check = () => DomainError | null;

/** Runs checks in order and stops at the first refusal, so errors are deterministic. */
export function firstFailure(checks: readonly Check[]): DomainError | null {
  for (const check of checks) {
    const error = check();
    if (error) return error;
  }
  return null;
}

export function checkCommandAllowed(
  snapshot: PartnershipContext,
  type: PartnershipCommandType,
): DomainError | null {
  const status = snapshot.partnership.status;
  if (isCommandAllowedIn(status, type)) return checkAllowedDuringNotice(snapshot, type);
  const details = { command: type, status };
  switch (status) {
    case 'terminated':
      return domainError(
        'PARTNERSHIP.TERMINATED',
        'The partnership is terminated: nothing can change.',
        details,
      );
    case 'suspended':
      return domainError('PARTNERSHIP.SUSPENDED', 'The partnership is suspended: resume it first.', details);
    case 'active':
      return domainError('PARTNERSHIP.NOT_SUSPENDED', 'The partnership is not suspended.', details);
    default: {
      const _exhaustive: never = status;
      return _exhaustive;
    }
  }
}

function checkAllowedDuringNotice(
  snapshot: PartnershipContext,
  type: PartnershipCommandType,
): DomainError | null {
  if (snapshot.partnership.rupture?.stage !== 'notice' || isCommandAllowedDuringNotice(type)) return null;
  return domainError(
    'PARTNERSHIP.IN_NOTICE',
    'The partnership is serving its notice: it runs to its end, nothing new starts.',
    { command: type, effectiveOn: snapshot.partnership.rupture.effectiveOn },
  );
}

export function checkParty(snapshot: PartnershipContext, partyId: PartyId): DomainError | null {
  return isParty(snapshot, partyId)
    ? null
    : domainError('PARTNERSHIP.UNKNOWN_PARTY', 'This organisation is not a party to the partnership.', {
        partyId,
      });
}

export function checkParties(snapshot: PartnershipContext, ids: readonly PartyId[]): DomainError | null {
  for (const partyId of ids) {
    const error = checkParty(snapshot, partyId);
    if (error) return error;
  }
  return null;
}

export function checkHasPartner(snapshot: PartnershipContext): DomainError | null {
  return snapshot.partnership.parties.length >= 2
    ? null
    : domainError('PARTNERSHIP.NEEDS_PARTNER', 'This needs at least one partner besides the initiator.');
}

export function checkText(value: string, field: string): DomainError | null {
  return value.trim() === ''
    ? domainError('RECORD.TEXT_REQUIRED', `The field "${field}" must not be empty.`, { field })
    : null;
}

export function checkCalendarDate(value: string, field: string): DomainError | null {
  return isCalendarDate(value)
    ? null
    : domainError('RECORD.INVALID_VALUE', `The field "${field}" must be a date (YYYY-MM-DD).`, {
        field,
        value,
      });
}

export function checkInteger(value: number, field: string, min: number): DomainError | null {
  return Number.isInteger(value) && value >= min
    ? null
    : domainError('RECORD.INVALID_VALUE', `The field "${field}" must be an integer >= ${min}.`, {
        field,
        value,
      });
}

export function checkFiniteNumber(value: number, field: string): DomainError | null {
  return Number.isFinite(value)
    ? null
    : domainError('RECORD.INVALID_VALUE', `The field "${field}" must be a number.`, { field, value });
}

export function checkNewId(
  items: readonly { readonly id: string }[],
  id: string,
  kind: string,
): DomainError | null {
  if (id.trim() === '')
    return domainError('RECORD.TEXT_REQUIRED', `A ${kind} needs an id.`, { field: 'id', kind });
  return items.some((item) => item.id === id)
    ? domainError('RECORD.DUPLICATE_ID', `A ${kind} with this id already exists.`, { kind, id })
    : null;
}

export function findById<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  kind: string,
): Result<T> {
  const found = items.find((item) => item.id === id);
  return found ? ok(found) : err(domainError('RECORD.NOT_FOUND', `No ${kind} with this id.`, { kind, id }));
}

export function replaceById<T extends { readonly id: string }>(
  items: readonly T[],
  updated: T,
): readonly T[] {
  return items.map((item) => (item.id === updated.id ? updated : item));
}

export function fail<S, Ev>(error: DomainError): CommandResult<S, Ev> {
  return err(error);
}

export function succeed<S, Ev>(state: S, events: readonly Ev[]): CommandResult<S, Ev> {
  return ok({ state, events });
}

/** Time zone in which the partnership's calendar dates are read: the initiator's, UTC if unknown. */
export function referenceTimeZone(
  snapshot: Pick<PartnershipSnapshot, 'partnership' | 'organisations'>,
): string {
  return timeZoneOf(snapshot, initiatorId(snapshot));
}

export function timeZoneOf(
  snapshot: Pick<PartnershipSnapshot, 'partnership' | 'organisations'>,
  partyId: PartyId,
): string {
  return snapshot.organisations.find((organisation) => organisation.id === partyId)?.timeZone ?? 'UTC';
}

/** "Today" for the partnership's calendar rules (expiry, notice, visits), in the reference time zone. */
export function todayOf(snapshot: PartnershipSnapshot, now: Date): CalendarDate {
  return calendarDateAt(now, referenceTimeZone(snapshot));
}

/** Checks the command may run in the partnership's status, then finds the record it targets. */
export function locate<T extends { readonly id: string }>(
  snapshot: PartnershipContext,
  type: PartnershipCommandType,
  items: readonly T[],
  id: string,
  kind: string,
): Result<T> {
  const notAllowed = checkCommandAllowed(snapshot, type);
  return notAllowed ? err(notAllowed) : findById(items, id, kind);
}
