import { type PartnershipStatus } from './partnership';

export const PARTNERSHIP_COMMAND_TYPES = [
  'AddParty',
  'SuspendPartnership',
  'ResumePartnership',
  'TerminatePartnership',
  'StateMotivation',
  'ReviseMotivation',
  'ReviewMotivation',
  'ShareMotivation',
  'RecordStake',
  'RecordContribution',
  'AssociateTerritoryActor',
  'RecordConsultation',
  'AddCandidate',
  'AdvanceCandidate',
  'UpdatePresentation',
  'RecordVisit',
  'ReplanVisit',
  'ApproveOrangeZoneVisit',
  'RecordVisitReport',
  'CompleteVisitFollowUp',
  'CancelVisit',
  'RecordCompatibilityReview',
  'RecordPriority',
  'AgreePriority',
  'DraftConvention',
  'OpenConventionNegotiation',
  'ReviseConvention',
  'ApproveConvention',
  'SignConvention',
  'BringConventionIntoForce',
  'ObjectToTacitRenewal',
  'RenewConvention',
  'ExpireConvention',
  'SuspendConvention',
  'ResumeConvention',
  'TerminateConvention',
  'ProposeDialoguePlan',
  'ApproveDialoguePlan',
  'RecordDialogueEvent',
  'CreateAction',
  'ChangeActionStatus',
  'ConfirmActionProposer',
  'CorrectActionProposer',
  'AddBudgetLine',
  'AddIndicator',
  'ValidateIndicator',
  'PlanIndicator',
  'RecordMeasurement',
  'RecordJointEvaluation',
  'AddLogEntry',
  'SetActionPriority',
  'ProposeRupture',
  'RespondToRupture',
  'WithdrawRupture',
  'DecideRupture',
  'EndRuptureNotice',
  'DescribeAction',
  'ReviseBudgetLine',
  'RecordRuptureSignal',
  'ChangePartnershipForm',
  'SetPartyGovernance',
] as const;
export type PartnershipCommandType = (typeof PARTNERSHIP_COMMAND_TYPES)[number];

const ACTIVE = ['active'] as const;
/** While suspended, partners keep talking, report, wind down and may end things in order; nothing new starts. */
const ACTIVE_OR_SUSPENDED = ['active', 'suspended'] as const;
const SUSPENDED = ['suspended'] as const;

