import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useAcceptPartnershipInvitation } from '../api/accept-partnership-invitation';
import { useReceivedInvitations } from '../api/get-received-invitations';
import { TableScroll } from '../../../components/ui/table-scroll';
import { localeOf } from '../../../lib/i18n/locale';

/** Invitations other authorities sent to join their partnership; the administrator accepts them here. */
export function ReceivedInvitationsList() {
  const { t, i18n } = useTranslation();
  const invitations = useReceivedInvitations();
  const accept = useAcceptPartnershipInvitation();
  const [done, setDone] = useState(false);

  if (invitations.isPending) return <p role="status">{t('common.loading')}</p>;
  if (invitations.isError) return <p role="alert">{describeError(t, invitations.error)}</p>;
  return (
    <>
      {accept.isError ? (
        <p role="alert" className="form-alert">
          {describeError(t, accept.error)}
        </p>
      ) : (
        <p role="status" className={done ? 'form-success' : 'visually-hidden'}>
          {done ? t('receivedInvitations.accepted') : ''}
        </p>
      )}
      {invitations.data.length === 0 ? (
        <p>{t('receivedInvitations.empty')}</p>
      ) : (
        <TableScroll label={t('receivedInvitations.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('receivedInvitations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('receivedInvitations.partnership')}</th>
                <th scope="col">{t('receivedInvitations.from')}</th>
                <th scope="col">{t('receivedInvitations.expiresAt')}</th>
                <th scope="col">{t('receivedInvitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => {
                const title = invitation.partnershipTitle ?? t('common.noValue');
                return (
                  <tr key={invitation.id}>
                    <th scope="row">{title}</th>
                    <td>
                      {invitation.invitingOrganisationName}
                      {invitation.invitedBy && <span className="muted"> · {invitation.invitedBy}</span>}
                    </td>
                    <td>
                      <time dateTime={invitation.expiresAt}>
                        {new Date(invitation.expiresAt).toLocaleString(localeOf(i18n.language), {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </time>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--primary button--small"
                        aria-label={t('receivedInvitations.acceptLabel', { title })}
                        disabled={accept.isPending}
                        onClick={() => {
                          setDone(false);
                          accept.mutate(invitation.id, { onSuccess: () => setDone(true) });
                        }}
                      >
                        {t('receivedInvitations.accept')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
