import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/api/get-session';
import { CreatePartnershipForm } from '../../features/partnerships/components/create-partnership-form';
import { PartnershipList } from '../../features/partnerships/components/partnership-list';
import { roleCan } from '../../lib/auth/user-roles';

export function PartnershipsRoute() {
  const { t } = useTranslation();
  const role = useSession().data?.user?.role;
  return (
    <>
      <h1>{t('partnerships.title')}</h1>
      <p className="lead">{t('partnerships.intro')}</p>
      <PartnershipList />
      {roleCan(role, 'partnership.run') && (
        <section className="panel panel--section" aria-labelledby="create-partnership-title">
          <h2 id="create-partnership-title">{t('createPartnership.title')}</h2>
          <CreatePartnershipForm />
        </section>
      )}
    </>
  );
}
