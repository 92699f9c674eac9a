import { type CommunicationChannel, isChannelUsable } from '../organisation/organisation';
import {
  checkCommandAllowed,
  checkHasPartner,
  checkParties,
  checkParty,
  checkText,
  fail,
  firstFailure,
  succeed,
} from '../partnership/command-support';
import { type PartnershipContext, type PartnershipSnapshot, partyIds } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';
import { type CommandResult } from '../shared/result';
import { type AudiencePlan, type DialogueAudience, type DialogueEvent, type DialoguePlan } from './dialogue';

export interface ProposeDialoguePlanCommand {
  readonly type: 'ProposeDialoguePlan';
  readonly proposedBy: PartyId;
  readonly audiences: readonly AudiencePlan[];
  readonly toleranceDays: number;
}

export interface ApproveDialoguePlanCommand {
  readonly type: 'ApproveDialoguePlan';
  readonly partyId: PartyId;
}

export interface RecordDialogueEventCommand {
  readonly type: 'RecordDialogueEvent';
  readonly eventId: string;
  readonly audience: DialogueAudience;
  readonly occurredAt: Date;
  readonly channel: CommunicationChannel;
  readonly participants: readonly PersonRef[];
  readonly summary: string;
  readonly decisions: readonly string[];
  /** The party that logs the exchange: either side keeps the log. */
  readonly recordedBy: PartyId;
}

export type DialogueDomainEvent =
  | (EventBase & { readonly type: 'DialoguePlanProposed'; readonly proposedBy: PartyId })
  | (EventBase & {
      readonly type: 'DialoguePlanApproved';
      readonly partyId: PartyId;
      readonly approvedByAll: boolean;
    })
  | (EventBase & {
      readonly type: 'DialogueEventRecorded';
      readonly eventId: string;
      readonly audience: DialogueAudience;
    });

type Result = CommandResult<PartnershipSnapshot, DialogueDomainEvent>;

function checkAudiencesUnique(audiences: readonly AudiencePlan[]): DomainError | null {
  const names = audiences.map((a) => a.audience);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  return duplicate
    ? domainError('DIALOGUE.DUPLICATE_AUDIENCE', 'Each audience appears once in a dialogue plan.', {
        audience: duplicate,
      })
    : null;
}

function checkCadence(plan: AudiencePlan): DomainError | null {
  return Number.isInteger(plan.cadence.every) && plan.cadence.every >= 1
    ? null
    : domainError(
        'DIALOGUE.INVALID_CADENCE',
        'A cadence is a whole number (1 or more) of days, weeks or months.',
        {
          audience: plan.audience,
          every: plan.cadence.every,
        },
      );
}

/** "Mind each place's constraints: phone, internet access": a channel must work on every side. */
function checkChannels(snapshot: PartnershipSnapshot, plan: AudiencePlan): DomainError | null {
  if (plan.channels.length === 0) {
    return domainError('DIALOGUE.CHANNEL_REQUIRED', 'Each audience needs at least one channel.', {
      audience: plan.audience,
    });
  }
  for (const channel of plan.channels) {
    const excluded = snapshot.organisations
      .filter((o) => partyIds(snapshot).includes(o.id) && !isChannelUsable(channel, o.communication))
      .map((o) => o.id);
    if (excluded.length > 0) {
      return domainError(
        'DIALOGUE.CHANNEL_NOT_USABLE',
        "This channel does not work with a partner's constraints.",
        {
          audience: plan.audience,
          channel,
          partyIds: excluded,
        },
      );
    }
  }
  return null;
}

/** Each side names at least one person per audience: the dialogue is carried by people on both sides. */
function checkParticipants(snapshot: PartnershipSnapshot, plan: AudiencePlan): DomainError | null {
  const unknown = checkParties(
    snapshot,
    plan.participants.map((p) => p.partyId),
  );
  if (unknown) return unknown;
  const missing = partyIds(snapshot).filter(
    (partyId) => !plan.participants.some((p) => p.partyId === partyId),
  );
  return missing.length === 0
    ? null
    : domainError('DIALOGUE.PARTICIPANTS_MISSING', 'Every side needs participants for each audience.', {
        audience: plan.audience,
        partyIds: missing,
      });
}

function checkAudiencePlan(snapshot: PartnershipSnapshot, plan: AudiencePlan): DomainError | null {
  return firstFailure([
    () => checkCadence(plan),
    () => checkChannels(snapshot, plan),
    () => checkParticipants(snapshot, plan),
  ]);
}

