import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type ActionTheme } from '../action/action';
import { type PartyId } from '../shared/ids';

export const CONVENTION_STATES = [
  'draft',
  'in_negotiation',
  'approved',
  'signed',
  'in_force',
  'renewed',
  'suspended',
  'expired',
  'terminated',
] as const;
export type ConventionState = (typeof CONVENTION_STATES)[number];

export const FINAL_CONVENTION_STATES = [
  'expired',
  'terminated',
] as const satisfies readonly ConventionState[];
/** States in which the convention binds the parties (termination then needs notice). */
export const BINDING_CONVENTION_STATES = [
  'signed',
  'in_force',
  'renewed',
  'suspended',
] as const satisfies readonly ConventionState[];
/** States in which the convention currently applies; `renewed` is "in force on a renewed term". */
export const IN_FORCE_CONVENTION_STATES = [
  'in_force',
  'renewed',
] as const satisfies readonly ConventionState[];

export interface TacitRenewalTerms {
  readonly periodMonths: number;
  /** A party must object at least this many days before expiry to prevent the tacit renewal. */
  readonly objectionNoticeDays: number;
}

export interface ConventionTerms {
  readonly durationMonths: number;
  readonly tacitRenewal: TacitRenewalTerms | null;
  readonly terminationNoticeDays: number;
}

/** The clauses the method expects a convention to spell out, beside its free text. */
export interface ConventionContent {
  readonly objectives: string;
  readonly priorities: readonly string[];
  readonly themes: readonly ActionTheme[];
  readonly governance: string;
  readonly dialogueModalities: string;
  readonly fundingCommitments: string;
  readonly terminationClause: string;
}

export const EMPTY_CONVENTION_CONTENT: ConventionContent = {
  objectives: '',
  priorities: [],
  themes: [],
  governance: '',
  dialogueModalities: '',
  fundingCommitments: '',
  terminationClause: '',
};

export interface ConventionVersion {
  readonly number: number;
  readonly text: string;
  readonly content: ConventionContent;
  readonly terms: ConventionTerms;
  readonly createdAt: Date;
}

/** Approval of one version by one party: its council decision (délibération). */
export interface ConventionApproval {
  readonly partyId: PartyId;
  readonly version: number;
  readonly councilDecisionRef: string;
  readonly decidedOn: CalendarDate;
  /** The signed council decision, when uploaded (an opaque file id kept by the application). */
  readonly decisionFileId: string | null;
}

export interface Signatory {
  readonly partyId: PartyId;
  readonly name: string;
  readonly title: string;
}

export interface ConventionSignature {
  readonly version: number;
  readonly signedOn: CalendarDate;
  readonly signatories: readonly Signatory[];
  /** The signed convention as a PDF, when uploaded (an opaque file id). */
  readonly signedFileId: string | null;
}

export interface RenewalObjection {
  readonly partyId: PartyId;
  readonly on: CalendarDate;
}

export const RENEWAL_KINDS = ['tacit', 'explicit'] as const;
export type RenewalKind = (typeof RENEWAL_KINDS)[number];

export interface ConventionRenewal {
  readonly kind: RenewalKind;
  readonly on: CalendarDate;
  readonly previousExpiresOn: CalendarDate;
  readonly newExpiresOn: CalendarDate;
  readonly decisionRef: string | null;
}

export const ACTION_FATES = ['complete_during_notice', 'hand_over', 'stop'] as const;
export type ActionFate = (typeof ACTION_FATES)[number];

/** What happens to an ongoing action when the relation ends: never cut projects silently (seed 000). */
export interface ActionDecision {
  readonly actionId: string;
  readonly fate: ActionFate;
}

export interface Termination {
  readonly reason: string;
  readonly noticeGivenOn: CalendarDate;
  readonly effectiveOn: CalendarDate;
  readonly actionDecisions: readonly ActionDecision[];
  readonly decidedAt: Date;
}

export interface Suspension {
  readonly reason: string;
  readonly since: CalendarDate;
}

export interface Convention {
  readonly id: string;
  readonly state: ConventionState;
  readonly versions: readonly ConventionVersion[];
  readonly approvals: readonly ConventionApproval[];
  readonly signature: ConventionSignature | null;
  readonly effectiveOn: CalendarDate | null;
  readonly expiresOn: CalendarDate | null;
  readonly renewalObjections: readonly RenewalObjection[];
  readonly renewals: readonly ConventionRenewal[];
  readonly suspension: Suspension | null;
  readonly termination: Termination | null;
}

export function isFinalConventionState(state: ConventionState): boolean {
  return (FINAL_CONVENTION_STATES as readonly ConventionState[]).includes(state);
}

export function isBindingConventionState(state: ConventionState): boolean {
  return (BINDING_CONVENTION_STATES as readonly ConventionState[]).includes(state);
}

export function isInForceConventionState(state: ConventionState): boolean {
  return (IN_FORCE_CONVENTION_STATES as readonly ConventionState[]).includes(state);
}

export function currentVersion(convention: Convention): ConventionVersion {
  const latest = convention.versions[convention.versions.length - 1];
  if (!latest) throw new RangeError(`Convention ${convention.id} has no version`);
  return latest;
}

/** The version whose terms bind the parties: the signed one once signed, else the latest draft. */
export function bindingTerms(convention: Convention): ConventionTerms {
  const signedVersion = convention.signature?.version;
  const version = convention.versions.find((v) => v.number === signedVersion) ?? currentVersion(convention);
  return version.terms;
}

export function partiesWhoApproved(convention: Convention, version: number): readonly PartyId[] {
  return [...new Set(convention.approvals.filter((a) => a.version === version).map((a) => a.partyId))];
}

/** Last day on which a party can still object to the tacit renewal; null when there is none to object to. */
export function tacitRenewalObjectionDeadline(convention: Convention): CalendarDate | null {
  const tacit = bindingTerms(convention).tacitRenewal;
  if (!tacit || !convention.expiresOn) return null;
  return addDays(convention.expiresOn, -tacit.objectionNoticeDays);
}

/** Tacit renewal will happen at expiry unless a party objected in time. */
export function isTacitRenewalPending(convention: Convention): boolean {
  return bindingTerms(convention).tacitRenewal !== null && convention.renewalObjections.length === 0;
}
