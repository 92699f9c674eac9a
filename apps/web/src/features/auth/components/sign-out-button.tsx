import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/sign-out';

/** Ends the session and goes back to the public home page. */
export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button button--quiet"
      disabled={signOut.isPending}
      onClick={() => {
        void navigate('/');
        signOut.mutate();
      }}
    >
      {t('session.signOut')}
    </button>
  );
}
