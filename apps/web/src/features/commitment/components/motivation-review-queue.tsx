import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { commitmentPath } from '../../../lib/partnership-paths';
import { useMotivationReviews, type MotivationToReview } from '../api/get-motivation-reviews';
import { MotivationReviewForm } from './motivation-review-form';
import { MotivationSummary } from './motivation-summary';

/**
 * The elected official's queue: every motivation of their authority waiting for a review, with its
 * partnership; they approve or ask for changes in place, and the motivation leaves the queue.
 */
export function MotivationReviewQueue() {
  const { t } = useTranslation();
  const reviews = useMotivationReviews();
  const [notice, setNotice] = useState<string | undefined>();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // A reviewed motivation leaves the queue with its buttons: the focus goes to the message saying so.
  const showNotice = (message: string) => {
    setNotice(message);
    noticeRef.current?.focus();
  };
  if (reviews.isPending) return <p role="status">{t('common.loading')}</p>;
  if (reviews.isError) return <p role="alert">{describeError(t, reviews.error)}</p>;
  return (
    <>
      <p ref={noticeRef} role="status" tabIndex={-1} className={notice ? 'form-success' : 'visually-hidden'}>
        {notice}
      </p>
      {reviews.data.length === 0 ? (
        <p>{t('motivationReviews.empty')}</p>
      ) : (
        <ul className="records" aria-label={t('motivationReviews.listLabel')}>
          {reviews.data.map((item) => (
            <QueueItem key={item.id} item={item} onReviewed={showNotice} />
          ))}
        </ul>
      )}
    </>
  );
}

function QueueItem({
  item,
  onReviewed,
}: {
  item: MotivationToReview;
  onReviewed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <li className="record panel">
      <p className="record__partnership">
        {t('motivationReviews.partnership')}{' '}
        <Link to={commitmentPath(item.partnershipId, 'motivations')}>{item.partnershipTitle}</Link>
      </p>
      <MotivationSummary motivation={item} textId={textId} />
      <MotivationReviewForm
        partnershipId={item.partnershipId}
        motivationId={item.id}
        version={item.version}
        describedBy={textId}
        onReviewed={(decision) =>
          onReviewed(t(`motivationReviews.done.${decision}`, { title: item.partnershipTitle }))
        }
      />
    </li>
  );
}
