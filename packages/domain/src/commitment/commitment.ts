import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { type PartyGovernance } from '../shared/governance';
import { type ElectedReview, isApprovedByElectedOf } from '../shared/review';

export const MOTIVATION_CATEGORIES = [
  'political',
  'institutional',
  'technical_sectoral',
  'financial',
  'economic',
] as const;
export type MotivationCategory = (typeof MOTIVATION_CATEGORIES)[number];

/** Frames of reference (référentiels, seed 002): often hidden, to be made explicit and debated. */
export const FRAMES_OF_REFERENCE = ['humanist', 'political', 'pro_domo'] as const;
export type FrameOfReference = (typeof FRAMES_OF_REFERENCE)[number];

/** A motivation stays internal to its party until that party shares it with the partners. */
export interface Motivation {
  readonly id: string;
  readonly partyId: PartyId;
  readonly category: MotivationCategory;
  readonly frameOfReference: FrameOfReference;
  readonly text: string;
  readonly authorId: string;
  readonly createdAt: Date;
  readonly shared: boolean;
  readonly sharedAt: Date | null;
  readonly review: ElectedReview | null;
  /** Every review this motivation received, oldest first: revisions clear `review`, never the history. */
  readonly reviewHistory: readonly ElectedReview[];
}

/** A stake of the territory (enjeu); the method asks which ones cooperation can be a lever for. */
export interface Stake {
  readonly id: string;
  readonly partyId: PartyId;
  readonly title: string;
  readonly cooperationCanBeLever: boolean;
}

/** What the territory can bring to its counterpart: cooperation of mutual interest. */
export interface Contribution {
  readonly id: string;
  readonly partyId: PartyId;
  readonly title: string;
}

export const TERRITORY_ACTOR_KINDS = [
  'association',
  'ngo',
  'school',
  'university',
  'hospital',
  'religious_body',
  'diaspora_group',
  'company',
  'other',
] as const;
export type TerritoryActorKind = (typeof TERRITORY_ACTOR_KINDS)[number];

export const ACTOR_INVOLVEMENTS = ['consulted', 'co_carrier', 'operator'] as const;
export type ActorInvolvement = (typeof ACTOR_INVOLVEMENTS)[number];

export interface Consultation {
  readonly on: CalendarDate;
  readonly summary: string;
}

export interface TerritoryActor {
  readonly id: string;
  readonly partyId: PartyId;
  readonly name: string;
  readonly kind: TerritoryActorKind;
  readonly involvement: ActorInvolvement;
  readonly consultations: readonly Consultation[];
}

export function isMotivationApproved(
  motivation: Motivation,
  governance: PartyGovernance = 'elected_executive',
): boolean {
  return isApprovedByElectedOf(motivation.review, motivation.partyId, governance);
}

/** Associated = the approach was actually presented to and discussed with the actor (a consultation record). */
export function isActorAssociated(actor: TerritoryActor): boolean {
  return actor.consultations.length > 0;
}
