import {
  checkCalendarDate,
  checkCommandAllowed,
  checkNewId,
  checkText,
  fail,
  findById,
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
  type VisitReport,
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
  readonly agenda: readonly string[];
  readonly delegation: readonly PersonRef[];
  readonly hosts: readonly PersonRef[];
  readonly travelAdvisory: TravelAdvisory | null;
  readonly redZoneApproval: RedZoneApproval | null;
}

/** Moves or reshapes a visit that has not started yet (dates, programme, delegation, advisory). */
export interface ReplanVisitCommand {
  readonly type: 'ReplanVisit';
  readonly visitId: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly purpose: string;
  readonly agenda: readonly string[];
  readonly delegation: readonly PersonRef[];
  readonly hosts: readonly PersonRef[];
  readonly travelAdvisory: TravelAdvisory | null;
}

export interface ApproveRedZoneVisitCommand {
  readonly type: 'ApproveRedZoneVisit';
  readonly visitId: string;
  readonly approvedBy: PersonRef;
  readonly decisionRef: string | null;
}

export interface FollowUpInput {
  readonly followUpId: string;
  readonly title: string;
  readonly owner: PersonRef;
  readonly dueOn: CalendarDate;
}

export interface RecordVisitReportCommand {
  readonly type: 'RecordVisitReport';
  readonly visitId: string;
  readonly summary: string;
  readonly outcomes: readonly string[];
  readonly peopleMet: readonly string[];
  readonly followUps: readonly FollowUpInput[];
}

export interface CompleteVisitFollowUpCommand {
  readonly type: 'CompleteVisitFollowUp';
  readonly visitId: string;
  readonly followUpId: string;
  readonly doneOn: CalendarDate;
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
  | (EventBase & {
      readonly type: 'VisitReplanned';
      readonly visitId: string;
      readonly startsOn: CalendarDate;
      readonly endsOn: CalendarDate;
    })
  | (EventBase & {
      readonly type: 'RedZoneVisitApproved';
      readonly visitId: string;
      readonly personId: string;
    })
  | (EventBase & { readonly type: 'VisitReported'; readonly visitId: string })
  | (EventBase & {
      readonly type: 'VisitFollowUpCompleted';
      readonly visitId: string;
      readonly followUpId: string;
    })
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

function checkTravelAdvisory(
  command: Pick<RecordVisitCommand, 'travelAdvisory' | 'direction'>,
): DomainError | null {
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

/**
 * Elected officials answer for the safety of delegations: a red zone needs one of them to approve explicitly,
 * before the visit. A visit still to come may be planned first and approved later (`ApproveRedZoneVisit`).
 */
function checkRedZoneApproval(
  command: Pick<RecordVisitCommand, 'travelAdvisory' | 'redZoneApproval' | 'startsOn'>,
  visitingParty: PartyId,
  today: CalendarDate,
): DomainError | null {
  if (!isRedZone(command.travelAdvisory)) return null;
  const approval = command.redZoneApproval;
  const reviewerError = approval ? checkElectedReviewer(approval.approvedBy, visitingParty) : null;
  if (approval && !reviewerError) return null;
  if (!approval && command.startsOn > today) return null;
  return domainError(
    'VISIT.RED_ZONE_NEEDS_ELECTED_APPROVAL',
    'A visit to a zone formally advised against needs the explicit approval of an elected official of the travelling side.',
    { reason: reviewerError?.code ?? 'missing' },
  );
}

function checkPeopleOfParties(snapshot: PartnershipSnapshot, people: readonly PersonRef[], field: string) {
  const parties = snapshot.partnership.parties.map((party) => party.organisationId);
  const stranger = people.find((person) => !parties.includes(person.partyId));
  return stranger
    ? domainError('VISIT.MEMBER_OTHER_PARTY', `Everyone in "${field}" must belong to a party.`, {
        field,
        personId: stranger.personId,
      })
    : null;
}

/** The checks shared by recording and re-planning a visit. */
function checkVisitPlan(
  snapshot: PartnershipSnapshot,
  plan: Omit<RecordVisitCommand, 'type' | 'visitId' | 'redZoneApproval'>,
): DomainError | null {
  const initiator = initiatorId(snapshot);
  return firstFailure([
    () => checkCalendarDate(plan.startsOn, 'startsOn'),
    () => checkCalendarDate(plan.endsOn, 'endsOn'),
    () =>
      plan.endsOn < plan.startsOn
        ? domainError('VISIT.END_BEFORE_START', 'A visit cannot end before it starts.', {
            startsOn: plan.startsOn,
            endsOn: plan.endsOn,
          })
        : null,
    () => checkText(plan.purpose, 'purpose'),
    () =>
      plan.delegation.length === 0
        ? domainError('VISIT.EMPTY_DELEGATION', 'A visit needs at least one delegation member.')
        : null,
    () => checkMembersFrom(plan.delegation, visitingPartyId(plan, initiator), 'delegation'),
    () => checkMembersFrom(plan.hosts, hostPartyId(plan, initiator), 'hosts'),
    () => checkTravelAdvisory(plan),
  ]);
}

/** Records a visit (planned or past). Size and diversity are warnings, not refusals; safety is a refusal. */
export function recordVisit(snapshot: PartnershipSnapshot, command: RecordVisitCommand, now: Date): Result {
  const visiting = visitingPartyId(command, initiatorId(snapshot));
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordVisit'),
    () => checkPartner(snapshot, command.partnerPartyId),
    () => checkNewId(snapshot.visits, command.visitId, 'visit'),
    () => checkVisitPlan(snapshot, command),
    () => checkRedZoneApproval(command, visiting, todayOf(snapshot, now)),
  ]);
  if (error) return fail(error);
  const visit: Visit = {
    id: command.visitId,
    direction: command.direction,
    partnerPartyId: command.partnerPartyId,
    startsOn: command.startsOn,
    endsOn: command.endsOn,
    purpose: command.purpose,
    agenda: command.agenda,
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

/** A visit that has started is history: it can be reported on, not moved. */
function checkNotStarted(snapshot: PartnershipSnapshot, visit: Visit, now: Date): DomainError | null {
  if (visit.cancelled)
    return domainError('VISIT.CANCELLED', 'This visit was cancelled.', { visitId: visit.id });
  return visit.startsOn <= todayOf(snapshot, now)
    ? domainError('VISIT.ALREADY_TAKEN_PLACE', 'This visit has started: it can no longer be changed.', {
        visitId: visit.id,
      })
    : null;
}

/**
 * Moves or reshapes a planned visit. A red-zone approval stays valid while the destination stays red; a
 * destination that turns red needs a new approval before the visit.
 */
export function replanVisit(snapshot: PartnershipSnapshot, command: ReplanVisitCommand, now: Date): Result {
  const found = locate(snapshot, 'ReplanVisit', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const plan = { ...command, direction: visit.direction, partnerPartyId: visit.partnerPartyId };
  const error = firstFailure([
    () => checkNotStarted(snapshot, visit, now),
    () => checkVisitPlan(snapshot, plan),
    () =>
      checkRedZoneApproval(
        { ...plan, redZoneApproval: visit.redZoneApproval },
        visitingPartyId(visit, initiatorId(snapshot)),
        todayOf(snapshot, now),
      ),
  ]);
  if (error) return fail(error);
  const replanned: Visit = {
    ...visit,
    startsOn: command.startsOn,
    endsOn: command.endsOn,
    purpose: command.purpose,
    agenda: command.agenda,
    delegation: command.delegation,
    hosts: command.hosts,
    travelAdvisory: command.travelAdvisory,
    redZoneApproval: isRedZone(command.travelAdvisory) ? visit.redZoneApproval : null,
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, replanned) }, [
    {
      type: 'VisitReplanned',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      startsOn: replanned.startsOn,
      endsOn: replanned.endsOn,
    },
  ]);
}

/** An elected official of the travelling side approves a visit to a zone formally advised against. */
export function approveRedZoneVisit(
  snapshot: PartnershipSnapshot,
  command: ApproveRedZoneVisitCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ApproveRedZoneVisit', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const error = firstFailure([
    () => checkNotStarted(snapshot, visit, now),
    () =>
      isRedZone(visit.travelAdvisory)
        ? null
        : domainError('VISIT.APPROVAL_NOT_NEEDED', 'Only a visit to a red zone needs this approval.', {
            visitId: visit.id,
          }),
    () => checkElectedReviewer(command.approvedBy, visitingPartyId(visit, initiatorId(snapshot))),
  ]);
  if (error) return fail(error);
  const approved: Visit = {
    ...visit,
    redZoneApproval: { approvedBy: command.approvedBy, approvedAt: now, decisionRef: command.decisionRef },
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, approved) }, [
    {
      type: 'RedZoneVisitApproved',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      personId: command.approvedBy.personId,
    },
  ]);
}

