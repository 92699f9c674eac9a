// The only public entry of @passerelle/domain: the partnership lifecycle model, pure and framework-free.

// shared
export type { Result, CommandOutcome, CommandResult } from './shared/result';
export { ok, err } from './shared/result';
export type { DomainError, ErrorCode } from './shared/domain-error';
export { ERROR_CODES, domainError } from './shared/domain-error';
export type { CalendarDate } from './shared/calendar-date';
export {
  isCalendarDate,
  addDays,
  addMonths,
  daysBetween,
  compareCalendarDates,
} from './shared/calendar-date';
export { COUNTRY_CODES } from './shared/country-codes';
export type { InterfaceLanguage } from './shared/interface-language';
export {
  INTERFACE_LANGUAGES,
  INTERFACE_LOCALES,
  DEFAULT_INTERFACE_LANGUAGE,
  isInterfaceLanguage,
  interfaceLanguageOf,
  firstSpokenLanguage,
  languageToWriteTo,
  textDirectionOf,
} from './shared/interface-language';
export type { WallClock } from './shared/zoned-time';
export { isValidTimeZone, wallClockAt, calendarDateAt, instantAt, isLocalTime } from './shared/zoned-time';
export type { OrganisationId, PartyId, PartnershipId } from './shared/ids';
export type { PersonRef, PersonRole } from './shared/person';
export { PERSON_ROLES } from './shared/person';
export type { ElectedReview, ReviewDecision } from './shared/review';
export { REVIEW_DECISIONS } from './shared/review';

// organisation
export type {
  Organisation,
  OrganisationKind,
  CommunicationChannel,
  CommunicationConstraints,
  Reliability,
} from './organisation/organisation';
export {
  ORGANISATION_KINDS,
  COMMUNICATION_CHANNELS,
  RELIABILITY_LEVELS,
  validateOrganisation,
  isCountryCode,
  isLanguageTag,
  isChannelUsable,
  channelsUsableByAll,
} from './organisation/organisation';

// partnership
export type {
  Partnership,
  PartnershipSnapshot,
  PartnershipContext,
  PartnershipStatus,
  PartnershipForm,
  LegalBasis,
  Approach,
  Party,
  PartyRole,
} from './partnership/partnership';
export type { PartyGovernance } from './shared/governance';
export { PARTY_GOVERNANCES, REVIEWING_ROLES, mayReviewFor } from './shared/governance';
export type {
  ChangePartnershipFormCommand,
  SetPartyGovernanceCommand,
  LegalVariantEvent,
} from './partnership/legal-variants';
export { changePartnershipForm, setPartyGovernance } from './partnership/legal-variants';
export {
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_STATUS_TRANSITIONS,
  PARTNERSHIP_FORMS,
  LEGAL_BASES,
  LEGAL_BASIS_OF_FORM,
  legalBasisOf,
  governanceOf,
  APPROACHES,
  PARTY_ROLES,
  partyIds,
  initiatorId,
  partnerIds,
  canPartnershipMove,
} from './partnership/partnership';
export type { PartnershipCommandType } from './partnership/command-policy';
export {
  PARTNERSHIP_COMMAND_TYPES,
  COMMAND_ALLOWED_STATUSES,
  COMMANDS_DURING_NOTICE,
  isCommandAllowedIn,
} from './partnership/command-policy';
export { referenceTimeZone, todayOf } from './partnership/command-support';
export type { EventBase } from './partnership/partnership-events';
export type { TerminationRequest } from './partnership/termination';
export { DEFAULT_TERMINATION_NOTICE_DAYS } from './partnership/termination';
export type {
  CreatePartnershipCommand,
  AddPartyCommand,
  SuspendPartnershipCommand,
  ResumePartnershipCommand,
  TerminatePartnershipCommand,
  PartnershipStatusEvent,
} from './partnership/partnership-status-machine';
export {
  createPartnership,
  addParty,
  suspendPartnership,
  resumePartnership,
  terminatePartnership,
  requiredPartnershipNoticeDays,
  canAbandonPartnership,
} from './partnership/partnership-status-machine';
export type {
  Rupture,
  RuptureStage,
  RuptureCommandType,
  RuptureDeliberation,
  RuptureResponse,
  RuptureWithdrawal,
  DeliberationRecorder,
} from './partnership/rupture-record';
export {
  RUPTURE_STAGES,
  RUPTURE_COMMAND_TYPES,
  RUPTURE_COMMANDS_BY_STAGE,
  RUPTURE_TRANSITIONS,
  RUPTURE_NEGOTIATION_DAYS,
  DELIBERATION_RECORDERS,
} from './partnership/rupture-record';
export type {
  ProposeRuptureCommand,
  RespondToRuptureCommand,
  WithdrawRuptureCommand,
  DecideRuptureCommand,
  EndRuptureNoticeCommand,
  RuptureCommand,
  RuptureEvent,
} from './partnership/rupture';
export {
  proposeRupture,
  respondToRupture,
  withdrawRupture,
  decideRupture,
  endRuptureNotice,
  ruptureStageOf,
  isInNotice,
  isRuptureDue,
  noticeDaysLeft,
  partiesNotHeard,
  earliestRuptureDecisionOn,
} from './partnership/rupture';
export type {
  PartnershipCommand,
  PartnershipAppend,
  DomainEvent,
  DomainEventType,
} from './partnership/apply-command';
export { applyCommand } from './partnership/apply-command';
export type {
  ActionPart,
  EditedRecord,
  ListedPart,
  SinglePart,
  RecordChanges,
  ListedRecordChange,
} from './partnership/edited-record';
export {
  ACTION_PARTS,
  LISTED_PARTS,
  SINGLE_PARTS,
  editedRecordOf,
  recordKeyOf,
  recordChangesBetween,
} from './partnership/edited-record';

