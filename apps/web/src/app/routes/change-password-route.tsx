import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';

export function ChangePasswordRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('changePassword.title')}</h1>
      <p className="lead">{t('changePassword.intro')}</p>
      <div className="panel panel--narrow">
        <ChangePasswordForm />
      </div>
    </>
  );
}
