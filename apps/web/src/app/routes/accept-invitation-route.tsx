import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApplySession } from '../../features/auth/api/get-session';
import { AcceptInvitation } from '../../features/invitation-acceptance/components/accept-invitation';

/** Public: the link of an invitation e-mail. Accepting signs the new account in and opens its partnerships. */
export function AcceptInvitationRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const applySession = useApplySession();
  const navigate = useNavigate();
  return (
    <>
      <h1>{t('invitation.title')}</h1>
      <AcceptInvitation
        token={token}
        onAccepted={(session) => {
          applySession(session);
          void navigate('/partenariats', { replace: true });
        }}
      />
    </>
  );
}
