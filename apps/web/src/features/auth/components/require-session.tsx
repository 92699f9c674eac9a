import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { roleCan, type Capability } from '../../../lib/auth/user-roles';
import { useSession } from '../api/get-session';

/** Where the sign-in page sends the user back to (`/connexion?suite=/partenariats`). */
export const NEXT_PARAM = 'suite';

/**
 * Guards the nested routes: signed-out users go to the sign-in page (and come back afterwards); signed-in
 * users without `capability` see why they cannot.
 */
export function RequireSession({ capability }: { capability?: Capability }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigation = useNavigation();
  if (session.isPending) return <p role="status">{t('common.loading')}</p>;
  if (session.isError) return <p role="alert">{t('errors.generic')}</p>;
  const user = session.data.user;
  if (!user) {
    // Signing out leaves for the home page while the session ends: let that navigation finish.
    if (navigation.state !== 'idle') return null;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}`} replace />;
  }
  if (capability && !roleCan(user.role, capability)) {
    return (
      <>
        <h1>{t('forbidden.title')}</h1>
        <p>{t('forbidden.body')}</p>
      </>
    );
  }
  return <Outlet />;
}

/** A path inside the app to go back to after signing in; anything else (another site) falls back. */
export function safeNextPath(value: string | null, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