// early warnings of rupture (seed 000 §3–4)
export type {
  RuptureSignal,
  RuptureSignalKind,
  RecordRuptureSignalCommand,
  RuptureSignalEvent,
} from './signal/rupture-signal';
export {
  RUPTURE_SIGNAL_KINDS,
  RUPTURE_SIGNAL_LEAD_DAYS,
  RUPTURE_SIGNAL_AFTERMATH_DAYS,
  RUPTURE_SIGNAL_PENALTY,
  recordRuptureSignal,
  withRuptureSignal,
  isRuptureSignalActive,
  activeRuptureSignals,
  relationStability,
} from './signal/rupture-signal';
export type { TerritoryActorInvolvement } from './commitment/commitment-rules';
export {
  MIN_ASSOCIATED_ACTORS,
  MIN_ASSOCIATED_ACTOR_KINDS,
  territoryActorInvolvement,
} from './commitment/commitment-rules';

// step 1: commitment
export type {
  Motivation,
  MotivationCategory,
  FrameOfReference,
  Stake,
  Contribution,
  TerritoryActor,
  TerritoryActorKind,
  ActorInvolvement,
  Consultation,
} from './commitment/commitment';
export {
  MOTIVATION_CATEGORIES,
  FRAMES_OF_REFERENCE,
  TERRITORY_ACTOR_KINDS,
  ACTOR_INVOLVEMENTS,
  isMotivationApproved,
} from './commitment/commitment';
export type {
  StateMotivationCommand,
  ReviseMotivationCommand,
  ReviewMotivationCommand,
  ShareMotivationCommand,
  RecordStakeCommand,
  RecordContributionCommand,
  AssociateTerritoryActorCommand,
  RecordConsultationCommand,
  CommitmentEvent,
} from './commitment/commitment-commands';
export {
  stateMotivation,
  reviseMotivation,
  reviewMotivation,
  shareMotivation,
  recordStake,
  recordContribution,
  associateTerritoryActor,
  recordConsultation,
} from './commitment/commitment-commands';

// step 2: partner search
export type { Candidate, CandidateSource, CandidateStage } from './partner-search/candidate';
export { CANDIDATE_SOURCES, CANDIDATE_STAGES, CANDIDATE_STAGE_TRANSITIONS } from './partner-search/candidate';
export type {
  AddCandidateCommand,
  AdvanceCandidateCommand,
  PartnerSearchEvent,
} from './partner-search/partner-search-commands';
export { addCandidate, advanceCandidate } from './partner-search/partner-search-commands';

