import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/api/get-session';
import { InviteColleagueForm } from '../../features/users/components/invite-colleague-form';
import { SentInvitationsList } from '../../features/users/components/sent-invitations-list';
import { UsersTable } from '../../features/users/components/users-table';

export function UsersRoute() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="lead">{t('users.intro')}</p>
      <UsersTable currentUserId={session.data?.user?.id} />
      <div className="grid grid--section">
        <section className="panel" aria-labelledby="invite-colleague-title">
          <h2 id="invite-colleague-title">{t('inviteColleague.title')}</h2>
          <p className="muted">{t('inviteColleague.intro')}</p>
          <InviteColleagueForm />
        </section>
        <section className="panel" aria-labelledby="sent-invitations-title">
          <h2 id="sent-invitations-title">{t('sentInvitations.title')}</h2>
          <SentInvitationsList />
        </section>
      </div>
    </>
  );
}
