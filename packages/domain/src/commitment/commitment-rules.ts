import { type PartnershipSnapshot, governanceOf } from '../partnership/partnership';
import { type PartyId } from '../shared/ids';
import { type Motivation, isActorAssociated, isMotivationApproved } from './commitment';

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

export function hasAssociatedTerritoryActors(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  return snapshot.territoryActors.some((actor) => actor.partyId === partyId && isActorAssociated(actor));
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
