import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REMINDER_SETTINGS_PATH } from '../../../lib/partnership-paths';
import { useSession } from '../api/get-session';
import { SignOutButton } from './sign-out-button';

/**
 * The header's account corner: who is signed in, for which authority and with which role; or a sign-in link.
 * `waitingOnDevice` counts the records made on this device and not sent yet (signing out asks first).
 */
export function SessionSummary({ waitingOnDevice = 0 }: { waitingOnDevice?: number }) {
  const { t } = useTranslation();
  const session = useSession();
  // While asking, or when the server does not answer, the page says so elsewhere: nothing here.
  if (!session.data) return null;
  const { user, organisation } = session.data;
  if (!user) {
    return (
      <Link to="/connexion" className="header-link">
        {t('session.signIn')}
      </Link>
    );
  }
  return (
    <div className="session-summary" aria-label={t('session.label')} role="group">
      <dl className="session-summary__details">
        <div>
          <dt className="visually-hidden">{t('session.nameLabel')}</dt>
          <dd className="session-summary__name">{user.displayName}</dd>
        </div>
        {organisation && (
          <div>
            <dt>{t('session.organisation')}</dt>
            <dd data-testid="session-organisation">{organisation.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('session.role')}</dt>
          <dd data-testid="session-role">{t(`roles.${user.role}`)}</dd>
        </div>
      </dl>
      <Link to="/compte/mot-de-passe" className="header-link">
        {t('nav.changePassword')}
      </Link>
      <Link to={REMINDER_SETTINGS_PATH} className="header-link">
        {t('session.reminderSettings')}
      </Link>
      <SignOutButton waitingOnDevice={waitingOnDevice} />
    </div>
  );
}
