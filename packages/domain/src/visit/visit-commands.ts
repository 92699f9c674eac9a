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
import { type PartnershipSnapshot, governanceOf, initiatorId, partnerIds } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';
import { type CommandResult } from '../shared/result';
import { type PartyGovernance } from '../shared/governance';
import { checkElectedReviewer } from '../shared/review';
import {
  RED_ZONE_ALTERNATIVES,
  type TravelAdvisory,
  type TravelApproval,
  type Visit,
  type VisitDirection,
  type VisitReport,
  hostPartyId,
  isOrangeZone,
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
  readonly travelApproval: TravelApproval | null;
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

/** An elected official of the travelling side approves an orange-zone visit, giving the imperative reason. */
export interface ApproveOrangeZoneVisitCommand {
  readonly type: 'ApproveOrangeZoneVisit';
  readonly visitId: string;
  readonly approvedBy: PersonRef;
  readonly reason: string;
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
      readonly type: 'OrangeZoneVisitApproved';
      readonly visitId: string;
      readonly personId: string;
      readonly reason: string;
      readonly decisionRef: string | null;
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
 * The French ministry's travel advice (France Diplomatie) says no travel to a red zone ("formellement
 * déconseillé"), and seed 000 §3 records it as a ban on local authorities' representatives: such a visit is
 * refused, whatever its date or who approves it, and the refusal names what to do instead.
 */
function checkNotRedZone(plan: Pick<RecordVisitCommand, 'travelAdvisory'>): DomainError | null {
  return isRedZone(plan.travelAdvisory)
    ? domainError(
        'VISIT.RED_ZONE_REFUSED',
        'No delegation travels to a zone formally advised against: meet in a third place or exchange remotely.',
        { alternatives: [...RED_ZONE_ALTERNATIVES] },
      )
    : null;
}

/**
 * An orange zone ("déconseillé sauf raison impérative") needs an elected official of the travelling side to
 * approve the visit explicitly, with the imperative reason, before it starts. A visit still to come may be
 * planned first and approved later (`ApproveOrangeZoneVisit`).
 */
function checkOrangeZoneApproval(
  command: Pick<RecordVisitCommand, 'travelAdvisory' | 'travelApproval' | 'startsOn'>,
  visitingParty: PartyId,
  today: CalendarDate,
  governance: PartyGovernance,
): DomainError | null {
  if (!isOrangeZone(command.travelAdvisory)) return null;
  const approval = command.travelApproval;
  const reviewerError = approval
    ? checkElectedReviewer(approval.approvedBy, visitingParty, governance)
    : null;
  const reasonGiven = (approval?.reason?.trim() ?? '') !== '';
  if (approval && !reviewerError && reasonGiven) return null;
  if (!approval && command.startsOn > today) return null;
  return domainError(
    'VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL',
    'A visit to a zone advised against except for an imperative reason needs the explicit approval, with that reason, of an elected official of the travelling side.',
    { reason: reviewerError?.code ?? (approval ? 'reason_missing' : 'missing') },
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
  plan: Omit<RecordVisitCommand, 'type' | 'visitId' | 'travelApproval'>,
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
    () => checkNotRedZone(plan),
  ]);
}

/**
 * Records a visit (planned or past). Size and diversity are warnings, not refusals; safety is a refusal: no
 * red zone, and no orange zone without an elected approval.
 */
export function recordVisit(snapshot: PartnershipSnapshot, command: RecordVisitCommand, now: Date): Result {
  const visiting = visitingPartyId(command, initiatorId(snapshot));
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordVisit'),
    () => checkPartner(snapshot, command.partnerPartyId),
    () => checkNewId(snapshot.visits, command.visitId, 'visit'),
    () => checkVisitPlan(snapshot, command),
    () =>
      checkOrangeZoneApproval(command, visiting, todayOf(snapshot, now), governanceOf(snapshot, visiting)),
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
    travelApproval: isOrangeZone(command.travelAdvisory) ? command.travelApproval : null,
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
 * Moves or reshapes a planned visit. An orange-zone approval stays valid while the destination stays orange; a
 * destination that turns orange needs a new approval before the visit, one that turns red is refused.
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
      checkOrangeZoneApproval(
        { ...plan, travelApproval: visit.travelApproval },
        visitingPartyId(visit, initiatorId(snapshot)),
        todayOf(snapshot, now),
        governanceOf(snapshot, visitingPartyId(visit, initiatorId(snapshot))),
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
    travelApproval: isOrangeZone(command.travelAdvisory) ? visit.travelApproval : null,
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

/**
 * An elected official of the travelling side approves a visit to an orange zone, giving the imperative reason
 * (kept on the visit and in the audit trail with the decision's reference).
 */
export function approveOrangeZoneVisit(
  snapshot: PartnershipSnapshot,
  command: ApproveOrangeZoneVisitCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ApproveOrangeZoneVisit', snapshot.visits, command.visitId, 'visit');
  if (!found.ok) return fail(found.error);
  const visit = found.value;
  const reason = command.reason.trim();
  const error = firstFailure([
    () => checkNotStarted(snapshot, visit, now),
    () =>
      isOrangeZone(visit.travelAdvisory)
        ? null
        : domainError(
            'VISIT.APPROVAL_NOT_NEEDED',
            'Only a visit to a zone advised against except for an imperative reason needs this approval.',
            { visitId: visit.id },
          ),
    () => {
      const visiting = visitingPartyId(visit, initiatorId(snapshot));
      return checkElectedReviewer(command.approvedBy, visiting, governanceOf(snapshot, visiting));
    },
    () => checkText(reason, 'reason'),
  ]);
  if (error) return fail(error);
  const approved: Visit = {
    ...visit,
    travelApproval: {
      approvedBy: command.approvedBy,
      approvedAt: now,
      reason,
      decisionRef: command.decisionRef,
    },
  };
  return succeed({ ...snapshot, visits: replaceById(snapshot.visits, approved) }, [
    {
      type: 'OrangeZoneVisitApproved',
      at: now,
      partnershipId: snapshot.partnership.id,
      visitId: visit.id,
      personId: command.approvedBy.personId,
      reason,
      decisionRef: command.decisionRef,
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
