import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { StoredFile } from '../../files/api/upload-file';
import { FileUploadField } from '../../files/components/file-upload-field';
import { ApiProblemError } from '../../../lib/api/problem';
import type { ConventionParty } from '../api/get-convention';
import { useSignConvention } from '../api/sign-convention';
import { conventionFormErrors } from './convention-form-errors';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['signatories', 'signedOn', 'signedFileId'] as const;

interface SignatoryValues {
  name: string;
  title: string;
}

const EMPTY_SIGNATORY: SignatoryValues = { name: '', title: '' };

/** The parties a `CONVENTION.SIGNATORY_MISSING` refusal names (`details.missingParties`). */
function missingPartiesOf(error: unknown): string[] {
  if (!(error instanceof ApiProblemError)) return [];
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  if (typeof details !== 'object' || details === null || !('missingParties' in details)) return [];
  const parties = details.missingParties;
  return Array.isArray(parties) ? parties.filter((party): party is string => typeof party === 'string') : [];
}

/**
 * Records the signature of the version every party approved: who signed for each party (name and capacity),
 * the day, and the signed convention as a PDF, uploaded as soon as it is chosen.
 */
export function SignConventionForm({
  partnershipId,
  version,
  conventionVersion,
  parties,
  onDone,
}: {
  partnershipId: string;
  /** The partnership version read. */
  version: number;
  /** The convention version signed: the current one, approved by every party. */
  conventionVersion: number;
  parties: readonly ConventionParty[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const sign = useSignConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [signatories, setSignatories] = useState<Record<string, SignatoryValues>>({});
  const [signedOn, setSignedOn] = useState('');
  const [signedFile, setSignedFile] = useState<StoredFile | undefined>();
  useFocusFirstInvalidField(formRef, sign.error);
  const errors = conventionFormErrors(t, sign.error, FIELDS);
  const title = t('convention.sign.title', { number: conventionVersion });
  const signatoryOf = (partyId: string): SignatoryValues => signatories[partyId] ?? EMPTY_SIGNATORY;
  // The domain names the parties still without a signatory: the message goes beside their name fields.
  const missing = missingPartiesOf(sign.error);
  const signatoryError = (partyId: string) =>
    missing.length === 0 || missing.includes(partyId) ? errors.fields.signatories : undefined;
  const setSignatory =
    (partyId: string, name: keyof SignatoryValues) => (event: { target: { value: string } }) =>
      setSignatories((current) => ({
        ...current,
        [partyId]: { ...(current[partyId] ?? EMPTY_SIGNATORY), [name]: event.target.value },
      }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    sign.mutate(
      {
        version,
        conventionVersion,
        signedOn,
        // A party left blank is not sent: the domain then says which party lacks a signatory.
        signatories: parties
          .map((party) => ({ partyId: party.partyId, ...signatoryOf(party.partyId) }))
          .filter((signatory) => signatory.name.trim() !== '')
          .map((signatory) => ({ ...signatory, name: signatory.name.trim(), title: signatory.title.trim() })),
        ...(signedFile ? { signedFileId: signedFile.id } : {}),
      },
      { onSuccess: () => onDone(t('convention.sign.done', { number: conventionVersion })) },
    );
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={title}>
      <FormAlert message={errors.form} />
      {parties.map((party) => (
        <fieldset key={party.partyId} className="field convention-form__party">
          <legend>{t('convention.sign.signatoryFor', { party: party.name })}</legend>
          <div className="form__row">
            <Field
              label={t('convention.sign.name', { party: party.name })}
              error={signatoryError(party.partyId)}
            >
              {(props) => (
                <input
                  {...props}
                  name={`signatories.${party.partyId}.name`}
                  required
                  maxLength={120}
                  value={signatoryOf(party.partyId).name}
                  onChange={setSignatory(party.partyId, 'name')}
                />
              )}
            </Field>
            <Field
              label={t('convention.sign.capacity', { party: party.name })}
              hint={t('convention.sign.capacityHint')}
            >
              {(props) => (
                <input
                  {...props}
                  name={`signatories.${party.partyId}.title`}
                  maxLength={200}
                  value={signatoryOf(party.partyId).title}
                  onChange={setSignatory(party.partyId, 'title')}
                />
              )}
            </Field>
          </div>
        </fieldset>
      ))}
      <Field label={t('convention.sign.signedOn')} error={errors.fields.signedOn}>
        {(props) => <DateInput {...props} name="signedOn" required value={signedOn} onChange={setSignedOn} />}
      </Field>
      <FileUploadField
        partnershipId={partnershipId}
        label={t('convention.sign.signedFile')}
        hint={t('convention.sign.signedFileHint')}
        file={signedFile}
        onChange={setSignedFile}
      />
      {errors.fields.signedFileId && <p className="field__error">{errors.fields.signedFileId}</p>}
      <button type="submit" className="button button--primary" disabled={sign.isPending}>
        {t('convention.sign.submit')}
      </button>
    </form>
  );
}
