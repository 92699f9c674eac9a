import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { NEXT_PARAM, safeNextPath } from '../../features/auth/components/require-session';
import { SignInForm } from '../../features/auth/components/sign-in-form';

const AFTER_SIGN_IN = '/partenariats';

export function SignInRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get(NEXT_PARAM), AFTER_SIGN_IN);
  if (session.data?.user) return <Navigate to={next} replace />;
  return (
    <>
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {params.has(NEXT_PARAM) ? (
        <p className="lead">{t('signIn.required')}</p>
      ) : (
        <p className="lead">{t('signIn.intro')}</p>
      )}
      <div className="panel panel--narrow">
        <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      </div>
    </>
  );
}
