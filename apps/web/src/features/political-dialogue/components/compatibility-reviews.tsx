import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import type { CompatibilityReview, PoliticalDialogue } from '../api/get-political-dialogue';
import { CompatibilityReviewForm } from './compatibility-review-form';
import { ownPartyFirst } from './party-order';

const VERDICT_BADGES: Record<CompatibilityReview['decision'], string> = {
  approved: 'badge badge--up',
  changes_requested: 'badge badge--overdue',
};

/**
 * Whether each side's elected officials judged the motivations on the table compatible with their own: the
 * verdict, the comment, who and when, and whether it still counts (a review older than the last sharing does
 * not). An elected official of the viewer's party records their side's review here; the API takes it for
 * the reviewer's own party only.
 */
export function CompatibilityReviews({
  partnershipId,
  view,
  ownPartyId,
  canReview,
}: {
  partnershipId: string;
  view: PoliticalDialogue;
  ownPartyId: string | undefined;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ownParty = view.parties.find((party) => party.partyId === ownPartyId);
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('politicalDialogue.reviews.title')}</h2>
      <p className="muted">{t('politicalDialogue.reviews.intro')}</p>
      <ul className="records" aria-label={t('politicalDialogue.reviews.listLabel')}>
        {ownPartyFirst(view.parties, ownPartyId).map((party) => (
          <li key={party.partyId} className="record">
            <h3 className="record__title">{party.name}</h3>
            <ReviewSummary review={party.latestCompatibilityReview} />
          </li>
        ))}
      </ul>
      {canReview && ownParty && (
        <CompatibilityReviewForm
          partnershipId={partnershipId}
          version={view.version}
          partyName={ownParty.name}
          hasReview={ownParty.latestCompatibilityReview !== null}
        />
      )}
    </section>
  );
}

/** « Délibération DEL-2026-014 du 3 mars 2026 », with whichever of the reference and the date is known. */
function councilDecisionText(t: TFunction, review: CompatibilityReview, language: string): string {
  const reference = review.councilDecisionRef;
  const date = review.councilDecisionOn ? formatCalendarDate(review.councilDecisionOn, language) : undefined;
  if (reference && date) return t('politicalDialogue.reviews.councilDecisionBoth', { reference, date });
  if (reference) return t('politicalDialogue.reviews.councilDecisionRefOnly', { reference });
  return t('politicalDialogue.reviews.councilDecisionDateOnly', { date: date ?? '' });
}

function ReviewSummary({ review }: { review: CompatibilityReview | null }) {
  const { t, i18n } = useTranslation();
  if (!review) return <p className="muted">{t('politicalDialogue.reviews.none')}</p>;
  return (
    <>
      <p>
        <span className={VERDICT_BADGES[review.decision]}>
          {t(`politicalDialogue.reviews.verdicts.${review.decision}`)}
        </span>{' '}
        {t('politicalDialogue.reviews.by', {
          name: review.reviewerName,
          date: formatDay(review.reviewedAt, i18n.language),
        })}
      </p>
      {review.comment && <p className="record__body">{review.comment}</p>}
      {(review.councilDecisionRef || review.councilDecisionOn) && (
        <p className="muted">{councilDecisionText(t, review, i18n.language)}</p>
      )}
      {!review.coversLatestSharing && <p className="callout">{t('politicalDialogue.reviews.outdated')}</p>}
    </>
  );
}