function checkFollowUps(snapshot: PartnershipSnapshot, followUps: readonly FollowUpInput[]) {
  return firstFailure(
    followUps.map(
      (followUp, index) => () =>
        firstFailure([
          () => checkText(followUp.title, `followUps.${index}.title`),
          () => checkCalendarDate(followUp.dueOn, `followUps.${index}.dueOn`),
          () => checkPeopleOfParties(snapshot, [followUp.owner], `followUps.${index}.owner`),
          () =>
            followUps.findIndex((other) => other.followUpId === followUp.followUpId) === index
              ? null
              : domainError('RECORD.DUPLICATE_ID', 'Two follow-ups have the same id.', {
                  kind: 'follow-up',
                  id: followUp.followUpId,
                }),
        ]),
    ),
  );
}

/**
 * The report records what the visit produced; it can be written from the last day of the visit on, and
 * rewritten (the latest text wins, follow-ups already done stay done).
 */
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
    () => checkFollowUps(snapshot, command.followUps),
  ]);
  if (error) return fail(error);
  const doneBefore = new Map(
    (visit.report?.followUps ?? []).map((followUp) => [followUp.id, followUp.doneOn]),
  );
  const reported: Visit = {
    ...visit,
    report: {
      writtenAt: now,
      summary: command.summary,
      outcomes: command.outcomes,
      peopleMet: command.peopleMet,
      followUps: command.followUps.map((followUp) => ({
        id: followUp.followUpId,
        title: followUp.title,
        owner: followUp.owner,
        dueOn: followUp.dueOn,
        doneOn: doneBefore.get(followUp.followUpId) ?? null,
      })),
    },
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, reported) }, [
    { type: 'VisitReported', at: now, partnershipId: snapshot.partnership.id, visitId: visit.id },
  ]);
}

export function completeVisitFollowUp(
  snapshot: PartnershipSnapshot,
  command: CompleteVisitFollowUpCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'CompleteVisitFollowUp', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const followUp = findById(visit.report?.followUps ?? [], command.followUpId, 'follow-up');
  if (!followUp.ok) return fail(followUp.error);
  const error = checkCalendarDate(command.doneOn, 'doneOn');
  if (error) return fail(error);
  const report = visit.report as VisitReport;
  const completed: Visit = {
    ...visit,
    report: {
      ...report,
      followUps: replaceById(report.followUps, { ...followUp.value, doneOn: command.doneOn }),
    },
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, completed) }, [
    {
      type: 'VisitFollowUpCompleted',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      followUpId: command.followUpId,
    },
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
