import { type CalendarDate } from './calendar-date';
import { type DomainError, domainError } from './domain-error';
import { type PartyGovernance, mayReviewFor } from './governance';
import { type PartyId } from './ids';
import { type PersonRef } from './person';

export const REVIEW_DECISIONS = ['approved', 'changes_requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** An elected official's review: motivations are a political matter, reviewed by the side that holds them. */
export interface ElectedReview {
  readonly decision: ReviewDecision;
  readonly reviewer: PersonRef;
  readonly reviewedAt: Date;
  readonly comment: string | null;
  /** Reference of the council decision (délibération) when the review went through the council. */
  readonly councilDecisionRef: string | null;
  readonly councilDecisionOn: CalendarDate | null;
}

/**
 * The reviewer must lead the side under review: an elected official of it (not a technician, not the
 * partner), or for a side led by an appointed executive, whoever acts for it (`REVIEWING_ROLES`).
 */
export function checkElectedReviewer(
  reviewer: PersonRef,
  partyId: PartyId,
  governance: PartyGovernance = 'elected_executive',
): DomainError | null {
  if (!mayReviewFor(reviewer.role, governance)) {
    return domainError('REVIEW.REVIEWER_NOT_ELECTED', 'Only an elected official can review this.', {
      personId: reviewer.personId,
      role: reviewer.role,
      governance,
    });
  }
  if (reviewer.partyId !== partyId) {
    return domainError(
      'REVIEW.REVIEWER_OTHER_PARTY',
      "A side's elected officials review their own side only.",
      {
        personId: reviewer.personId,
        reviewerPartyId: reviewer.partyId,
        partyId,
      },
    );
  }
  return null;
}

export function isApprovedByElectedOf(
  review: ElectedReview | null,
  partyId: PartyId,
  governance: PartyGovernance = 'elected_executive',
): boolean {
  return (
    review !== null &&
    review.decision === 'approved' &&
    checkElectedReviewer(review.reviewer, partyId, governance) === null
  );
}
