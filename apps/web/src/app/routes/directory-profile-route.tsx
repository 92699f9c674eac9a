import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectoryProfile } from '../../features/directory/components/directory-profile';
import { IatiIdentifierForm } from '../../features/iati/components/iati-identifier-form';
import { DIRECTORY_PATH } from '../../lib/partnership-paths';

/** The administrator's page for the authority's profile in the directory, and its IATI identifier. */
export function DirectoryProfileRoute() {
  const { t } = useTranslation();
  return (
    <>
      <p className="link-line">
        <Link to={DIRECTORY_PATH}>{t('directoryProfile.seeDirectory')}</Link>
      </p>
      <h1>{t('directoryProfile.title')}</h1>
      <p className="lead">{t('directoryProfile.intro')}</p>
      <DirectoryProfile />
      <IatiIdentifierForm />
    </>
  );
}
