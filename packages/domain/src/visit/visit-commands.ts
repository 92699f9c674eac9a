import {
  checkCalendarDate,
  checkCommandAllowed,
  checkNewId,
  checkText,
  fail,
  firstFailure,
  locate,
  replaceById,
  succeed,
  todayOf,
} from '../partnership/command-support';
import { type PartnershipSnapshot, initiatorId, partnerIds } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';
import { type CommandResult } from '../shared/result';
import { checkElectedReviewer } from '../shared/review';
import {
  type RedZoneApproval,
  type TravelAdvisory,
  type Visit,
  type VisitDirection,
  hostPartyId,
  isRedZone,
  visitingPartyId,
} from './visit';

export interface RecordVisitCommand {
  readonly type: 'RecordVisit';
  readonly visitId: string;
  readonly direction: VisitDirection;
  readonly partnerPartyId: PartyId;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly purpose: string;
  readonly delegation: readonly PersonRef[];
  readonly hosts: readonly PersonRef[];
  readonly travelAdvisory: TravelAdvisory | null;
  readonly redZoneApproval: RedZoneApproval | null;
}

export interface RecordVisitReportCommand {
  readonly type: 'RecordVisitReport';
  readonly visitId: string;
  readonly summary: string;
  readonly outcomes: readonly string[];
}

export interface CancelVisitCommand {
  readonly type: 'CancelVisit';
  readonly visitId: string;
  readonly reason: string;
}

export type VisitEvent =
  | (EventBase & {
      readonly type: 'VisitRecorded';
      readonly visitId: string;
      readonly direction: VisitDirection;
      readonly startsOn: CalendarDate;
      readonly endsOn: CalendarDate;
    })
  | (EventBase & { readonly type: 'VisitReported'; readonly visitId: string })
  | (EventBase & { readonly type: 'VisitCancelled'; readonly visitId: string; readonly reason: string });

type Result = CommandResult<PartnershipSnapshot, VisitEvent>;

function checkPartner(snapshot: PartnershipSnapshot, partnerPartyId: PartyId): DomainError | null {
  return partnerIds(snapshot).includes(partnerPartyId)
    ? null
    : domainError(
        'PARTNERSHIP.UNKNOWN_PARTY',
        'A visit goes to or comes from a partner of the partnership.',
        {
          partyId: partnerPartyId,
        },
      );
}

function checkMembersFrom(people: readonly PersonRef[], partyId: PartyId, field: string): DomainError | null {
  const stranger = people.find((person) => person.partyId !== partyId);
  return stranger
    ? domainError('VISIT.MEMBER_OTHER_PARTY', `Everyone in "${field}" must belong to the same side.`, {
        field,
        personId: stranger.personId,
        expectedPartyId: partyId,
      })
    : null;
}

function checkTravelAdvisory(command: RecordVisitCommand): DomainError | null {
  if (command.travelAdvisory === null) {
    return command.direction === 'to_partner'
      ? domainError(
          'VISIT.TRAVEL_ADVISORY_REQUIRED',
          "Check the destination's travel advisory before sending a delegation.",
        )
      : null;
  }
  return firstFailure([
    () => checkText(command.travelAdvisory?.source ?? '', 'travelAdvisory.source'),
    () => checkCalendarDate(command.travelAdvisory?.checkedOn ?? '', 'travelAdvisory.checkedOn'),
  ]);
}

/** Elected officials answer for the safety of delegations: a red zone needs one of them to approve explicitly. */
function checkRedZoneApproval(command: RecordVisitCommand, visitingParty: PartyId): DomainError | null {
  if (!isRedZone(command.travelAdvisory)) return null;
  const approval = command.redZoneApproval;
  const reviewerError = approval ? checkElectedReviewer(approval.approvedBy, visitingParty) : null;
  if (approval && !reviewerError) return null;
  return domainError(
    'VISIT.RED_ZONE_NEEDS_ELECTED_APPROVAL',
    'A visit to a zone formally advised against needs the explicit approval of an elected official of the travelling side.',
    { reason: reviewerError?.code ?? 'missing' },
  );
}

