import {
  checkCalendarDate,
  checkCommandAllowed,
  checkNewId,
  checkParty,
  checkText,
  fail,
  locate,
  firstFailure,
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
import { type ElectedReview, type ReviewDecision, checkElectedReviewer } from '../shared/review';
import {
  type ActorInvolvement,
  type FrameOfReference,
  type Motivation,
  type MotivationCategory,
  type TerritoryActorKind,
  isMotivationApproved,
} from './commitment';

export interface StateMotivationCommand {
  readonly type: 'StateMotivation';
  readonly motivationId: string;
  readonly partyId: PartyId;
  readonly category: MotivationCategory;
  readonly frameOfReference: FrameOfReference;
  readonly text: string;
  readonly authorId: string;
}

export interface ReviseMotivationCommand {
  readonly type: 'ReviseMotivation';
  readonly motivationId: string;
  readonly category: MotivationCategory;
  readonly frameOfReference: FrameOfReference;
  readonly text: string;
}

export interface ReviewMotivationCommand {
  readonly type: 'ReviewMotivation';
  readonly motivationId: string;
  readonly decision: ReviewDecision;
  readonly reviewer: PersonRef;
  readonly comment: string | null;
  readonly councilDecisionRef: string | null;
  readonly councilDecisionOn: CalendarDate | null;
}

export interface ShareMotivationCommand {
  readonly type: 'ShareMotivation';
  readonly motivationId: string;
}

export interface RecordStakeCommand {
  readonly type: 'RecordStake';
  readonly stakeId: string;
  readonly partyId: PartyId;
  readonly title: string;
  readonly cooperationCanBeLever: boolean;
}

export interface RecordContributionCommand {
  readonly type: 'RecordContribution';
  readonly contributionId: string;
  readonly partyId: PartyId;
  readonly title: string;
}

export interface AssociateTerritoryActorCommand {
  readonly type: 'AssociateTerritoryActor';
  readonly actorId: string;
  readonly partyId: PartyId;
  readonly name: string;
  readonly kind: TerritoryActorKind;
  readonly involvement: ActorInvolvement;
}

export interface RecordConsultationCommand {
  readonly type: 'RecordConsultation';
  readonly actorId: string;
  readonly on: CalendarDate;
  readonly summary: string;
}

type Ev<T extends string, P = object> = EventBase & { readonly type: T } & P;

export type CommitmentEvent =
  | Ev<'MotivationStated', { readonly motivationId: string; readonly partyId: PartyId }>
  | Ev<'MotivationRevised', { readonly motivationId: string; readonly partyId: PartyId }>
  | Ev<'MotivationReviewed', { readonly motivationId: string; readonly decision: ReviewDecision }>
  | Ev<'MotivationShared', { readonly motivationId: string; readonly partyId: PartyId }>
  | Ev<'StakeRecorded', { readonly stakeId: string; readonly partyId: PartyId }>
  | Ev<'ContributionRecorded', { readonly contributionId: string; readonly partyId: PartyId }>
  | Ev<'TerritoryActorAssociated', { readonly actorId: string; readonly partyId: PartyId }>
  | Ev<'ConsultationRecorded', { readonly actorId: string; readonly on: CalendarDate }>;

type Result = CommandResult<PartnershipSnapshot, CommitmentEvent>;

function base(snapshot: PartnershipSnapshot, now: Date): EventBase {
  return { at: now, partnershipId: snapshot.partnership.id };
}

export function stateMotivation(
  snapshot: PartnershipSnapshot,
  command: StateMotivationCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'StateMotivation'),
    () => checkParty(snapshot, command.partyId),
    () => checkNewId(snapshot.motivations, command.motivationId, 'motivation'),
    () => checkText(command.text, 'text'),
  ]);
  if (error) return fail(error);
  const motivation: Motivation = {
    id: command.motivationId,
    partyId: command.partyId,
    category: command.category,
    frameOfReference: command.frameOfReference,
    text: command.text,
    authorId: command.authorId,
    createdAt: now,
    shared: false,
    sharedAt: null,
    review: null,
    reviewHistory: [],
  };
  return succeed({ ...snapshot, motivations: [...snapshot.motivations, motivation] }, [
    {
      ...base(snapshot, now),
      type: 'MotivationStated',
      motivationId: motivation.id,
      partyId: motivation.partyId,
    },
  ]);
}

/** A revised motivation is a new political statement: it must be reviewed (and shared) again. */
export function reviseMotivation(
  snapshot: PartnershipSnapshot,
  command: ReviseMotivationCommand,
  now: Date,
): Result {
  const found = locate(
    snapshot,
    'ReviseMotivation',
    snapshot.motivations,
    command.motivationId,
    'motivation',
  );
  if (!found.ok) return fail(found.error);
  const error = checkText(command.text, 'text');
  if (error) return fail(error);
  const revised: Motivation = {
    ...found.value,
    category: command.category,
    frameOfReference: command.frameOfReference,
    text: command.text,
    review: null,
    shared: false,
    sharedAt: null,
  };
  return succeed({ ...snapshot, motivations: replaceById(snapshot.motivations, revised) }, [
    { ...base(snapshot, now), type: 'MotivationRevised', motivationId: revised.id, partyId: revised.partyId },
  ]);
}

