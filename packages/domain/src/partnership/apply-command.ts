import {
  type ActionEvent,
  type AddBudgetLineCommand,
  type AddIndicatorCommand,
  type ChangeActionStatusCommand,
  type ConfirmActionProposerCommand,
  type CorrectActionProposerCommand,
  type CreateActionCommand,
  type ActionAppend,
  type ValidateIndicatorCommand,
  type PlanIndicatorCommand,
  addBudgetLine,
  addIndicator,
  planIndicator,
  applyActionAppend,
  changeActionStatus,
  confirmActionProposer,
  correctActionProposer,
  createAction,
  validateIndicator,
  type SetActionPriorityCommand,
  type DescribeActionCommand,
  type ReviseBudgetLineCommand,
  describeAction,
  reviseBudgetLine,
  setActionPriority,
} from '../action/action-commands';
import {
  type AssociateTerritoryActorCommand,
  type CommitmentEvent,
  type RecordConsultationCommand,
  type RecordContributionCommand,
  type RecordStakeCommand,
  type ReviewMotivationCommand,
  type ReviseMotivationCommand,
  type ShareMotivationCommand,
  type StateMotivationCommand,
  associateTerritoryActor,
  recordConsultation,
  recordContribution,
  recordStake,
  reviewMotivation,
  reviseMotivation,
  shareMotivation,
  stateMotivation,
} from '../commitment/commitment-commands';
import {
  type ApproveConventionCommand,
  type BringConventionIntoForceCommand,
  type ConventionEvent,
  type DraftConventionCommand,
  type ExpireConventionCommand,
  type ObjectToTacitRenewalCommand,
  type OpenConventionNegotiationCommand,
  type RenewConventionCommand,
  type ResumeConventionCommand,
  type ReviseConventionCommand,
  type SignConventionCommand,
  type SuspendConventionCommand,
  type TerminateConventionCommand,
  approveConvention,
  bringConventionIntoForce,
  draftConvention,
  expireConvention,
  objectToTacitRenewal,
  openConventionNegotiation,
  renewConvention,
  resumeConvention,
  reviseConvention,
  signConvention,
  suspendConvention,
  terminateConvention,
} from '../convention/convention-commands';
import {
  type PoliticalDialogueEvent,
  type RecordCompatibilityReviewCommand,
  type RecordPriorityCommand,
  recordCompatibilityReview,
  recordPriority,
  type AgreePriorityCommand,
  agreePriority,
} from '../convention/political-dialogue-commands';
import {
  type RecordRuptureSignalCommand,
  type RuptureSignalEvent,
  recordRuptureSignal,
  withRuptureSignal,
} from '../signal/rupture-signal';
import {
  type ApproveDialoguePlanCommand,
  type DialogueDomainEvent,
  type ProposeDialoguePlanCommand,
  type RecordDialogueEventCommand,
  approveDialoguePlan,
  proposeDialoguePlan,
  recordDialogueEvent,
  withDialogueEvent,
} from '../dialogue/dialogue-commands';
import {
  type AddCandidateCommand,
  type AdvanceCandidateCommand,
  type PartnerSearchEvent,
  addCandidate,
  advanceCandidate,
} from '../partner-search/partner-search-commands';
import {
  type PresentationEvent,
  type UpdatePresentationCommand,
  updatePresentation,
} from '../presentation/presentation-commands';
import { type CommandResult } from '../shared/result';
import {
  type CancelVisitCommand,
  type RecordVisitCommand,
  type RecordVisitReportCommand,
  type VisitEvent,
  cancelVisit,
  recordVisit,
  recordVisitReport,
  type ReplanVisitCommand,
  type ApproveOrangeZoneVisitCommand,
  type CompleteVisitFollowUpCommand,
  replanVisit,
  approveOrangeZoneVisit,
  completeVisitFollowUp,
} from '../visit/visit-commands';
import { type PartnershipCommandType } from './command-policy';
import { checkNewId, fail, succeed } from './command-support';
import { type PartnershipSnapshot } from './partnership';
import {
  type AddPartyCommand,
  type PartnershipStatusEvent,
  type ResumePartnershipCommand,
  type SuspendPartnershipCommand,
  type TerminatePartnershipCommand,
  addParty,
  resumePartnership,
  suspendPartnership,
  terminatePartnership,
} from './partnership-status-machine';
import {
  type ChangePartnershipFormCommand,
  type LegalVariantEvent,
  type SetPartyGovernanceCommand,
  changePartnershipForm,
  setPartyGovernance,
} from './legal-variants';
import {
  type RuptureCommand,
  type RuptureEvent,
  decideRupture,
  endRuptureNotice,
  proposeRupture,
  respondToRupture,
  withdrawRupture,
} from './rupture';