// step 3: presentation
export type {
  Presentation,
  PresentationSection,
  PresentationSections,
  PresentationTranslationLanguage,
  PresentationCompleteness,
} from './presentation/presentation';
export {
  PRESENTATION_SECTIONS,
  PRESENTATION_TRANSLATION_LANGUAGES,
  presentationCompleteness,
} from './presentation/presentation';
export type { UpdatePresentationCommand, PresentationEvent } from './presentation/presentation-commands';
export { updatePresentation } from './presentation/presentation-commands';

// step 4: visits
export type {
  Visit,
  VisitDirection,
  TravelAdvisory,
  TravelAdvisoryLevel,
  TravelApproval,
  RedZoneAlternative,
  VisitReport,
  VisitFollowUp,
} from './visit/visit';
export {
  VISIT_DIRECTIONS,
  TRAVEL_ADVISORY_LEVELS,
  RED_ZONE_ALTERNATIVES,
  isRedZone,
  isOrangeZone,
  awaitsTravelApproval,
  visitingPartyId,
  hostPartyId,
} from './visit/visit';
export type { DelegationOptions } from './visit/delegation-rules';
export { DEFAULT_MAX_DELEGATION_SIZE, delegationWarnings } from './visit/delegation-rules';
export type {
  RecordVisitCommand,
  RecordVisitReportCommand,
  CancelVisitCommand,
  ReplanVisitCommand,
  ApproveOrangeZoneVisitCommand,
  CompleteVisitFollowUpCommand,
  FollowUpInput,
  VisitEvent,
} from './visit/visit-commands';
export {
  recordVisit,
  recordVisitReport,
  cancelVisit,
  replanVisit,
  approveOrangeZoneVisit,
  completeVisitFollowUp,
} from './visit/visit-commands';

// step 5: convention and dialogue
export type {
  Convention,
  ConventionState,
  ConventionTerms,
  ConventionVersion,
  ConventionContent,
  ConventionApproval,
  ConventionSignature,
  Signatory,
  TacitRenewalTerms,
  RenewalKind,
  ActionFate,
  ActionDecision,
  Termination,
  Suspension,
} from './convention/convention';
export {
  CONVENTION_STATES,
  FINAL_CONVENTION_STATES,
  BINDING_CONVENTION_STATES,
  RENEWAL_KINDS,
  ACTION_FATES,
  EMPTY_CONVENTION_CONTENT,
  currentVersion,
  isBindingConventionState,
  isFinalConventionState,
  isInForceConventionState,
  isTacitRenewalPending,
  tacitRenewalObjectionDeadline,
} from './convention/convention';
export type { ConventionCommandType } from './convention/convention-state-machine';
export {
  CONVENTION_COMMAND_TYPES,
  CONVENTION_COMMANDS_BY_STATE,
  CONVENTION_TRANSITIONS,
  conventionCommandsAvailable,
} from './convention/convention-state-machine';
export type { CompatibilityReview, Priority, PoliticalDialogue } from './convention/political-dialogue';
export { EMPTY_POLITICAL_DIALOGUE } from './convention/political-dialogue';
export {
  missingForConventionApproval,
  missingForConventionApprovalByParty,
} from './convention/convention-readiness';
export type { MissingForApproval } from './convention/convention-readiness';
export type {
  RecordCompatibilityReviewCommand,
  RecordPriorityCommand,
  AgreePriorityCommand,
  PoliticalDialogueEvent,
} from './convention/political-dialogue-commands';
export {
  recordCompatibilityReview,
  recordPriority,
  agreePriority,
} from './convention/political-dialogue-commands';
export type {
  ConventionDiff,
  ConventionDiffField,
  ConventionFieldChange,
  DiffLine,
  DiffLineOperation,
} from './convention/convention-diff';
export { CONVENTION_DIFF_FIELDS, diffConventionVersions, diffLines } from './convention/convention-diff';
export type {
  DraftConventionCommand,
  OpenConventionNegotiationCommand,
  ReviseConventionCommand,
  ApproveConventionCommand,
  SignConventionCommand,
  BringConventionIntoForceCommand,
  ObjectToTacitRenewalCommand,
  RenewConventionCommand,
  ExpireConventionCommand,
  SuspendConventionCommand,
  ResumeConventionCommand,
  TerminateConventionCommand,
  ConventionEvent,
} from './convention/convention-commands';
export {
  draftConvention,
  openConventionNegotiation,
  reviseConvention,
  approveConvention,
  signConvention,
  bringConventionIntoForce,
  objectToTacitRenewal,
  renewConvention,
  expireConvention,
  suspendConvention,
  resumeConvention,
  terminateConvention,
} from './convention/convention-commands';
export type {
  DialogueAudience,
  Cadence,
  CadenceUnit,
  AudiencePlan,
  DialoguePlan,
  DialogueEvent,
} from './dialogue/dialogue';
export { DIALOGUE_AUDIENCES, CADENCE_UNITS, DEFAULT_DIALOGUE_TOLERANCE_DAYS } from './dialogue/dialogue';
export type {
  DialogueInput,
  AudienceDue,
  DialogueDueStatus,
  SleepAssessment,
  AudienceSilence,
} from './dialogue/dialogue-cadence';
export {
  DIALOGUE_DUE_STATUSES,
  addCadence,
  computeNextDialogueDue,
  assessDialogueSleep,
} from './dialogue/dialogue-cadence';
export type {
  ProposeDialoguePlanCommand,
  ApproveDialoguePlanCommand,
  RecordDialogueEventCommand,
  DialogueDomainEvent,
} from './dialogue/dialogue-commands';
export {
  proposeDialoguePlan,
  approveDialoguePlan,
  recordDialogueEvent,
  withDialogueEvent,
} from './dialogue/dialogue-commands';

