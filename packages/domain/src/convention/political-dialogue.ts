import { type PartyId } from '../shared/ids';
import { type ElectedReview } from '../shared/review';

/**
 * What precedes a convention in the method: motivations on the table, their compatibility checked by the
 * elected officials of each side, respective stakes identified, priorities set.
 */
export interface CompatibilityReview {
  readonly partyId: PartyId;
  /** `approved` means this side's elected official judges the motivations of all sides compatible. */
  readonly review: ElectedReview;
}

export interface Priority {
  readonly id: string;
  readonly title: string;
  readonly stakeIds: readonly string[];
  readonly agreedBy: readonly PartyId[];
  readonly agreedAt: Date;
}

export interface PoliticalDialogue {
  readonly compatibilityReviews: readonly CompatibilityReview[];
  readonly priorities: readonly Priority[];
}

export const EMPTY_POLITICAL_DIALOGUE: PoliticalDialogue = { compatibilityReviews: [], priorities: [] };