/**
 * Every command that changes an existing partnership's own records (creation is `createPartnership`). Appends
 * (`PartnershipAppend`) are records of their own, checked against the partnership without changing it.
 */
export type PartnershipCommand =
  | AddPartyCommand
  | SuspendPartnershipCommand
  | ResumePartnershipCommand
  | TerminatePartnershipCommand
  | ChangePartnershipFormCommand
  | SetPartyGovernanceCommand
  | RuptureCommand
  | StateMotivationCommand
  | ReviseMotivationCommand
  | ReviewMotivationCommand
  | ShareMotivationCommand
  | RecordStakeCommand
  | RecordContributionCommand
  | AssociateTerritoryActorCommand
  | RecordConsultationCommand
  | AddCandidateCommand
  | AdvanceCandidateCommand
  | UpdatePresentationCommand
  | RecordVisitCommand
  | ReplanVisitCommand
  | ApproveOrangeZoneVisitCommand
  | RecordVisitReportCommand
  | CompleteVisitFollowUpCommand
  | CancelVisitCommand
  | RecordCompatibilityReviewCommand
  | RecordPriorityCommand
  | AgreePriorityCommand
  | DraftConventionCommand
  | OpenConventionNegotiationCommand
  | ReviseConventionCommand
  | ApproveConventionCommand
  | SignConventionCommand
  | BringConventionIntoForceCommand
  | ObjectToTacitRenewalCommand
  | RenewConventionCommand
  | ExpireConventionCommand
  | SuspendConventionCommand
  | ResumeConventionCommand
  | TerminateConventionCommand
  | ProposeDialoguePlanCommand
  | ApproveDialoguePlanCommand
  | CreateActionCommand
  | ChangeActionStatusCommand
  | ConfirmActionProposerCommand
  | CorrectActionProposerCommand
  | AddBudgetLineCommand
  | AddIndicatorCommand
  | ValidateIndicatorCommand
  | PlanIndicatorCommand
  | SetActionPriorityCommand
  | DescribeActionCommand
  | ReviseBudgetLineCommand;

/** Records appended beside the partnership's: each is checked against its context and stored as a row. */
export type PartnershipAppend = RecordDialogueEventCommand | ActionAppend | RecordRuptureSignalCommand;

export type DomainEvent =
  | PartnershipStatusEvent
  | LegalVariantEvent
  | RuptureEvent
  | CommitmentEvent
  | PartnerSearchEvent
  | PresentationEvent
  | VisitEvent
  | PoliticalDialogueEvent
  | ConventionEvent
  | DialogueDomainEvent
  | RuptureSignalEvent
  | ActionEvent;

export type DomainEventType = DomainEvent['type'];

type Outcome = CommandResult<PartnershipSnapshot, DomainEvent>;

/**
 * One entry point for every command and append, over the whole partnership in memory: what property-based
 * tests, the demo and the generated data use. An append's id must be new to the snapshot here; the API
 * stores appends as rows under their own key instead.
 */
