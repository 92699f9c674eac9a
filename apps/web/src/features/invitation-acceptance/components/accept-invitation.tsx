import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { problemCodeOf } from '../../../lib/api/problem';
import { isLanguage } from '../../../lib/i18n/i18n';
import { MIN_PASSWORD_LENGTH } from '../../../lib/auth/password-rules';
import { useAcceptInvitation, type AcceptedSession } from '../api/accept-invitation';
import { useInvitationPreview, type InvitationPreview } from '../api/get-invitation-preview';
import { localeOf } from '../../../lib/i18n/locale';

const FIELDS = ['displayName', 'password', 'confirmation'] as const;
type FieldName = (typeof FIELDS)[number];

/** Codes after which the link is dead: the form gives way to the explanation. */
const DEAD_LINK_CODES = [
  'INVITATION.NOT_FOUND',
  'INVITATION.EXPIRED',
  'INVITATION.ALREADY_USED',
  'INVITATION.REVOKED',
];

/** The page behind an invitation link: who invites, to what, then the form that creates the account. */
export function AcceptInvitation({
  token,
  onAccepted,
}: {
  token: string;
  onAccepted: (session: AcceptedSession) => void;
}) {
  const { t } = useTranslation();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);

  if (preview.isPending) return <p role="status">{t('common.loading')}</p>;
  const deadCode = problemCodeOf(preview.error) ?? problemCodeOf(accept.error);
  if (preview.isError || (deadCode && DEAD_LINK_CODES.includes(deadCode))) {
    return <DeadInvitation error={preview.error ?? accept.error} />;
  }
  return (
    <>
      <InvitationSummary preview={preview.data} />
      <AcceptInvitationForm accept={accept} onAccepted={onAccepted} />
    </>
  );
}

function DeadInvitation({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = problemCodeOf(error);
  return (
    <div className="panel">
      <p role="alert" className="form-alert">
        {describeError(t, error)}
      </p>
      {code === 'INVITATION.ALREADY_USED' && (
        <p className="link-line">
          <Link to="/connexion">{t('invitation.signIn')}</Link>
        </p>
      )}
    </div>
  );
}

function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  const { t, i18n } = useTranslation();
  const values = {
    invitedBy: preview.invitedBy,
    invitingOrganisation: preview.invitingOrganisationName,
    organisation: preview.organisationName,
  };
  return (
    <section className="panel" aria-labelledby="invitation-details-title">
      <h2 id="invitation-details-title">{t('invitation.details')}</h2>
      <p>
        {preview.kind === 'partner_authority'
          ? t('invitation.partner', values)
          : t('invitation.colleague', values)}
      </p>
      <dl className="details">
        <dt>{t('invitation.email')}</dt>
        <dd>{preview.email}</dd>
        <dt>{t('invitation.organisation')}</dt>
        <dd>{preview.organisationName}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>{t(`roles.${preview.role}`)}</dd>
        {preview.partnershipTitle && (
          <>
            <dt>{t('invitation.partnership')}</dt>
            <dd>{preview.partnershipTitle}</dd>
          </>
        )}
        <dt>{t('invitation.expiresAt')}</dt>
        <dd>
          <time dateTime={preview.expiresAt}>
            {new Date(preview.expiresAt).toLocaleString(localeOf(i18n.language), {
              dateStyle: 'long',
              timeStyle: 'short',
            })}
          </time>
        </dd>
      </dl>
    </section>
  );
}

function AcceptInvitationForm({
  accept,
  onAccepted,
}: {
  accept: ReturnType<typeof useAcceptInvitation>;
  onAccepted: (session: AcceptedSession) => void;
}) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<FieldName, string>>({
    displayName: '',
    password: '',
    confirmation: '',
  });
  const [localErrors, setLocalErrors] = useState<Partial<Record<FieldName, string>> | null>(null);
  useFocusFirstInvalidField(formRef, localErrors ?? accept.error);
  const serverErrors = describeFormErrors(t, accept.error, FIELDS);
  const fieldErrors: Partial<Record<FieldName, string>> = localErrors ?? serverErrors.fields;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<FieldName, string>> = {};
    if (values.confirmation !== values.password) errors.confirmation = t('password.mismatch');
    if (Object.keys(errors).length > 0) {
      accept.reset();
      setLocalErrors(errors);
      return;
    }
    setLocalErrors(null);
    accept.mutate(
      // The new account keeps the language its owner read the invitation in.
      {
        displayName: values.displayName.trim(),
        password: values.password,
        ...(isLanguage(i18n.language) ? { language: i18n.language } : {}),
      },
      { onSuccess: onAccepted },
    );
  };

  const change = (name: FieldName) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  return (
    <section className="panel" aria-labelledby="accept-invitation-title">
      <h2 id="accept-invitation-title">{t('invitation.formTitle')}</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={localErrors ? t('validation.summary') : serverErrors.form} />
        <Field label={t('invitation.displayName')} error={fieldErrors.displayName}>
          {(props) => (
            <input
              {...props}
              name="displayName"
              autoComplete="name"
              required
              maxLength={120}
              value={values.displayName}
              onChange={change('displayName')}
            />
          )}
        </Field>
        <Field
          label={t('invitation.password')}
          hint={t('password.hint', { min: MIN_PASSWORD_LENGTH })}
          error={fieldErrors.password}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              value={values.password}
              onChange={change('password')}
            />
          )}
        </Field>
        <Field label={t('invitation.confirm')} error={fieldErrors.confirmation}>
          {(props) => (
            <input
              {...props}
              type="password"
              name="confirmation"
              autoComplete="new-password"
              required
              value={values.confirmation}
              onChange={change('confirmation')}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={accept.isPending}>
          {t('invitation.submit')}
        </button>
      </form>
    </section>
  );
}
