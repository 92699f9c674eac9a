import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/api/get-session';
import { IatiIdentifierForm } from '../../features/iati/components/iati-identifier-form';
import { IatiPage } from '../../features/iati/components/iati-page';
import { roleCan } from '../../lib/auth/user-roles';

/** The IATI activity file; administrators also find the authority's IATI identifier field here. */
export function IatiRoute() {
  const { t } = useTranslation();
  const role = useSession().data?.user?.role;
  const identifierForm = roleCan(role, 'organisation.manage') ? (
    <IatiIdentifierForm />
  ) : (
    <p className="muted">{t('iati.identifier.askAdministrator')}</p>
  );
  return <IatiPage identifierForm={identifierForm} />;
}
