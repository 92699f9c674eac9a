import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useOrganisation, useUpdateIatiIdentifier } from '../api/update-iati-identifier';

const FIELDS = ['iatiIdentifier'] as const;

/**
 * The administrator's field for the authority's IATI organisation identifier (a registration agency's prefix
 * and the number it gives, e.g. FR-SIRET-…): every activity identifier of the IATI file starts with it.
 */
export function IatiIdentifierForm() {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  if (organisation.isPending) return <p role="status">{t('common.loading')}</p>;
  if (organisation.isError) return <p role="alert">{describeError(t, organisation.error)}</p>;
  return (
    <IatiIdentifierFields
      initial={organisation.data.iatiIdentifier ?? ''}
      version={organisation.data.version}
    />
  );
}

function IatiIdentifierFields({ initial, version }: { initial: string; version: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const update = useUpdateIatiIdentifier();
  const formRef = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, update.error);
  const errors = describeFormErrors(t, update.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(undefined);
    const iatiIdentifier = value.trim() === '' ? null : value.trim();
    update.mutate(
      { iatiIdentifier, version },
      {
        onSuccess: () => setSaved(iatiIdentifier ? t('iati.identifier.saved') : t('iati.identifier.cleared')),
      },
    );
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('iati.identifier.title')}</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={saved} />
        <Field
          label={t('iati.identifier.label')}
          hint={t('iati.identifier.hint')}
          error={errors.fields.iatiIdentifier}
        >
          {(props) => (
            <input
              {...props}
              name="iatiIdentifier"
              maxLength={100}
              spellCheck={false}
              autoComplete="off"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('iati.identifier.submit')}
        </button>
      </form>
    </section>
  );
}
