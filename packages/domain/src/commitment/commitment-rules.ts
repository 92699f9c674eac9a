import { type PartnershipSnapshot, governanceOf } from '../partnership/partnership';
import { type PartyId } from '../shared/ids';
import {
  type Motivation,
  TERRITORY_ACTOR_KINDS,
  type TerritoryActorKind,
  isActorAssociated,
  isMotivationApproved,
} from './commitment';

export function motivationsOf(snapshot: PartnershipSnapshot, partyId: PartyId): readonly Motivation[] {
  return snapshot.motivations.filter((motivation) => motivation.partyId === partyId);
}

export function hasStatedMotivations(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  return motivationsOf(snapshot, partyId).length > 0;
}

/** Every motivation of the side is approved by one of its elected officials (the step-1 gate). */
export function areMotivationsReviewed(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  const motivations = motivationsOf(snapshot, partyId);
  const governance = governanceOf(snapshot, partyId);
  return (
    motivations.length > 0 && motivations.every((motivation) => isMotivationApproved(motivation, governance))
  );
}

/**
 * How many of the territory's actors must carry the approach, and of how many kinds, before the commitment
 * counts as built. The seed asks for "une diversité d'acteurs", "l'essentiel des forces vives du territoire"
 * and gives no number: three actors of two kinds is the product's choice (docs/domain.md) — more than one
 * ally, and never one kind of actor alone (a single association, or only schools).
 */
export const MIN_ASSOCIATED_ACTORS = 3;
export const MIN_ASSOCIATED_ACTOR_KINDS = 2;

/** How far the territory's actors of one side are involved, by number and by kind. */
export interface TerritoryActorInvolvement {
  readonly partyId: PartyId;
  /** Distinct actors to whom the approach was presented and discussed (at least one consultation). */
  readonly associatedActors: number;
  /** Their distinct kinds (association, school, hospital…), in catalogue order. */
  readonly associatedKinds: readonly TerritoryActorKind[];
  /** Actors listed, associated or not yet. */
  readonly listedActors: number;
  readonly consultations: number;
  readonly requiredActors: number;
  readonly requiredKinds: number;
}

export function territoryActorInvolvement(
  snapshot: Pick<PartnershipSnapshot, 'territoryActors'>,
  partyId: PartyId,
): TerritoryActorInvolvement {
  const own = snapshot.territoryActors.filter((actor) => actor.partyId === partyId);
  const associated = own.filter(isActorAssociated);
  const kinds = new Set(associated.map((actor) => actor.kind));
  return {
    partyId,
    associatedActors: associated.length,
    associatedKinds: TERRITORY_ACTOR_KINDS.filter((kind) => kinds.has(kind)),
    listedActors: own.length,
    consultations: own.reduce((sum, actor) => sum + actor.consultations.length, 0),
    requiredActors: MIN_ASSOCIATED_ACTORS,
    requiredKinds: MIN_ASSOCIATED_ACTOR_KINDS,
  };
}

/**
 * The territory's actors carry the approach: enough distinct actors, of enough kinds, each consulted — not
 * one consultation of one actor (seed 004 §4).
 */
export function hasAssociatedTerritoryActors(
  snapshot: Pick<PartnershipSnapshot, 'territoryActors'>,
  partyId: PartyId,
): boolean {
  const involvement = territoryActorInvolvement(snapshot, partyId);
  return (
    involvement.associatedActors >= involvement.requiredActors &&
    involvement.associatedKinds.length >= involvement.requiredKinds
  );
}

/** At least one stake where cooperation can be a lever, not just a list of problems. */
export function hasLeverStakes(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  return snapshot.stakes.some((stake) => stake.partyId === partyId && stake.cooperationCanBeLever);
}

export function hasContributions(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  return snapshot.contributions.some((contribution) => contribution.partyId === partyId);
}

export function hasSharedMotivation(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  return motivationsOf(snapshot, partyId).some((motivation) => motivation.shared);
}

export function latestSharedAt(snapshot: PartnershipSnapshot): Date | null {
  return snapshot.motivations.reduce<Date | null>(
    (latest, m) => (m.shared && m.sharedAt && (!latest || m.sharedAt > latest) ? m.sharedAt : latest),
    null,
  );
}
