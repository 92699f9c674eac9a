import {
  APPROACHES,
  PARTNERSHIP_FORMS,
  type Approach,
  type KnownActionTheme,
  type PartnershipForm,
  legalBasisOf,
} from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { ThemeCheckboxes } from '../../../components/ui/theme-checkboxes';
import { isOneOf } from '../../../lib/is-one-of';
import { useCreatePartnership } from '../api/create-partnership';

const FIELDS = ['title', 'form', 'approach', 'targetCountries', 'themes'] as const;

/** `ml, sn` → `['ML', 'SN']`: the API checks each code. */
function parseCountries(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
}

/**
 * Title, form, approach, where a partner is sought and on which themes (they feed the suggested partners)
 * of a new partnership, with the user's authority as its initiator.
 */
export function CreatePartnershipForm() {
  const { t } = useTranslation();
  const create = useCreatePartnership();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [form, setForm] = useState<PartnershipForm>('decentralised_cooperation');
  const [approach, setApproach] = useState<Approach>('mutual_interest');
  const [countries, setCountries] = useState('');
  const [themes, setThemes] = useState<KnownActionTheme[]>([]);
  useFocusFirstInvalidField(formRef, create.error);
  const errors = describeFormErrors(t, create.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      { title: title.trim(), form, approach, targetCountries: parseCountries(countries), themes },
      {
        onSuccess: () => {
          setTitle('');
          setCountries('');
          setThemes([]);
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <p role="status" className={create.isSuccess ? 'form-success' : 'visually-hidden'}>
        {create.isSuccess && (
          <Link to={`/partenariats/${create.data.id}`}>
            {t('createPartnership.created', { title: create.data.title })}
          </Link>
        )}
      </p>
      <Field label={t('createPartnership.name')} error={errors.fields.title}>
        {(props) => (
          <input
            {...props}
            name="title"
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      {/* The form decides which criteria measure the partnership: say so while it is chosen. */}
      <Field
        label={t('createPartnership.form')}
        hint={t(`legalVariants.bases.${legalBasisOf(form)}`)}
        error={errors.fields.form}
      >
        {(props) => (
          <select
            {...props}
            name="form"
            value={form}
            onChange={(event) => {
              if (isOneOf(PARTNERSHIP_FORMS, event.target.value)) setForm(event.target.value);
            }}
          >
            {PARTNERSHIP_FORMS.map((value) => (
              <option key={value} value={value}>
                {t(`partnerships.forms.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('createPartnership.approach')} error={errors.fields.approach}>
        {(props) => (
          <select
            {...props}
            name="approach"
            value={approach}
            onChange={(event) => {
              if (isOneOf(APPROACHES, event.target.value)) setApproach(event.target.value);
            }}
          >
            {APPROACHES.map((value) => (
              <option key={value} value={value}>
                {t(`partnerships.approaches.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('createPartnership.targetCountries')}
        hint={t('createPartnership.targetCountriesHint')}
        error={errors.fields.targetCountries}
      >
        {(props) => (
          <input
            {...props}
            name="targetCountries"
            autoComplete="off"
            value={countries}
            onChange={(event) => setCountries(event.target.value)}
          />
        )}
      </Field>
      <ThemeCheckboxes
        legend={t('createPartnership.themes')}
        hint={t('createPartnership.themesHint')}
        {...(errors.fields.themes ? { error: errors.fields.themes } : {})}
        name="themes"
        value={themes}
        onChange={setThemes}
      />
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {t('createPartnership.submit')}
      </button>
    </form>
  );
}
