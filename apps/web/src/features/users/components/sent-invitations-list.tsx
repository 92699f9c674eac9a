import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useSentInvitations } from '../api/get-sent-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';

/** Invitations the organisation sent (colleagues and partner authorities); pending ones can be withdrawn. */
export function SentInvitationsList() {
  const { t, i18n } = useTranslation();
  const invitations = useSentInvitations();
  const revoke = useRevokeInvitation();
  const [done, setDone] = useState<string | undefined>();

  if (invitations.isPending) return <p role="status">{t('common.loading')}</p>;
  if (invitations.isError) return <p role="alert">{describeError(t, invitations.error)}</p>;

  return (
    <>
      {revoke.isError ? (
        <p role="alert" className="form-alert">
          {describeError(t, revoke.error)}
        </p>
      ) : (
        <p role="status" className={done ? 'form-success' : 'visually-hidden'}>
          {done}
        </p>
      )}
      {invitations.data.length === 0 ? (
        <p>{t('sentInvitations.empty')}</p>
      ) : (
        <TableScroll label={t('sentInvitations.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('sentInvitations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sentInvitations.email')}</th>
                <th scope="col">{t('sentInvitations.role')}</th>
                <th scope="col">{t('sentInvitations.status')}</th>
                <th scope="col">{t('sentInvitations.expiresAt')}</th>
                <th scope="col">{t('sentInvitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">
                    {invitation.email}
                    {invitation.organisationName && (
                      <span className="muted"> · {invitation.organisationName}</span>
                    )}
                  </th>
                  <td>{t(`roles.${invitation.role}`)}</td>
                  <td>{t(`invitationStatuses.${invitation.status}`)}</td>
                  <td>
                    <time dateTime={invitation.expiresAt}>
                      {new Date(invitation.expiresAt).toLocaleString(localeOf(i18n.language), {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </time>
                  </td>
                  <td>
                    {invitation.status === 'pending' && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('sentInvitations.revokeLabel', { email: invitation.email })}
                        disabled={revoke.isPending}
                        onClick={() => {
                          setDone(undefined);
                          revoke.mutate(invitation.id, {
                            onSuccess: () =>
                              setDone(t('sentInvitations.revoked', { email: invitation.email })),
                          });
                        }}
                      >
                        {t('sentInvitations.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
