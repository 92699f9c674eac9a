import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useCancelVisit } from '../api/cancel-visit';
import type { Visit } from '../api/get-visits';
import { visitFormErrors } from './visit-form-errors';

/** Cancels a visit that has not started; the reason is kept in the partnership's history. */
export function CancelVisitForm({
  partnershipId,
  visit,
  title,
  onDone,
}: {
  partnershipId: string;
  visit: Visit;
  title: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelVisit(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  useFocusFirstInvalidField(formRef, cancel.error);
  const errors = visitFormErrors(t, cancel.error, ['reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    cancel.mutate(
      { visitId: visit.id, version: visit.version, reason: reason.trim() },
      { onSuccess: () => onDone(t('visits.cancel.done', { title })) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form form--compact"
      onSubmit={submit}
      noValidate
      aria-label={t('visits.cancel.label', { title })}
    >
      <FormAlert message={errors.form} />
      <Field label={t('visits.cancel.reason')} error={errors.fields.reason}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={cancel.isPending}>
          {t('visits.cancel.submit')}
        </button>
      </div>
    </form>
  );
}
