import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { isUserRole, USER_ROLES } from '../../../lib/auth/user-roles';
import { useUsers, type OrganisationUser } from '../api/get-users';
import { useUpdateUser, type UpdateUserInput } from '../api/update-user';
import { TableScroll } from '../../../components/ui/table-scroll';

/**
 * The organisation's users; an administrator changes a role or disables an account in place. Each change
 * carries the row's version: if someone changed the user meanwhile the API refuses and the list is reloaded.
 */
export function UsersTable({ currentUserId }: { currentUserId: string | undefined }) {
  const { t } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const [saved, setSaved] = useState<string | undefined>();

  if (users.isPending) return <p role="status">{t('common.loading')}</p>;
  if (users.isError) return <p role="alert">{describeError(t, users.error)}</p>;

  const change = (user: OrganisationUser, patch: Omit<UpdateUserInput, 'version'>) => {
    setSaved(undefined);
    update.mutate(
      { userId: user.id, version: user.version, ...patch },
      { onSuccess: (updated) => setSaved(t('users.saved', { name: updated.displayName })) },
    );
  };
  // While a change is on its way, its row already shows it.
  const pending = update.isPending ? update.variables : undefined;

  return (
    <>
      {update.isError ? (
        <p role="alert" className="form-alert">
          {describeError(t, update.error)}
        </p>
      ) : (
        <p role="status" className={saved ? 'form-success' : 'visually-hidden'}>
          {saved}
        </p>
      )}
      {users.data.length === 0 ? (
        <p>{t('users.empty')}</p>
      ) : (
        <TableScroll label={t('users.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.disabled')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const shown = pending?.userId === user.id ? { ...user, ...pending } : user;
                return (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.displayName}
                      {user.id === currentUserId && <span className="muted"> {t('users.you')}</span>}
                    </th>
                    <td>{user.email}</td>
                    <td>
                      <select
                        aria-label={t('users.roleOf', { name: user.displayName })}
                        value={shown.role}
                        disabled={update.isPending}
                        onChange={(event) => {
                          if (isUserRole(event.target.value)) change(user, { role: event.target.value });
                        }}
                      >
                        {USER_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.${role}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {/* The box alone is too small for a finger: the label around it is the target. */}
                      <label className="tap-area">
                        <input
                          type="checkbox"
                          aria-label={t('users.disabledOf', { name: user.displayName })}
                          checked={shown.disabled ?? false}
                          disabled={update.isPending}
                          onChange={(event) => change(user, { disabled: event.target.checked })}
                        />
                      </label>
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
