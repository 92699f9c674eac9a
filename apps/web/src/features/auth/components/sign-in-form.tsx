import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { ApiProblemError } from '../../../lib/api/problem';
import { useSignIn } from '../api/sign-in';

const FIELDS = ['email', 'password'] as const;

/**
 * E-mail and password. A refusal never says which of the two was wrong; too many attempts say when to
 * retry.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useFocusFirstInvalidField(formRef, signIn.error);

  const retryAfter =
    signIn.error instanceof ApiProblemError ? signIn.error.extension('retryAfterSeconds') : undefined;
  const errors = describeFormErrors(t, signIn.error, FIELDS, {
    'AUTH.INVALID_CREDENTIALS': t('signIn.invalidCredentials'),
    'REQUEST.TOO_MANY':
      retryAfter === undefined
        ? t('signIn.tooMany')
        : t('signIn.tooManyWithDelay', { minutes: Math.max(1, Math.ceil(retryAfter / 60)) }),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
      <FormAlert message={errors.form} />
      <Field label={t('signIn.email')} error={errors.fields.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('signIn.password')} error={errors.fields.password}>
        {(props) => (
          <input
            {...props}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
