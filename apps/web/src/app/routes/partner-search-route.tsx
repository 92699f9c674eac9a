import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../components/ui/error-text';
import { useSession } from '../../features/auth/api/get-session';
import { PartnerSearch } from '../../features/partner-search/components/partner-search';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { problemCodeOf } from '../../lib/api/problem';
import { roleCan } from '../../lib/auth/user-roles';
import { partnershipPath } from '../../lib/partnership-paths';

/** Step 2 of one partnership (« Rechercher des partenaires »): which partnership, then the pipeline. */
export function PartnerSearchRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const role = useSession().data?.user?.role;
  const partnership = usePartnership(partnershipId);
  if (partnership.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnership.isError) {
    const notFound = problemCodeOf(partnership.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        <h1>{notFound ? t('notFound.title') : t('steps.PARTNER_SEARCH.title')}</h1>
        <p role="alert">{notFound ? t('partnerships.notFound') : describeError(t, partnership.error)}</p>
      </>
    );
  }
  return (
    <>
      <p>
        <Link to={partnershipPath(partnershipId)}>
          {t('partnerSearch.backToPartnership', { title: partnership.data.title })}
        </Link>
      </p>
      <p className="eyebrow">{t('steps.stepLabel', { number: 2 })}</p>
      <h1>{t('steps.PARTNER_SEARCH.title')}</h1>
      <p className="lead">{t('steps.PARTNER_SEARCH.summary')}</p>
      <PartnerSearch partnershipId={partnershipId} canWrite={roleCan(role, 'partnership.run')} />
    </>
  );
}