/** Proposing (or re-proposing) a plan resets agreement: only the proposing side has agreed to it. */
export function proposeDialoguePlan(
  snapshot: PartnershipSnapshot,
  command: ProposeDialoguePlanCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'ProposeDialoguePlan'),
    () => checkHasPartner(snapshot),
    () => checkParty(snapshot, command.proposedBy),
    () => checkAudiencesUnique(command.audiences),
    () =>
      Number.isInteger(command.toleranceDays) && command.toleranceDays >= 0
        ? null
        : domainError('DIALOGUE.INVALID_TOLERANCE', 'The tolerance is a whole number of days (0 or more).', {
            toleranceDays: command.toleranceDays,
          }),
    ...command.audiences.map((plan) => () => checkAudiencePlan(snapshot, plan)),
  ]);
  if (error) return fail(error);
  const dialoguePlan: DialoguePlan = {
    audiences: command.audiences,
    toleranceDays: command.toleranceDays,
    proposedAt: now,
    approvedBy: [command.proposedBy],
  };
  return succeed({ ...snapshot, dialoguePlan }, [
    {
      type: 'DialoguePlanProposed',
      at: now,
      partnershipId: snapshot.partnership.id,
      proposedBy: command.proposedBy,
    },
  ]);
}

export function approveDialoguePlan(
  snapshot: PartnershipSnapshot,
  command: ApproveDialoguePlanCommand,
  now: Date,
): Result {
  const plan = snapshot.dialoguePlan;
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'ApproveDialoguePlan'),
    () => checkParty(snapshot, command.partyId),
    () => (plan ? null : domainError('DIALOGUE.NO_PLAN', 'There is no dialogue plan to approve yet.')),
    () =>
      plan?.approvedBy.includes(command.partyId)
        ? domainError('DIALOGUE.ALREADY_APPROVED', 'This party already approved the dialogue plan.', {
            partyId: command.partyId,
          })
        : null,
  ]);
  if (error || !plan)
    return fail(error ?? domainError('DIALOGUE.NO_PLAN', 'There is no dialogue plan to approve yet.'));
  const approvedBy = [...plan.approvedBy, command.partyId];
  const approvedByAll = partyIds(snapshot).every((partyId) => approvedBy.includes(partyId));
  return succeed({ ...snapshot, dialoguePlan: { ...plan, approvedBy } }, [
    {
      type: 'DialoguePlanApproved',
      at: now,
      partnershipId: snapshot.partnership.id,
      partyId: command.partyId,
      approvedByAll,
    },
  ]);
}

/**
 * Checks an exchange that took place and gives the record to append; exchanges count even without a plan
 * (and during a suspension). It needs only the partnership's status and parties: an exchange is a record of
 * its own, appended beside the others, so two parties logging at once never refuse each other. Its id is
 * unique by construction (the API stores it under its key; `applyCommand` checks it in memory).
 */
export function recordDialogueEvent(
  context: PartnershipContext,
  command: RecordDialogueEventCommand,
  now: Date,
): CommandResult<DialogueEvent, DialogueDomainEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(context, 'RecordDialogueEvent'),
    () =>
      command.occurredAt > now
        ? domainError('DIALOGUE.EVENT_IN_FUTURE', 'Only exchanges that took place are recorded.', {
            occurredAt: command.occurredAt.toISOString(),
          })
        : null,
    () =>
      checkParties(
        context,
        command.participants.map((p) => p.partyId),
      ),
    () => checkText(command.summary, 'summary'),
    () => checkParties(context, [command.recordedBy]),
  ]);
  if (error) return fail(error);
  const dialogueEvent: DialogueEvent = {
    id: command.eventId,
    audience: command.audience,
    occurredAt: command.occurredAt,
    channel: command.channel,
    participants: command.participants,
    summary: command.summary,
    decisions: command.decisions.map((decision) => decision.trim()).filter((decision) => decision !== ''),
    recordedBy: command.recordedBy,
  };
  return succeed(dialogueEvent, [
    {
      type: 'DialogueEventRecorded',
      at: now,
      partnershipId: context.partnership.id,
      eventId: command.eventId,
      audience: command.audience,
    },
  ]);
}

/** The partnership as it reads once `event` is appended (in memory: tests, generated and demo data). */
export function withDialogueEvent(snapshot: PartnershipSnapshot, event: DialogueEvent): PartnershipSnapshot {
  return { ...snapshot, dialogueEvents: [...snapshot.dialogueEvents, event] };
}
