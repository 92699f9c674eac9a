import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import type { Motivation } from '../api/get-commitment';

export type MotivationStatus = 'to_review' | 'approved' | 'changes_requested' | 'shared';

/** Where a motivation stands: shared ones were approved first; a revision takes it back to review. */
export function motivationStatusOf(motivation: Pick<Motivation, 'shared' | 'review'>): MotivationStatus {
  if (motivation.shared) return 'shared';
  if (motivation.review?.decision === 'approved') return 'approved';
  if (motivation.review?.decision === 'changes_requested') return 'changes_requested';
  return 'to_review';
}

/**
 * One motivation as read: its status (written out), category and frame of reference, its text, and the
 * elected review it received. `textId` lets action buttons point at the text they act on.
 */
export function MotivationSummary({
  motivation,
  textId,
  showStatus = true,
}: {
  motivation: Motivation;
  textId?: string;
  showStatus?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const fallbackId = useId();
  const status = motivationStatusOf(motivation);
  const review = motivation.review;
  return (
    <>
      <p className="record__meta">
        {showStatus && (
          <>
            <span className={`badge badge--motivation-${status}`}>
              {t(`motivationStatuses.${status}`)}
            </span>{' '}
          </>
        )}
        <span>
          {t('motivations.categoryValue', { category: t(`motivationCategories.${motivation.category}`) })}
        </span>
        {' · '}
        <span>
          {t('motivations.frameValue', { frame: t(`framesOfReference.${motivation.frameOfReference}`) })}
        </span>
      </p>
      <p className="record__body" id={textId ?? fallbackId}>
        {motivation.text}
      </p>
      {review && (
        <div className="record__review muted">
          <p>
            {t(`motivationReview.by.${review.decision}`, {
              name: review.reviewerName,
              date: formatDay(review.reviewedAt, i18n.language),
            })}
          </p>
          {review.comment && <p>{t('motivationReview.commentValue', { comment: review.comment })}</p>}
          {(review.councilDecisionRef || review.councilDecisionOn) && (
            <p>
              {review.councilDecisionRef && review.councilDecisionOn
                ? t('motivationReview.councilDecisionBoth', {
                    reference: review.councilDecisionRef,
                    date: formatCalendarDate(review.councilDecisionOn, i18n.language),
                  })
                : review.councilDecisionRef
                  ? t('motivationReview.councilDecisionRefOnly', { reference: review.councilDecisionRef })
                  : t('motivationReview.councilDecisionDateOnly', {
                      date: formatCalendarDate(review.councilDecisionOn ?? '', i18n.language),
                    })}
            </p>
          )}
        </div>
      )}
      {motivation.reviewHistory.length > (review ? 1 : 0) && (
        <details className="record__history">
          <summary>{t('motivationReview.history', { count: motivation.reviewHistory.length })}</summary>
          <ol>
            {motivation.reviewHistory.map((entry) => (
              <li key={entry.reviewedAt}>
                {t(`motivationReview.by.${entry.decision}`, {
                  name: entry.reviewerName,
                  date: formatDay(entry.reviewedAt, i18n.language),
                })}
                {entry.comment && ` ${t('motivationReview.commentValue', { comment: entry.comment })}`}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
