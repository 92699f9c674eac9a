import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../../features/audit/components/audit-trail';
import { useUsers } from '../../features/users/api/get-users';

export function AuditRoute() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditTrail users={(users.data ?? []).map((user) => ({ id: user.id, name: user.displayName }))} />
    </>
  );
}
