import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isUserRole, USER_ROLES, type UserRole } from '../../../lib/auth/user-roles';
import { useInviteColleague } from '../api/invite-colleague';

const FIELDS = ['email', 'role'] as const;

/** E-mail and role of a colleague; the API mails them a link to create their account. */
export function InviteColleagueForm() {
  const { t } = useTranslation();
  const invite = useInviteColleague();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('officer');
  useFocusFirstInvalidField(formRef, invite.error);
  const errors = describeFormErrors(t, invite.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate({ email: email.trim(), role }, { onSuccess: () => setEmail('') });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <FormSuccess
        message={invite.isSuccess ? t('inviteColleague.sent', { email: invite.data.email }) : undefined}
      />
      <Field label={t('inviteColleague.email')} error={errors.fields.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            name="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('inviteColleague.role')} error={errors.fields.role}>
        {(props) => (
          <select
            {...props}
            name="role"
            value={role}
            onChange={(event) => {
              if (isUserRole(event.target.value)) setRole(event.target.value);
            }}
          >
            {USER_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('inviteColleague.submit')}
      </button>
    </form>
  );
}