// step 6: actions
export type {
  Action,
  ActionProposal,
  ActionTheme,
  KnownActionTheme,
  ActionStatus,
  ActionPriority,
  ActionLocation,
  FunderKind,
  BudgetLine,
  BudgetLineStatus,
  Indicator,
  IndicatorKind,
  IndicatorPeriod,
  Disaggregation,
  BreakdownValue,
  ReportingFrequency,
  Measurement,
  JointEvaluation,
  LogEntry,
  LogEntryKind,
  Operator,
} from './action/action';
export {
  ACTION_THEMES,
  ACTION_STATUSES,
  ACTION_PRIORITIES,
  ACTION_STATUS_TRANSITIONS,
  ACTION_LOCATIONS,
  FUNDER_KINDS,
  BUDGET_LINE_STATUSES,
  LOG_ENTRY_KINDS,
  INDICATOR_KINDS,
  REPORTING_FREQUENCIES,
  UNPLANNED_INDICATOR,
  actionLocationFor,
  isKnownOrCustomTheme,
  isActionOngoing,
  UNSTATED_LINE_FIGURES,
  mayChangeActionStatus,
  actionStatusMovesFor,
} from './action/action';
export type {
  CreateActionCommand,
  ChangeActionStatusCommand,
  AddBudgetLineCommand,
  AddIndicatorCommand,
  ValidateIndicatorCommand,
  PlanIndicatorCommand,
  IndicatorPlan,
  RecordMeasurementCommand,
  RecordJointEvaluationCommand,
  AddLogEntryCommand,
  ActionAppend,
  ActionAppendContext,
  SetActionPriorityCommand,
  DescribeActionCommand,
  ReviseBudgetLineCommand,
  ConfirmActionProposerCommand,
  CorrectActionProposerCommand,
  ActionEvent,
} from './action/action-commands';
export {
  createAction,
  changeActionStatus,
  addBudgetLine,
  addIndicator,
  validateIndicator,
  planIndicator,
  recordMeasurement,
  recordJointEvaluation,
  addLogEntry,
  setActionPriority,
  describeAction,
  reviseBudgetLine,
  confirmActionProposer,
  correctActionProposer,
} from './action/action-commands';
export type {
  IndicatorPeriodFigures,
  PeriodFigures,
  DimensionActual,
  CategoryActual,
} from './action/indicator-periods';
export {
  computeIndicatorPeriods,
  reportingPeriodsBetween,
  checkBreakdown,
  checkIndicatorPeriods,
  checkDisaggregations,
  DISAGGREGATION_PRESETS,
  MAX_INDICATOR_PERIODS,
  MAX_DISAGGREGATIONS,
  MAX_DISAGGREGATION_CATEGORIES,
} from './action/indicator-periods';

