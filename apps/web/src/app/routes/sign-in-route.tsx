import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { NEXT_PARAM, safeNextPath } from '../../features/auth/components/require-session';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';
import { INBOX_PATH, PORTFOLIO_PATH } from '../../lib/partnership-paths';

/**
 * Where signing in lands when no page was asked for: an elected official's inbox (what they decide), the
 * dashboard, or the partnerships for roles that cannot read it.
 */
function landingPath(role: UserRole): string {
  if (role === 'elected') return INBOX_PATH;
  return roleCan(role, 'partnership.read') ? PORTFOLIO_PATH : '/partenariats';
}

export function SignInRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const user = session.data?.user;
  if (user) return <Navigate to={safeNextPath(params.get(NEXT_PARAM), landingPath(user.role))} replace />;
  return (
    <>
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {params.has(NEXT_PARAM) ? (
        <p className="lead">{t('signIn.required')}</p>
      ) : (
        <p className="lead">{t('signIn.intro')}</p>
      )}
      <div className="panel panel--narrow">
        {/* Signing in stores the new session, which renders this page again: the redirect above then sends the
            user on, to a landing that depends on the role the session carries. */}
        <SignInForm onSignedIn={() => undefined} />
      </div>
    </>
  );
}
