import { useTranslation } from 'react-i18next';
import { ReceivedInvitationsList } from '../../features/partnerships/components/received-invitations-list';

export function ReceivedInvitationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('receivedInvitations.title')}</h1>
      <p className="lead">{t('receivedInvitations.intro')}</p>
      <ReceivedInvitationsList />
    </>
  );
}