/** In which partnership statuses each command may run. A terminated partnership accepts nothing. */
export const COMMAND_ALLOWED_STATUSES = {
  AddParty: ACTIVE,
  SuspendPartnership: ACTIVE,
  ResumePartnership: SUSPENDED,
  TerminatePartnership: ACTIVE_OR_SUSPENDED,
  StateMotivation: ACTIVE,
  ReviseMotivation: ACTIVE,
  ReviewMotivation: ACTIVE,
  ShareMotivation: ACTIVE,
  RecordStake: ACTIVE,
  RecordContribution: ACTIVE,
  AssociateTerritoryActor: ACTIVE,
  RecordConsultation: ACTIVE_OR_SUSPENDED,
  AddCandidate: ACTIVE,
  AdvanceCandidate: ACTIVE,
  UpdatePresentation: ACTIVE,
  RecordVisit: ACTIVE,
  ReplanVisit: ACTIVE,
  ApproveOrangeZoneVisit: ACTIVE,
  RecordVisitReport: ACTIVE_OR_SUSPENDED,
  CompleteVisitFollowUp: ACTIVE_OR_SUSPENDED,
  CancelVisit: ACTIVE_OR_SUSPENDED,
  RecordCompatibilityReview: ACTIVE,
  RecordPriority: ACTIVE,
  AgreePriority: ACTIVE,
  DraftConvention: ACTIVE,
  OpenConventionNegotiation: ACTIVE,
  ReviseConvention: ACTIVE,
  ApproveConvention: ACTIVE,
  SignConvention: ACTIVE,
  BringConventionIntoForce: ACTIVE,
  ObjectToTacitRenewal: ACTIVE_OR_SUSPENDED,
  RenewConvention: ACTIVE,
  ExpireConvention: ACTIVE_OR_SUSPENDED,
  SuspendConvention: ACTIVE_OR_SUSPENDED,
  ResumeConvention: ACTIVE,
  TerminateConvention: ACTIVE_OR_SUSPENDED,
  ProposeDialoguePlan: ACTIVE,
  ApproveDialoguePlan: ACTIVE,
  RecordDialogueEvent: ACTIVE_OR_SUSPENDED,
  CreateAction: ACTIVE,
  ChangeActionStatus: ACTIVE_OR_SUSPENDED,
  ConfirmActionProposer: ACTIVE_OR_SUSPENDED,
  CorrectActionProposer: ACTIVE_OR_SUSPENDED,
  AddBudgetLine: ACTIVE,
  AddIndicator: ACTIVE,
  ValidateIndicator: ACTIVE,
  PlanIndicator: ACTIVE,
  RecordMeasurement: ACTIVE_OR_SUSPENDED,
  RecordJointEvaluation: ACTIVE_OR_SUSPENDED,
  AddLogEntry: ACTIVE_OR_SUSPENDED,
  SetActionPriority: ACTIVE_OR_SUSPENDED,
  ProposeRupture: ACTIVE_OR_SUSPENDED,
  RespondToRupture: ACTIVE_OR_SUSPENDED,
  WithdrawRupture: ACTIVE_OR_SUSPENDED,
  DecideRupture: ACTIVE_OR_SUSPENDED,
  EndRuptureNotice: ACTIVE_OR_SUSPENDED,
  // What was paid is recorded whenever it is known, even after a suspension or termination.
  DescribeAction: ACTIVE_OR_SUSPENDED,
  ReviseBudgetLine: ACTIVE_OR_SUSPENDED,
  // Warning signs matter most when the relation falters: recorded while suspended too.
  RecordRuptureSignal: ACTIVE_OR_SUSPENDED,
  // The record is corrected while the relation lives (a suspension included); a terminated one keeps its history.
  ChangePartnershipForm: ACTIVE_OR_SUSPENDED,
  SetPartyGovernance: ACTIVE_OR_SUSPENDED,
} as const satisfies Record<PartnershipCommandType, readonly PartnershipStatus[]>;

export function isCommandAllowedIn(status: PartnershipStatus, type: PartnershipCommandType): boolean {
  const allowed: readonly PartnershipStatus[] = COMMAND_ALLOWED_STATUSES[type];
  return allowed.includes(status);
}

/**
 * During a rupture's notice the partnership runs to its end (seed 000 §3: never cut ongoing projects): the
 * parties talk, report, complete their actions and the partner answers; nothing new starts, and nothing but
 * the end of notice ends it.
 */
export const COMMANDS_DURING_NOTICE = [
  'ResumePartnership',
  'RecordConsultation',
  'RecordVisitReport',
  'CompleteVisitFollowUp',
  'CancelVisit',
  'ObjectToTacitRenewal',
  'ExpireConvention',
  'RecordDialogueEvent',
  'ChangeActionStatus',
  'RecordMeasurement',
  'RecordJointEvaluation',
  'AddLogEntry',
  'SetActionPriority',
  // What was paid and what an action was for are recorded to the end: the declaration of the year asks.
  'DescribeAction',
  'ReviseBudgetLine',
  // A fact about the past (who proposed an action) can still be confirmed, or corrected and confirmed again.
  'ConfirmActionProposer',
  'CorrectActionProposer',
  'RespondToRupture',
  'EndRuptureNotice',
  // What happens on each side (an election, a budget vote) is still told while the notice runs.
  'RecordRuptureSignal',
] as const satisfies readonly PartnershipCommandType[];

export function isCommandAllowedDuringNotice(type: PartnershipCommandType): boolean {
  const allowed: readonly PartnershipCommandType[] = COMMANDS_DURING_NOTICE;
  return allowed.includes(type);
}
