import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { Directory } from '../../features/directory/components/directory';
import { roleCan } from '../../lib/auth/user-roles';
import { DIRECTORY_PROFILE_PATH } from '../../lib/partnership-paths';

/** The directory of authorities and their partner requests, for every signed-in user. */
export function DirectoryRoute() {
  const { t } = useTranslation();
  const session = useSession().data;
  const role = session?.user?.role;
  return (
    <>
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.intro')}</p>
      {roleCan(role, 'organisation.manage') && (
        <p className="link-line">
          <Link to={DIRECTORY_PROFILE_PATH}>{t('directory.profileLink')}</Link>
        </p>
      )}
      <Directory organisationId={session?.organisation?.id} canRun={roleCan(role, 'partnership.run')} />
    </>
  );
}