// official development assistance
export type { OdaChannel, PolicyMarker, MarkerScore, PolicyMarkers, SectorShare } from './oda/oda';
export {
  ODA_CHANNELS,
  POLICY_MARKERS,
  MARKER_SCORES,
  PEGGED_EURO_RATES,
  defaultEuroRate,
  checkSectorShares,
  checkPolicyMarkers,
  euroCents,
  allocateCents,
  yearOf,
} from './oda/oda';
export type {
  DeclaredAction,
  DeclarationRow,
  DeclarationIssue,
  DeclarationIssueCode,
  DeclarationInput,
  OdaDeclaration,
  Subtotal,
} from './oda/oda-declaration';
export { DECLARATION_ISSUES, buildOdaDeclaration } from './oda/oda-declaration';
export type { DacNameLanguage } from './oda/dac-names';
export { dacName } from './oda/dac-names';

// official outputs: the atlas sheet and the handover dossier
export type { ContactField, ContactPerson, OrganisationContacts } from './dossier/organisation-contacts';
export { CONTACT_FIELDS, missingContactFields } from './dossier/organisation-contacts';
export type { AtlasProjectSheet } from './dossier/atlas-sheet';
export { atlasProjectSheets } from './dossier/atlas-sheet';
export type {
  ContactsByOrganisation,
  CouncilDecisionSubject,
  HandoverContact,
  HandoverContactCapacity,
  HandoverConvention,
  HandoverCouncilDecision,
  HandoverExchangeDue,
  HandoverFollowUp,
  HandoverFundingLine,
  HandoverHealth,
  HandoverMotivation,
  HandoverPartnership,
  HandoverParty,
  HandoverRupture,
  HandoverVisit,
  HandoverApplicationSource,
  HandoverFunderReport,
  HandoverGrant,
  HandoverGrantStatus,
  HandoverTranche,
} from './dossier/handover-dossier';
export {
  COUNCIL_DECISION_SUBJECTS,
  HANDOVER_CONTACT_CAPACITIES,
  HANDOVER_GRANT_STATUSES,
  handoverPartnership,
} from './dossier/handover-dossier';

// figures
export type { Asymmetry, InitiativeByTerritory, PartyAsymmetry } from './figures/asymmetry';
export { computeAsymmetry } from './figures/asymmetry';
export type { FundingFigures, FunderFigures, OwnShare } from './figures/funding';
export { computeFundingFigures } from './figures/funding';
export type { HealthScore, HealthComponent, HealthInput, HealthStep } from './figures/health-score';
export { HEALTH_WEIGHTS, computeHealthScore, expectedHealthComponents } from './figures/health-score';

// assessment
export type {
  StepId,
  StepStatus,
  CriterionId,
  CriterionDefinition,
  WarningId,
  Warning,
  BlockingCondition,
  HealthComponentId,
} from './assessment/catalogue';
export {
  STEP_IDS,
  STEP_STATUSES,
  CRITERION_IDS,
  CRITERIA_BY_LEGAL_BASIS,
  criteriaFor,
  criterionAppliesTo,
  stepsFor,
  CRITERIA,
  WARNING_IDS,
  WARNING_STEPS,
  BLOCKING_CONDITIONS,
  HEALTH_COMPONENT_IDS,
} from './assessment/catalogue';
export type {
  AssessmentOptions,
  CriterionResult,
  StepAssessment,
  PartnershipFigures,
  PartnershipAssessment,
} from './assessment/assess-partnership';
export { DEFAULT_ASSESSMENT_OPTIONS, assessPartnership } from './assessment/assess-partnership';
export type { PartnershipSummaryFacts } from './assessment/partnership-summary';
export { assessmentValidUntil, startOfNextDay, summarisePartnership } from './assessment/partnership-summary';

