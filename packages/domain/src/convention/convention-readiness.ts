import { type CriterionId } from '../assessment/catalogue';
import { hasSharedMotivation, latestSharedAt } from '../commitment/commitment-rules';
import { type PartnershipSnapshot, governanceOf, partyIds } from '../partnership/partnership';
import { type PartyId } from '../shared/ids';
import { isApprovedByElectedOf } from '../shared/review';

/**
 * The political dialogue the convention concludes (method, step 5): every side's motivations on the table,
 * their compatibility checked by an elected official of each side, and priorities set together.
 */
export function areMotivationsSharedByAll(snapshot: PartnershipSnapshot): boolean {
  const parties = partyIds(snapshot);
  return parties.length >= 2 && parties.every((partyId) => hasSharedMotivation(snapshot, partyId));
}

function latestCompatibilityReview(snapshot: PartnershipSnapshot, partyId: PartyId) {
  return snapshot.politicalDialogue.compatibilityReviews.filter((r) => r.partyId === partyId).at(-1) ?? null;
}

/** The party's latest review approves compatibility and postdates the last motivation put on the table. */
function hasReviewedCompatibility(snapshot: PartnershipSnapshot, partyId: PartyId): boolean {
  const lastShared = latestSharedAt(snapshot);
  const latest = latestCompatibilityReview(snapshot, partyId);
  return (
    latest !== null &&
    isApprovedByElectedOf(latest.review, partyId, governanceOf(snapshot, partyId)) &&
    (lastShared === null || latest.review.reviewedAt >= lastShared)
  );
}

/** Each side's latest review approves compatibility and postdates the last motivation put on the table. */
export function isCompatibilityReviewedByAll(snapshot: PartnershipSnapshot): boolean {
  if (!areMotivationsSharedByAll(snapshot)) return false;
  return partyIds(snapshot).every((partyId) => hasReviewedCompatibility(snapshot, partyId));
}

export function arePrioritiesSet(snapshot: PartnershipSnapshot): boolean {
  const parties = partyIds(snapshot);
  return (
    parties.length >= 2 &&
    snapshot.politicalDialogue.priorities.some((priority) =>
      parties.every((p) => priority.agreedBy.includes(p)),
    )
  );
}

export interface MissingForApproval {
  readonly criterion: CriterionId;
  /**
   * The parties that still have their part to do, so that the party that did its own is told it waits for
   * the others rather than asked to do it again.
   */
  readonly awaitedParties: readonly PartyId[];
}

/** The parties that have not agreed to the priority most of them agreed to (every party when none exists). */
function partiesAwaitedForPriorities(snapshot: PartnershipSnapshot): PartyId[] {
  const parties = partyIds(snapshot);
  const agreements = snapshot.politicalDialogue.priorities.map((priority) => priority.agreedBy);
  const closest = agreements.reduce<readonly PartyId[]>(
    (best, agreedBy) => (agreedBy.length > best.length ? agreedBy : best),
    [],
  );
  return parties.filter((partyId) => !closest.includes(partyId));
}

/** Each missing criterion with the parties it still waits for. */
export function missingForConventionApprovalByParty(
  snapshot: PartnershipSnapshot,
): readonly MissingForApproval[] {
  const parties = partyIds(snapshot);
  return missingForConventionApproval(snapshot).map((criterion): MissingForApproval => {
    switch (criterion) {
      case 'CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
        return { criterion, awaitedParties: parties.filter((p) => !hasSharedMotivation(snapshot, p)) };
      case 'CONVENTION.COMPATIBILITY_REVIEWED':
        return { criterion, awaitedParties: parties.filter((p) => !hasReviewedCompatibility(snapshot, p)) };
      case 'CONVENTION.PRIORITIES_SET':
        return { criterion, awaitedParties: partiesAwaitedForPriorities(snapshot) };
      default:
        return { criterion, awaitedParties: parties };
    }
  });
}

/** Criteria still missing before any party may approve a convention. Empty means ready. */
export function missingForConventionApproval(snapshot: PartnershipSnapshot): readonly CriterionId[] {
  const missing: CriterionId[] = [];
  if (!areMotivationsSharedByAll(snapshot)) missing.push('CONVENTION.MOTIVATIONS_SHARED_BY_ALL');
  if (!isCompatibilityReviewedByAll(snapshot)) missing.push('CONVENTION.COMPATIBILITY_REVIEWED');
  if (!arePrioritiesSet(snapshot)) missing.push('CONVENTION.PRIORITIES_SET');
  return missing;
}
