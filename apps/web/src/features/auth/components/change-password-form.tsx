import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { problemCodeOf } from '../../../lib/api/problem';
import { MIN_PASSWORD_LENGTH } from '../../../lib/auth/password-rules';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword', 'confirmation'] as const;
type FieldName = (typeof FIELDS)[number];

/** Current password, then the new one twice; the API signs the user's other sessions out. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<FieldName, string>>({
    currentPassword: '',
    newPassword: '',
    confirmation: '',
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>> | null>(null);
  useFocusFirstInvalidField(formRef, localErrors ?? change.error);

  const wrongCurrent = problemCodeOf(change.error) === 'AUTH.WRONG_CURRENT_PASSWORD';
  const serverErrors = wrongCurrent
    ? {
        fields: { currentPassword: t('problems.AUTH.WRONG_CURRENT_PASSWORD') },
        form: t('validation.summary'),
      }
    : describeFormErrors(t, change.error, FIELDS);
  const fieldErrors: Partial<Record<FieldName, string>> = localErrors ?? serverErrors.fields;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    if (values.confirmation !== values.newPassword) errors.confirmation = t('password.mismatch');
    if (Object.keys(errors).length > 0) {
      change.reset();
      setLocalErrors(errors);
      return;
    }
    setLocalErrors(null);
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: () => setValues({ currentPassword: '', newPassword: '', confirmation: '' }) },
    );
  };

  const input = (name: FieldName, autoComplete: string) => (props: object) => (
    <input
      {...props}
      type="password"
      name={name}
      autoComplete={autoComplete}
      required
      value={values[name]}
      onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
    />
  );

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert message={localErrors ? t('validation.summary') : serverErrors.form} />
      <FormSuccess message={change.isSuccess ? t('changePassword.done') : undefined} />
      <Field label={t('changePassword.current')} error={fieldErrors.currentPassword}>
        {input('currentPassword', 'current-password')}
      </Field>
      <Field
        label={t('changePassword.new')}
        hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        error={fieldErrors.newPassword}
      >
        {input('newPassword', 'new-password')}
      </Field>
      <Field label={t('changePassword.confirm')} error={fieldErrors.confirmation}>
        {input('confirmation', 'new-password')}
      </Field>
      <button type="submit" className="button button--primary" disabled={change.isPending}>
        {t('changePassword.submit')}
      </button>
    </form>
  );
}
