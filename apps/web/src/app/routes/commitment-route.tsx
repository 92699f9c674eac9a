import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../components/ui/error-text';
import { useSession } from '../../features/auth/api/get-session';
import { CommitmentFile } from '../../features/commitment/components/commitment-file';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { problemCodeOf } from '../../lib/api/problem';
import { roleCan } from '../../lib/auth/user-roles';
import { partnershipPath } from '../../lib/partnership-paths';

/** Step 1 of one partnership (« Construire l’engagement »): which partnership, then the step's file. */
export function CommitmentRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const role = useSession().data?.user?.role;
  const partnership = usePartnership(partnershipId);
  if (partnership.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnership.isError) {
    const notFound = problemCodeOf(partnership.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        <h1>{notFound ? t('notFound.title') : t('steps.COMMITMENT.title')}</h1>
        <p role="alert">{notFound ? t('partnerships.notFound') : describeError(t, partnership.error)}</p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={partnershipPath(partnershipId)}>
          {t('commitment.backToPartnership', { title: partnership.data.title })}
        </Link>
      </p>
      <p className="eyebrow">{t('steps.stepLabel', { number: 1 })}</p>
      <h1>{t('steps.COMMITMENT.title')}</h1>
      <p className="lead">{t('steps.COMMITMENT.summary')}</p>
      <CommitmentFile
        partnershipId={partnershipId}
        canWrite={roleCan(role, 'commitment.write')}
        canReview={roleCan(role, 'motivation.review')}
      />
    </>
  );
}