/** An elected official of the same side approves, or asks for changes (which takes it off the table). */
export function reviewMotivation(
  snapshot: PartnershipSnapshot,
  command: ReviewMotivationCommand,
  now: Date,
): Result {
  const found = locate(
    snapshot,
    'ReviewMotivation',
    snapshot.motivations,
    command.motivationId,
    'motivation',
  );
  if (!found.ok) return fail(found.error);
  const error = firstFailure([
    () =>
      checkElectedReviewer(
        command.reviewer,
        found.value.partyId,
        governanceOf(snapshot, found.value.partyId),
      ),
    () =>
      command.councilDecisionOn === null
        ? null
        : checkCalendarDate(command.councilDecisionOn, 'councilDecisionOn'),
  ]);
  if (error) return fail(error);
  const review: ElectedReview = {
    decision: command.decision,
    reviewer: command.reviewer,
    reviewedAt: now,
    comment: command.comment,
    councilDecisionRef: command.councilDecisionRef,
    councilDecisionOn: command.councilDecisionOn,
  };
  const approved = command.decision === 'approved';
  const reviewed: Motivation = {
    ...found.value,
    review,
    reviewHistory: [...found.value.reviewHistory, review],
    shared: approved && found.value.shared,
    sharedAt: approved ? found.value.sharedAt : null,
  };
  return succeed({ ...snapshot, motivations: replaceById(snapshot.motivations, reviewed) }, [
    {
      ...base(snapshot, now),
      type: 'MotivationReviewed',
      motivationId: reviewed.id,
      decision: command.decision,
    },
  ]);
}

/** Puts a motivation on the table for the partners; only what the side's elected officials approved. */
export function shareMotivation(
  snapshot: PartnershipSnapshot,
  command: ShareMotivationCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'ShareMotivation', snapshot.motivations, command.motivationId, 'motivation');
  if (!found.ok) return fail(found.error);
  const error = firstFailure([
    () =>
      !isMotivationApproved(found.value, governanceOf(snapshot, found.value.partyId))
        ? domainError(
            'COMMITMENT.MOTIVATION_NOT_APPROVED',
            'Only a motivation approved by an elected official can be shared.',
            {
              motivationId: command.motivationId,
            },
          )
        : null,
    () =>
      found.value.shared
        ? domainError('COMMITMENT.MOTIVATION_ALREADY_SHARED', 'This motivation is already shared.', {
            motivationId: command.motivationId,
          })
        : null,
  ]);
  if (error) return fail(error);
  const shared: Motivation = { ...found.value, shared: true, sharedAt: now };
  return succeed({ ...snapshot, motivations: replaceById(snapshot.motivations, shared) }, [
    { ...base(snapshot, now), type: 'MotivationShared', motivationId: shared.id, partyId: shared.partyId },
  ]);
}

export function recordStake(snapshot: PartnershipSnapshot, command: RecordStakeCommand, now: Date): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordStake'),
    () => checkParty(snapshot, command.partyId),
    () => checkNewId(snapshot.stakes, command.stakeId, 'stake'),
    () => checkText(command.title, 'title'),
  ]);
  if (error) return fail(error);
  const stake = {
    id: command.stakeId,
    partyId: command.partyId,
    title: command.title,
    cooperationCanBeLever: command.cooperationCanBeLever,
  };
  return succeed({ ...snapshot, stakes: [...snapshot.stakes, stake] }, [
    { ...base(snapshot, now), type: 'StakeRecorded', stakeId: stake.id, partyId: stake.partyId },
  ]);
}

export function recordContribution(
  snapshot: PartnershipSnapshot,
  command: RecordContributionCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'RecordContribution'),
    () => checkParty(snapshot, command.partyId),
    () => checkNewId(snapshot.contributions, command.contributionId, 'contribution'),
    () => checkText(command.title, 'title'),
  ]);
  if (error) return fail(error);
  const contribution = { id: command.contributionId, partyId: command.partyId, title: command.title };
  return succeed({ ...snapshot, contributions: [...snapshot.contributions, contribution] }, [
    {
      ...base(snapshot, now),
      type: 'ContributionRecorded',
      contributionId: contribution.id,
      partyId: contribution.partyId,
    },
  ]);
}

export function associateTerritoryActor(
  snapshot: PartnershipSnapshot,
  command: AssociateTerritoryActorCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'AssociateTerritoryActor'),
    () => checkParty(snapshot, command.partyId),
    () => checkNewId(snapshot.territoryActors, command.actorId, 'territory actor'),
    () => checkText(command.name, 'name'),
  ]);
  if (error) return fail(error);
  const actor = {
    id: command.actorId,
    partyId: command.partyId,
    name: command.name,
    kind: command.kind,
    involvement: command.involvement,
    consultations: [],
  };
  return succeed({ ...snapshot, territoryActors: [...snapshot.territoryActors, actor] }, [
    { ...base(snapshot, now), type: 'TerritoryActorAssociated', actorId: actor.id, partyId: actor.partyId },
  ]);
}

/** The approach is "presented, discussed and carried" by the actors: each consultation is recorded. */
export function recordConsultation(
  snapshot: PartnershipSnapshot,
  command: RecordConsultationCommand,
  now: Date,
): Result {
  const found = locate(
    snapshot,
    'RecordConsultation',
    snapshot.territoryActors,
    command.actorId,
    'territory actor',
  );
  if (!found.ok) return fail(found.error);
  const error = firstFailure([
    () => checkCalendarDate(command.on, 'on'),
    () => checkText(command.summary, 'summary'),
  ]);
  if (error) return fail(error);
  const actor = {
    ...found.value,
    consultations: [...found.value.consultations, { on: command.on, summary: command.summary }],
  };
  return succeed({ ...snapshot, territoryActors: replaceById(snapshot.territoryActors, actor) }, [
    { ...base(snapshot, now), type: 'ConsultationRecorded', actorId: actor.id, on: command.on },
  ]);
}
