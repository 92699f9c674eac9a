import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/api/get-session';
import { TerritoryActorDirectory } from '../../features/territory-actors/components/territory-actor-directory';
import { roleCan } from '../../lib/auth/user-roles';

/** The organisation's territory actors, for every role that reads partnerships; step 1 writers edit them. */
export function TerritoryActorsRoute() {
  const { t } = useTranslation();
  const role = useSession().data?.user?.role;
  return (
    <>
      <h1>{t('territoryActorDirectory.title')}</h1>
      <p className="lead">{t('territoryActorDirectory.intro')}</p>
      <TerritoryActorDirectory canWrite={roleCan(role, 'commitment.write')} />
    </>
  );
}