/** Records a visit (planned or past). Size and diversity are warnings, not refusals; safety is a refusal. */
export function recordVisit(snapshot: PartnershipSnapshot, command: RecordVisitCommand, now: Date): Result {
  const initiator = initiatorId(snapshot);
  const visiting = visitingPartyId(command, initiator);
  const hosting = hostPartyId(command, initiator);
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordVisit'),
    () => checkPartner(snapshot, command.partnerPartyId),
    () => checkNewId(snapshot.visits, command.visitId, 'visit'),
    () => checkCalendarDate(command.startsOn, 'startsOn'),
    () => checkCalendarDate(command.endsOn, 'endsOn'),
    () =>
      command.endsOn < command.startsOn
        ? domainError('VISIT.END_BEFORE_START', 'A visit cannot end before it starts.', {
            startsOn: command.startsOn,
            endsOn: command.endsOn,
          })
        : null,
    () => checkText(command.purpose, 'purpose'),
    () =>
      command.delegation.length === 0
        ? domainError('VISIT.EMPTY_DELEGATION', 'A visit needs at least one delegation member.')
        : null,
    () => checkMembersFrom(command.delegation, visiting, 'delegation'),
    () => checkMembersFrom(command.hosts, hosting, 'hosts'),
    () => checkTravelAdvisory(command),
    () => checkRedZoneApproval(command, visiting),
  ]);
  if (error) return fail(error);
  const visit: Visit = {
    id: command.visitId,
    direction: command.direction,
    partnerPartyId: command.partnerPartyId,
    startsOn: command.startsOn,
    endsOn: command.endsOn,
    purpose: command.purpose,
    delegation: command.delegation,
    hosts: command.hosts,
    travelAdvisory: command.travelAdvisory,
    redZoneApproval: isRedZone(command.travelAdvisory) ? command.redZoneApproval : null,
    report: null,
    cancelled: false,
  };
  return succeed({ ...snapshot, visits: [...snapshot.visits, visit] }, [
    {
      type: 'VisitRecorded',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      direction: visit.direction,
      startsOn: visit.startsOn,
      endsOn: visit.endsOn,
    },
  ]);
}

/** The report records what the visit produced; it can be written from the last day of the visit on. */
export function recordVisitReport(
  snapshot: PartnershipSnapshot,
  command: RecordVisitReportCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'RecordVisitReport', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const error = firstFailure([
    () =>
      visit.cancelled
        ? domainError('VISIT.CANCELLED', 'This visit was cancelled.', { visitId: visit.id })
        : null,
    () =>
      visit.endsOn > todayOf(snapshot, now)
        ? domainError('VISIT.NOT_YET_ENDED', 'A visit report is written once the visit has taken place.', {
            visitId: visit.id,
            endsOn: visit.endsOn,
          })
        : null,
    () => checkText(command.summary, 'summary'),
  ]);
  if (error) return fail(error);
  const reported: Visit = {
    ...visit,
    report: { writtenAt: now, summary: command.summary, outcomes: command.outcomes },
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, reported) }, [
    { type: 'VisitReported', at: now, partnershipId: snapshot.partnership.id, visitId: visit.id },
  ]);
}

export function cancelVisit(snapshot: PartnershipSnapshot, command: CancelVisitCommand, now: Date): Result {
  const found = locate(snapshot, 'CancelVisit', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const error = firstFailure([
    () =>
      visit.cancelled
        ? domainError('VISIT.CANCELLED', 'This visit is already cancelled.', { visitId: visit.id })
        : null,
    () =>
      visit.startsOn <= todayOf(snapshot, now)
        ? domainError('VISIT.ALREADY_TAKEN_PLACE', 'A visit that has started cannot be cancelled.', {
            visitId: visit.id,
          })
        : null,
    () => checkText(command.reason, 'reason'),
  ]);
  if (error) return fail(error);
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, { ...visit, cancelled: true }) }, [
    {
      type: 'VisitCancelled',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      reason: command.reason,
    },
  ]);
}
