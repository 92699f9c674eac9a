import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../components/ui/error-text';
import { useSession } from '../../features/auth/api/get-session';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { PresentationFile } from '../../features/presentation/components/presentation-file';
import { problemCodeOf } from '../../lib/api/problem';
import { roleCan } from '../../lib/auth/user-roles';
import { partnershipPath } from '../../lib/partnership-paths';

/** Step 3 of one partnership (« Savoir se présenter »): which partnership, then the authority's presentation. */
export function PresentationRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const role = useSession().data?.user?.role;
  const partnership = usePartnership(partnershipId);
  if (partnership.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnership.isError) {
    const notFound = problemCodeOf(partnership.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        <h1>{notFound ? t('notFound.title') : t('steps.PRESENTATION.title')}</h1>
        <p role="alert">{notFound ? t('partnerships.notFound') : describeError(t, partnership.error)}</p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={partnershipPath(partnershipId)}>
          {t('presentation.backToPartnership', { title: partnership.data.title })}
        </Link>
      </p>
      <p className="eyebrow">{t('steps.stepLabel', { number: 3 })}</p>
      <h1>{t('steps.PRESENTATION.title')}</h1>
      <p className="lead">{t('steps.PRESENTATION.summary')}</p>
      <PresentationFile partnershipId={partnershipId} canWrite={roleCan(role, 'commitment.write')} />
    </>
  );
}
