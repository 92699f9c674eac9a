import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FileUploadField } from '../../files/components/file-upload-field';
import type { StoredFile } from '../../files/api/upload-file';
import { useApproveConvention } from '../api/approve-convention';
import { conventionFormErrors } from './convention-form-errors';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['councilDecisionRef', 'decidedOn', 'decisionFileId'] as const;

/**
 * Records the viewer's council decision (délibération) approving the current version: its reference, its
 * date and, if at hand, the decision itself as a file. The version approved is the one shown.
 */
export function ApproveConventionForm({
  partnershipId,
  version,
  conventionVersion,
  onDone,
}: {
  partnershipId: string;
  /** The partnership version read. */
  version: number;
  /** The convention version shown, the one the council approved. */
  conventionVersion: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const approve = useApproveConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [councilDecisionRef, setCouncilDecisionRef] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [decisionFile, setDecisionFile] = useState<StoredFile | undefined>();
  useFocusFirstInvalidField(formRef, approve.error);
  const errors = conventionFormErrors(t, approve.error, FIELDS);
  const title = t('convention.approve.title', { number: conventionVersion });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Awaited rather than a callback of `mutate`: once approved, this form leaves the page (the new view
    // says so), and a callback of an unmounted form would never run, losing the confirmation.
    approve
      .mutateAsync({
        version,
        conventionVersion,
        councilDecisionRef: councilDecisionRef.trim(),
        decidedOn,
        ...(decisionFile ? { decisionFileId: decisionFile.id } : {}),
      })
      .then(
        () => onDone(t('convention.approve.done', { number: conventionVersion })),
        // A refusal is shown from the mutation's state, field by field.
        () => undefined,
      );
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field
          label={t('convention.approve.councilDecisionRef')}
          hint={t('convention.approve.councilDecisionRefHint')}
          error={errors.fields.councilDecisionRef}
        >
          {(props) => (
            <input
              {...props}
              name="councilDecisionRef"
              required
              maxLength={100}
              value={councilDecisionRef}
              onChange={(event) => setCouncilDecisionRef(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('convention.approve.decidedOn')} error={errors.fields.decidedOn}>
          {(props) => (
            <DateInput {...props} name="decidedOn" required value={decidedOn} onChange={setDecidedOn} />
          )}
        </Field>
      </div>
      <FileUploadField
        partnershipId={partnershipId}
        label={t('convention.approve.decisionFile')}
        file={decisionFile}
        onChange={setDecisionFile}
      />
      {errors.fields.decisionFileId && <p className="field__error">{errors.fields.decisionFileId}</p>}
      <button type="submit" className="button button--primary" disabled={approve.isPending}>
        {t('convention.approve.submit', { number: conventionVersion })}
      </button>
    </form>
  );
}
