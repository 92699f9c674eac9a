import { type CriterionId } from '../assessment/catalogue';
import { hasSharedMotivation, latestSharedAt } from '../commitment/commitment-rules';
import { type PartnershipSnapshot, partyIds } from '../partnership/partnership';
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

/** Each side's latest review approves compatibility and postdates the last motivation put on the table. */
export function isCompatibilityReviewedByAll(snapshot: PartnershipSnapshot): boolean {
  if (!areMotivationsSharedByAll(snapshot)) return false;
  const lastShared = latestSharedAt(snapshot);
  return partyIds(snapshot).every((partyId) => {
    const latest = latestCompatibilityReview(snapshot, partyId);
    return (
      latest !== null &&
      isApprovedByElectedOf(latest.review, partyId) &&
      (lastShared === null || latest.review.reviewedAt >= lastShared)
    );
  });
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

/** Criteria still missing before any party may approve a convention. Empty means ready. */
export function missingForConventionApproval(snapshot: PartnershipSnapshot): readonly CriterionId[] {
  const missing: CriterionId[] = [];
  if (!areMotivationsSharedByAll(snapshot)) missing.push('CONVENTION.MOTIVATIONS_SHARED_BY_ALL');
  if (!isCompatibilityReviewedByAll(snapshot)) missing.push('CONVENTION.COMPATIBILITY_REVIEWED');
  if (!arePrioritiesSet(snapshot)) missing.push('CONVENTION.PRIORITIES_SET');
  return missing;
}
