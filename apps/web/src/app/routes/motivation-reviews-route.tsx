import { useTranslation } from 'react-i18next';
import { MotivationReviewQueue } from '../../features/commitment/components/motivation-review-queue';

export function MotivationReviewsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('motivationReviews.title')}</h1>
      <p className="lead">{t('motivationReviews.intro')}</p>
      <MotivationReviewQueue />
    </>
  );
}
