import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { FormErrors } from '../../../components/ui/error-text';
import type { PartnershipStatus } from '../api/get-partnership-status';
import { useSuspendPartnership } from '../api/suspend-partnership';
import { staleRefusalOf, statusFormErrors } from './status-form-errors';

const REASON_MAX = 4000;

/**
 * « Suspendre le partenariat »: a reason is required (the method refuses a silent suspension); the API tells
 * the other parties by mail. The partnership can be resumed later.
 */
export function SuspendPartnershipForm({
  partnershipId,
  status,
  onDone,
  onStale,
  onClose,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  onDone: (message: string) => void;
  onStale: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const suspend = useSuspendPartnership(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  // Checked before sending: a fresh object per refused submission, so that the focus moves each time.
  const [localErrors, setLocalErrors] = useState<FormErrors | undefined>();
  useFocusFirstInvalidField(formRef, localErrors ?? suspend.error);
  // A refusal because the partnership moved on shows above the status (`onStale`), not here.
  const formError = staleRefusalOf(t, suspend.error) ? undefined : suspend.error;
  const errors = localErrors ?? statusFormErrors(t, formError, ['reason']);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      suspend.reset();
      setLocalErrors({
        fields: { reason: t('partnershipStatus.suspend.reasonRequired') },
        form: t('validation.summary'),
      });
      return;
    }
    setLocalErrors(undefined);
    void suspend.mutateAsync({ version: status.version, reason: reason.trim() }).then(
      () => onDone(t('partnershipStatus.suspend.done')),
      (error: unknown) => {
        const stale = staleRefusalOf(t, error);
        if (stale) onStale(stale);
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--compact"
      onSubmit={submit}
      noValidate
      aria-labelledby="partnership-suspend-title"
    >
      <h3 id="partnership-suspend-title">{t('partnershipStatus.suspend.title')}</h3>
      <p className="muted">{t('partnershipStatus.suspend.intro')}</p>
      <FormAlert message={errors.form} />
      <Field label={t('partnershipStatus.suspend.reason')} error={errors.fields['reason']}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={suspend.isPending}>
          {t('partnershipStatus.suspend.submit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('partnershipStatus.cancel')}
        </button>
      </div>
    </form>
  );
}
