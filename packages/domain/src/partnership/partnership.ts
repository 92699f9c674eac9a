import { type Action } from '../action/action';
import {
  type Contribution,
  type Motivation,
  type Stake,
  type TerritoryActor,
} from '../commitment/commitment';
import { type Convention, type Suspension, type Termination } from '../convention/convention';
import { type PoliticalDialogue } from '../convention/political-dialogue';
import { type DialogueEvent, type DialoguePlan } from '../dialogue/dialogue';
import { type Organisation } from '../organisation/organisation';
import { type Candidate } from '../partner-search/candidate';
import { type Presentation } from '../presentation/presentation';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyGovernance } from '../shared/governance';
import { type PartnershipId, type PartyId } from '../shared/ids';
import { type RuptureSignal } from '../signal/rupture-signal';
import { type Visit } from '../visit/visit';
import { type PartnershipForm } from './partnership-form';
import { type Rupture } from './rupture-record';

export const PARTNERSHIP_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** Status machine of the relation itself; `terminated` is final and keeps the history. */
export const PARTNERSHIP_STATUS_TRANSITIONS = {
  active: ['suspended', 'terminated'],
  suspended: ['active', 'terminated'],
  terminated: [],
} as const satisfies Record<PartnershipStatus, readonly PartnershipStatus[]>;

export {
  LEGAL_BASES,
  LEGAL_BASIS_OF_FORM,
  PARTNERSHIP_FORMS,
  type LegalBasis,
  type PartnershipForm,
  legalBasisOf,
} from './partnership-form';

/** Historical approaches (seed 004): most partnerships started humanitarian; the goal is mutual interest. */
export const APPROACHES = [
  'humanitarian',
  'development',
  'institutional_support',
  'mutual_interest',
] as const;
export type Approach = (typeof APPROACHES)[number];

export const PARTY_ROLES = ['initiator', 'partner'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Party {
  readonly organisationId: PartyId;
  readonly role: PartyRole;
  readonly joinedOn: CalendarDate;
  readonly governance: PartyGovernance;
}

export interface Partnership {
  readonly id: PartnershipId;
  readonly name: string;
  /** One initiator; partners join when found (a mini-network may hold several). */
  readonly parties: readonly Party[];
  readonly status: PartnershipStatus;
  readonly form: PartnershipForm;
  readonly approach: Approach;
  readonly createdAt: Date;
  readonly suspension: Suspension | null;
  readonly termination: Termination | null;
  /** The orderly rupture under way or last attempted (negotiation, notice), null when none. */
  readonly rupture: Rupture | null;
}

/**
 * Everything the rules need about one partnership, as plain readonly data. The API loads it (scoped to what
 * the requesting party may see), calls a command or `assessPartnership`, and persists the result.
 */
export interface PartnershipSnapshot {
  readonly partnership: Partnership;
  /** The parties' organisations (time zones, communication constraints). */
  readonly organisations: readonly Organisation[];
  readonly motivations: readonly Motivation[];
  readonly stakes: readonly Stake[];
  readonly contributions: readonly Contribution[];
  readonly territoryActors: readonly TerritoryActor[];
  readonly candidates: readonly Candidate[];
  readonly presentations: readonly Presentation[];
  readonly visits: readonly Visit[];
  readonly politicalDialogue: PoliticalDialogue;
  /** The current convention (possibly expired or terminated); older ones are in `conventionHistory`. */
  readonly convention: Convention | null;
  readonly conventionHistory: readonly Convention[];
  readonly dialoguePlan: DialoguePlan | null;
  readonly dialogueEvents: readonly DialogueEvent[];
  readonly actions: readonly Action[];
  /** Early warnings of rupture either side recorded (seed 000 §3–4), oldest first. */
  readonly ruptureSignals: readonly RuptureSignal[];
}

/**
 * What a record appended on its own (an exchange, a measurement) is checked against: the partnership's
 * status and parties, without the rest of its records.
 */
export type PartnershipContext = Pick<PartnershipSnapshot, 'partnership'>;

export function partyIds(snapshot: PartnershipContext): readonly PartyId[] {
  return snapshot.partnership.parties.map((party) => party.organisationId);
}

export function initiatorId(snapshot: PartnershipContext): PartyId {
  const initiator = snapshot.partnership.parties.find((party) => party.role === 'initiator');
  if (!initiator) throw new RangeError(`Partnership ${snapshot.partnership.id} has no initiator`);
  return initiator.organisationId;
}

export function partnerIds(snapshot: PartnershipContext): readonly PartyId[] {
  return snapshot.partnership.parties
    .filter((party) => party.role === 'partner')
    .map((p) => p.organisationId);
}

export function isParty(snapshot: PartnershipContext, partyId: PartyId): boolean {
  return snapshot.partnership.parties.some((party) => party.organisationId === partyId);
}

/** A party's governance; a party not found is taken as elected (the common case, and the strictest review). */
export function governanceOf(snapshot: PartnershipContext, partyId: PartyId): PartyGovernance {
  const party = snapshot.partnership.parties.find((candidate) => candidate.organisationId === partyId);
  return party?.governance ?? 'elected_executive';
}

export function hasPartner(snapshot: PartnershipContext): boolean {
  return partnerIds(snapshot).length > 0;
}

export function canPartnershipMove(from: PartnershipStatus, to: PartnershipStatus): boolean {
  const allowed: readonly PartnershipStatus[] = PARTNERSHIP_STATUS_TRANSITIONS[from];
  return allowed.includes(to);
}
