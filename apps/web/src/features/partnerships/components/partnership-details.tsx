import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { problemCodeOf } from '../../../lib/api/problem';
import { usePartnership } from '../api/get-partnership';
import { PartyNames } from './partnership-list';
import { localeOf } from '../../../lib/i18n/locale';

/** Title (the page's heading), form, approach, status and parties of one partnership. */
export function PartnershipDetails({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const partnership = usePartnership(partnershipId);
  if (partnership.isPending) return <p role="status">{t('common.loading')}</p>;
  if (partnership.isError) {
    const notFound = problemCodeOf(partnership.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        <h1>{notFound ? t('notFound.title') : t('partnerships.title')}</h1>
        <p role="alert">{notFound ? t('partnerships.notFound') : describeError(t, partnership.error)}</p>
      </>
    );
  }
  const { data } = partnership;
  return (
    <>
      <h1>{data.title}</h1>
      <dl className="details">
        <dt>{t('partnerships.form')}</dt>
        <dd>{t(`partnerships.forms.${data.form}`)}</dd>
        <dt>{t('partnerships.approach')}</dt>
        <dd>{t(`partnerships.approaches.${data.approach}`)}</dd>
        <dt>{t('partnerships.status')}</dt>
        <dd>{t(`partnerships.statuses.${data.status}`)}</dd>
        <dt>{t('partnerships.yourRole')}</dt>
        <dd>{t(`partnerships.partyRoles.${data.yourRole}`)}</dd>
        <dt>{t('partnerships.createdAt')}</dt>
        <dd>
          <time dateTime={data.createdAt}>
            {new Date(data.createdAt).toLocaleDateString(localeOf(i18n.language), { dateStyle: 'long' })}
          </time>
        </dd>
        <dt>{t('partnerships.parties')}</dt>
        <dd>
          <PartyNames parties={data.parties} />
        </dd>
      </dl>
    </>
  );
}

/** Whether the partnership could be read: the rest of its page shows only then. */
export function usePartnershipFound(partnershipId: string): boolean {
  return usePartnership(partnershipId).isSuccess;
}
