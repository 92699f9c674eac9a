import { type CalendarDate } from './calendar-date';
import { type DomainError, domainError } from './domain-error';
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

/** The reviewer must be an elected official of the side under review (not a technician, not the partner). */
export function checkElectedReviewer(reviewer: PersonRef, partyId: PartyId): DomainError | null {
  if (reviewer.role !== 'elected') {
    return domainError('REVIEW.REVIEWER_NOT_ELECTED', 'Only an elected official can review this.', {
      personId: reviewer.personId,
      role: reviewer.role,
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

export function isApprovedByElectedOf(review: ElectedReview | null, partyId: PartyId): boolean {
  return (
    review !== null &&
    review.decision === 'approved' &&
    checkElectedReviewer(review.reviewer, partyId) === null
  );
}
