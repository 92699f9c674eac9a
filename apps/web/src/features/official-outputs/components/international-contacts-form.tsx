import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import {
  useOwnOrganisationProfile,
  useUpdateInternationalContacts,
  type OrganisationUpdate,
} from '../api/update-international-contacts';

const FIELDS = [
  'internationalElectedName',
  'internationalElectedTitle',
  'internationalElectedEmail',
  'internationalOfficerName',
  'internationalOfficerTitle',
  'internationalOfficerEmail',
  'internationalPhone',
] as const;
type ContactField = (typeof FIELDS)[number];
type Values = Record<ContactField, string>;

const LABELS = {
  internationalElectedName: 'internationalContacts.electedName',
  internationalElectedTitle: 'internationalContacts.electedTitle',
  internationalElectedEmail: 'internationalContacts.electedEmail',
  internationalOfficerName: 'internationalContacts.officerName',
  internationalOfficerTitle: 'internationalContacts.officerTitle',
  internationalOfficerEmail: 'internationalContacts.officerEmail',
  internationalPhone: 'internationalContacts.phone',
} as const satisfies Record<ContactField, string>;

/** The administrator's form for the authority's international contacts, saved with the organisation version. */
export function InternationalContactsForm() {
  const { t } = useTranslation();
  const organisation = useOwnOrganisationProfile();
  if (organisation.isPending) return <p role="status">{t('common.loading')}</p>;
  if (organisation.isError) return <p role="alert">{describeError(t, organisation.error)}</p>;
  const initial = Object.fromEntries(
    FIELDS.map((field) => [field, organisation.data[field] ?? '']),
  ) as Values;
  return (
    <ContactsForm key={organisation.data.version} initial={initial} version={organisation.data.version} />
  );
}

function ContactsForm({ initial, version }: { initial: Values; version: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const update = useUpdateInternationalContacts();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, update.error);
  const errors = describeFormErrors(t, update.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(undefined);
    const body: OrganisationUpdate = { version };
    for (const field of FIELDS) body[field] = values[field].trim() || null;
    update.mutate(body, { onSuccess: () => setSaved(t('internationalContacts.saved')) });
  };
  return (
    <details className="panel panel--section no-print">
      <summary id={titleId}>{t('internationalContacts.title')}</summary>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <FormAlert message={errors.form} />
        <FormSuccess message={saved} />
        {FIELDS.map((field) => (
          <Field key={field} label={t(LABELS[field])} error={errors.fields[field]}>
            {(props) => (
              <input
                {...props}
                name={field}
                type={field.endsWith('Email') ? 'email' : field === 'internationalPhone' ? 'tel' : 'text'}
                maxLength={field.endsWith('Email') ? 254 : field === 'internationalPhone' ? 40 : 200}
                value={values[field]}
                onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
              />
            )}
          </Field>
        ))}
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('internationalContacts.submit')}
        </button>
      </form>
    </details>
  );
}