export function applyCommand(
  snapshot: PartnershipSnapshot,
  command: PartnershipCommand | PartnershipAppend,
  now: Date,
): Outcome {
  switch (command.type) {
    case 'AddParty':
      return addParty(snapshot, command, now);
    case 'SuspendPartnership':
      return suspendPartnership(snapshot, command, now);
    case 'ResumePartnership':
      return resumePartnership(snapshot, command, now);
    case 'TerminatePartnership':
      return terminatePartnership(snapshot, command, now);
    case 'ChangePartnershipForm':
      return changePartnershipForm(snapshot, command, now);
    case 'SetPartyGovernance':
      return setPartyGovernance(snapshot, command, now);
    case 'ProposeRupture':
      return proposeRupture(snapshot, command, now);
    case 'RespondToRupture':
      return respondToRupture(snapshot, command, now);
    case 'WithdrawRupture':
      return withdrawRupture(snapshot, command, now);
    case 'DecideRupture':
      return decideRupture(snapshot, command, now);
    case 'EndRuptureNotice':
      return endRuptureNotice(snapshot, command, now);
    case 'StateMotivation':
      return stateMotivation(snapshot, command, now);
    case 'ReviseMotivation':
      return reviseMotivation(snapshot, command, now);
    case 'ReviewMotivation':
      return reviewMotivation(snapshot, command, now);
    case 'ShareMotivation':
      return shareMotivation(snapshot, command, now);
    case 'RecordStake':
      return recordStake(snapshot, command, now);
    case 'RecordContribution':
      return recordContribution(snapshot, command, now);
    case 'AssociateTerritoryActor':
      return associateTerritoryActor(snapshot, command, now);
    case 'RecordConsultation':
      return recordConsultation(snapshot, command, now);
    case 'AddCandidate':
      return addCandidate(snapshot, command, now);
    case 'AdvanceCandidate':
      return advanceCandidate(snapshot, command, now);
    case 'UpdatePresentation':
      return updatePresentation(snapshot, command, now);
    case 'RecordVisit':
      return recordVisit(snapshot, command, now);
    case 'ReplanVisit':
      return replanVisit(snapshot, command, now);
    case 'ApproveOrangeZoneVisit':
      return approveOrangeZoneVisit(snapshot, command, now);
    case 'RecordVisitReport':
      return recordVisitReport(snapshot, command, now);
    case 'CompleteVisitFollowUp':
      return completeVisitFollowUp(snapshot, command, now);
    case 'CancelVisit':
      return cancelVisit(snapshot, command, now);
    case 'RecordCompatibilityReview':
      return recordCompatibilityReview(snapshot, command, now);
    case 'RecordPriority':
      return recordPriority(snapshot, command, now);
    case 'AgreePriority':
      return agreePriority(snapshot, command, now);
    case 'DraftConvention':
      return draftConvention(snapshot, command, now);
    case 'OpenConventionNegotiation':
      return openConventionNegotiation(snapshot, command, now);
    case 'ReviseConvention':
      return reviseConvention(snapshot, command, now);
    case 'ApproveConvention':
      return approveConvention(snapshot, command, now);
    case 'SignConvention':
      return signConvention(snapshot, command, now);
    case 'BringConventionIntoForce':
      return bringConventionIntoForce(snapshot, command, now);
    case 'ObjectToTacitRenewal':
      return objectToTacitRenewal(snapshot, command, now);
    case 'RenewConvention':
      return renewConvention(snapshot, command, now);
    case 'ExpireConvention':
      return expireConvention(snapshot, command, now);
    case 'SuspendConvention':
      return suspendConvention(snapshot, command, now);
    case 'ResumeConvention':
      return resumeConvention(snapshot, command, now);
    case 'TerminateConvention':
      return terminateConvention(snapshot, command, now);
    case 'ProposeDialoguePlan':
      return proposeDialoguePlan(snapshot, command, now);
    case 'ApproveDialoguePlan':
      return approveDialoguePlan(snapshot, command, now);
    case 'RecordDialogueEvent': {
      const duplicate = checkNewId(snapshot.dialogueEvents, command.eventId, 'dialogue event');
      if (duplicate) return fail(duplicate);
      const recorded = recordDialogueEvent(snapshot, command, now);
      return recorded.ok
        ? succeed(withDialogueEvent(snapshot, recorded.value.state), recorded.value.events)
        : recorded;
    }
    case 'RecordRuptureSignal': {
      const duplicate = checkNewId(snapshot.ruptureSignals, command.signalId, 'rupture signal');
      if (duplicate) return fail(duplicate);
      const recorded = recordRuptureSignal(snapshot, command, now);
      return recorded.ok
        ? succeed(withRuptureSignal(snapshot, recorded.value.state), recorded.value.events)
        : recorded;
    }
    case 'CreateAction':
      return createAction(snapshot, command, now);
    case 'ChangeActionStatus':
      return changeActionStatus(snapshot, command, now);
    case 'ConfirmActionProposer':
      return confirmActionProposer(snapshot, command, now);
    case 'CorrectActionProposer':
      return correctActionProposer(snapshot, command, now);
    case 'AddBudgetLine':
      return addBudgetLine(snapshot, command, now);
    case 'AddIndicator':
      return addIndicator(snapshot, command, now);
    case 'ValidateIndicator':
      return validateIndicator(snapshot, command, now);
    case 'PlanIndicator':
      return planIndicator(snapshot, command, now);
    case 'RecordMeasurement':
    case 'RecordJointEvaluation':
    case 'AddLogEntry':
      return applyActionAppend(snapshot, command, now);
    case 'DescribeAction':
      return describeAction(snapshot, command, now);
    case 'ReviseBudgetLine':
      return reviseBudgetLine(snapshot, command, now);
    case 'SetActionPriority':
      return setActionPriority(snapshot, command, now);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Compile-time guard: the union of commands and the policy table list exactly the same command types. */
type AnyCommandType = PartnershipCommand['type'] | PartnershipAppend['type'];
type SameCommandTypes = [AnyCommandType] extends [PartnershipCommandType]
  ? [PartnershipCommandType] extends [AnyCommandType]
    ? true
    : false
  : false;
const _commandTypesMatch: SameCommandTypes = true;