// reminders
export type { QuietHours } from './reminder/quiet-hours';
export { DEFAULT_QUIET_HOURS, isInQuietHours, shiftOutOfQuietHours } from './reminder/quiet-hours';
export type {
  Reminder,
  ReminderKind,
  ReminderInput,
  ReminderOptions,
  ReminderSituation,
} from './reminder/reminders';
export {
  REMINDER_KINDS,
  DEFAULT_REMINDER_OPTIONS,
  MANDATORY_REMINDER_KINDS,
  canOptOutOfReminder,
  computeReminderSchedule,
  computeUpcomingReminders,
  isReminderKind,
  reminderInputFrom,
  changesReminders,
  REMINDER_SITUATION_EVENTS,
} from './reminder/reminders';

// funding: calls, applications, tranches, reports, money as it happens
export type {
  CallRule,
  CallRuleKind,
  FundingApplication,
  FundingApplicationEvent,
  FundingApplicationStatus,
  FundingCall,
} from './funding/funding-application';
export {
  CALL_RULE_KINDS,
  FUNDING_APPLICATION_STATUSES,
  FUNDING_APPLICATION_TRANSITIONS,
  canMoveApplication,
  checkFundingCall,
  draftApplication,
  moveApplication,
  reviseDraftApplication,
} from './funding/funding-application';
export type { FunderReportDue, FunderReportKind, PaymentTranche } from './funding/funding-follow-up';
export {
  FUNDER_REPORT_KINDS,
  planReport,
  planTranche,
  receiveTranche,
  submitReport,
} from './funding/funding-follow-up';
export type {
  ApplicationCheck,
  ApplicationCheckInput,
  ApplicationCheckOutcome,
} from './funding/application-checks';
export { APPLICATION_CHECK_OUTCOMES, checkApplicationAgainstCall } from './funding/application-checks';
export type { ActionMoney, FunderMoney, LineMoney, MoneyAmounts } from './funding/action-money';
export { computeActionMoney, inEuros } from './funding/action-money';
export type {
  ApplicationTotals,
  ApplicationWithTranches,
  FunderReport,
  FunderReportActivity,
  FunderReportIndicator,
  FunderReportLayout,
  FunderReportPeriod,
  ReportedApplication,
} from './funding/funder-report';
export {
  FUNDER_REPORT_LAYOUTS,
  applicationTotals,
  buildFunderReport,
  funderReportActivities,
  funderReportPeriod,
  grantFunderFigures,
} from './funding/funder-report';
export type {
  ApplicationDeadlineSource,
  FundingDeadline,
  FundingDeadlineKind,
} from './funding/funding-deadlines';
export {
  FUNDING_DEADLINE_KINDS,
  FUNDING_INBOX_WINDOW_DAYS,
  computeFundingInboxItems,
  fundingDeadlinesOf,
} from './funding/funding-deadlines';

// inbox
export type { InboxItem, InboxItemKind, InboxRole, InboxViewer } from './inbox/inbox';
export { INBOX_ITEM_KINDS, INBOX_ROLES, computeInboxItems } from './inbox/inbox';

// messages (i18n resources)
export type { MessageKey, Messages } from './messages/message-keys';
export { EN_MESSAGES } from './messages/en';
export { FR_MESSAGES } from './messages/fr';
export { DE_MESSAGES } from './messages/de';
export { ES_MESSAGES } from './messages/es';
export { PT_MESSAGES } from './messages/pt';
export { AR_MESSAGES } from './messages/ar';

export type {
  PartnerSeeker,
  PartnerProfile,
  PartnerMatch,
  MatchReason,
  MatchReasonKind,
} from './partner-search/partner-matching';
export { scorePartnerMatch, MATCH_REASON_KINDS } from './partner-search/partner-matching';

// IATI activity file
export type {
  IatiAction,
  IatiActivity,
  IatiBudget,
  IatiFile,
  IatiFileInput,
  IatiIndicator,
  IatiIssue,
  IatiIssueCode,
  IatiParticipatingOrg,
  IatiParty,
  IatiPartnership,
  IatiResult,
  IatiTransaction,
} from './iati/iati-activity';
export {
  IATI_BLOCKING_ISSUES,
  IATI_CODES,
  IATI_ISSUES,
  buildIatiFile,
  iatiActivityIdentifier,
} from './iati/iati-activity';
