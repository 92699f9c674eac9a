import {
  checkCalendarDate,
  checkCommandAllowed,
  checkNewId,
  checkParties,
  checkParty,
  checkText,
  fail,
  firstFailure,
  locate,
  replaceById,
  succeed,
} from '../partnership/command-support';
import { type PartnershipSnapshot, governanceOf } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate } from '../shared/calendar-date';
import { domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';
import { type CommandResult } from '../shared/result';
import { type ReviewDecision, checkElectedReviewer } from '../shared/review';
import { type Priority } from './political-dialogue';

export interface RecordCompatibilityReviewCommand {
  readonly type: 'RecordCompatibilityReview';
  readonly partyId: PartyId;
  /** `approved`: the motivations on the table are compatible with this side's. */
  readonly decision: ReviewDecision;
  readonly reviewer: PersonRef;
  readonly comment: string | null;
  readonly councilDecisionRef: string | null;
  readonly councilDecisionOn: CalendarDate | null;
}

export interface RecordPriorityCommand {
  readonly type: 'RecordPriority';
  readonly priorityId: string;
  readonly title: string;
  readonly stakeIds: readonly string[];
  readonly agreedBy: readonly PartyId[];
}

/** Another party agrees to a priority proposed on the table: agreement is given side by side. */
export interface AgreePriorityCommand {
  readonly type: 'AgreePriority';
  readonly priorityId: string;
  readonly partyId: PartyId;
  /** Who agrees for the party, when known: one who may review for it (`checkElectedReviewer`). */
  readonly agreedBy?: PersonRef;
}

export type PoliticalDialogueEvent =
  | (EventBase & {
      readonly type: 'CompatibilityReviewed';
      readonly partyId: PartyId;
      readonly decision: ReviewDecision;
    })
  | (EventBase & {
      readonly type: 'PriorityRecorded';
      readonly priorityId: string;
      readonly agreedBy: readonly PartyId[];
    });

type Result = CommandResult<PartnershipSnapshot, PoliticalDialogueEvent>;

export function recordCompatibilityReview(
  snapshot: PartnershipSnapshot,
  command: RecordCompatibilityReviewCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordCompatibilityReview'),
    () => checkParty(snapshot, command.partyId),
    () => checkElectedReviewer(command.reviewer, command.partyId, governanceOf(snapshot, command.partyId)),
    () =>
      command.councilDecisionOn === null
        ? null
        : checkCalendarDate(command.councilDecisionOn, 'councilDecisionOn'),
  ]);
  if (error) return fail(error);
  const review = {
    partyId: command.partyId,
    review: {
      decision: command.decision,
      reviewer: command.reviewer,
      reviewedAt: now,
      comment: command.comment,
      councilDecisionRef: command.councilDecisionRef,
      councilDecisionOn: command.councilDecisionOn,
    },
  };
  const politicalDialogue = {
    ...snapshot.politicalDialogue,
    compatibilityReviews: [...snapshot.politicalDialogue.compatibilityReviews, review],
  };
  return succeed({ ...snapshot, politicalDialogue }, [
    {
      type: 'CompatibilityReviewed',
      at: now,
      partnershipId: snapshot.partnership.id,
      partyId: command.partyId,
      decision: command.decision,
    },
  ]);
}

/** A priority counts for the convention when every party has agreed to it. */
export function recordPriority(
  snapshot: PartnershipSnapshot,
  command: RecordPriorityCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordPriority'),
    () => checkNewId(snapshot.politicalDialogue.priorities, command.priorityId, 'priority'),
    () => checkText(command.title, 'title'),
    () => checkParties(snapshot, command.agreedBy),
  ]);
  if (error) return fail(error);
  const priority: Priority = {
    id: command.priorityId,
    title: command.title,
    stakeIds: command.stakeIds,
    agreedBy: [...new Set(command.agreedBy)],
    agreedAt: now,
  };
  const politicalDialogue = {
    ...snapshot.politicalDialogue,
    priorities: [...snapshot.politicalDialogue.priorities, priority],
  };
  return succeed({ ...snapshot, politicalDialogue }, [
    {
      type: 'PriorityRecorded',
      at: now,
      partnershipId: snapshot.partnership.id,
      priorityId: priority.id,
      agreedBy: priority.agreedBy,
    },
  ]);
}

export function agreePriority(
  snapshot: PartnershipSnapshot,
  command: AgreePriorityCommand,
  now: Date,
): Result {
  const found = locate(
    snapshot,
    'AgreePriority',
    snapshot.politicalDialogue.priorities,
    command.priorityId,
    'priority',
  );
  if (!found.ok) return fail(found.error);
  const priority = found.value;
  const error = firstFailure([
    () => checkParties(snapshot, [command.partyId]),
    () =>
      command.agreedBy
        ? checkElectedReviewer(command.agreedBy, command.partyId, governanceOf(snapshot, command.partyId))
        : null,
    () =>
      priority.agreedBy.includes(command.partyId)
        ? domainError('CONVENTION.PRIORITY_ALREADY_AGREED', 'This party already agreed to this priority.', {
            priorityId: priority.id,
            partyId: command.partyId,
          })
        : null,
  ]);
  if (error) return fail(error);
  const agreed: Priority = { ...priority, agreedBy: [...priority.agreedBy, command.partyId], agreedAt: now };
  const politicalDialogue = {
    ...snapshot.politicalDialogue,
    priorities: replaceById(snapshot.politicalDialogue.priorities, agreed),
  };
  return succeed({ ...snapshot, politicalDialogue }, [
    {
      type: 'PriorityRecorded',
      at: now,
      partnershipId: snapshot.partnership.id,
      priorityId: priority.id,
      agreedBy: agreed.agreedBy,
    },
  ]);
}
