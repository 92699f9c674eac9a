import { ACTION_THEMES } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import { useOwnDirectoryEntry } from '../api/get-own-directory-entry';
import { useOwnOrganisation, type OwnOrganisation } from '../api/get-own-organisation';
import type { DirectoryEntry, Theme } from '../api/search-directory';
import { useUpdateDirectoryProfile } from '../api/update-directory-profile';
import { ThemeCheckboxes } from '../../../components/ui/theme-checkboxes';

const FIELDS = ['listed', 'summary', 'themesOffered', 'themesSought'] as const;

interface Values {
  listed: boolean;
  summary: string;
  themesOffered: Theme[];
  themesSought: Theme[];
}

function knownThemes(themes: readonly string[]): Theme[] {
  return themes.filter((theme): theme is Theme => isOneOf(ACTION_THEMES, theme));
}

function valuesOf(entry: DirectoryEntry | null): Values {
  if (!entry) return { listed: false, summary: '', themesOffered: [], themesSought: [] };
  return {
    listed: true,
    summary: entry.summary,
    themesOffered: knownThemes(entry.themesOffered),
    themesSought: knownThemes(entry.themesSought),
  };
}

/**
 * The administrator's form for the authority's directory profile: listed or not, a short presentation and
 * the themes offered and sought. It starts from the listed entry, if any, and saves with the organisation
 * version read.
 */
export function DirectoryProfile() {
  const { t } = useTranslation();
  const organisation = useOwnOrganisation();
  if (organisation.isPending) return <p role="status">{t('common.loading')}</p>;
  if (organisation.isError) return <p role="alert">{describeError(t, organisation.error)}</p>;
  return <DirectoryProfileLoader organisation={organisation.data} />;
}

function DirectoryProfileLoader({ organisation }: { organisation: OwnOrganisation }) {
  const { t } = useTranslation();
  const entry = useOwnDirectoryEntry({ id: organisation.id, name: organisation.name });
  if (entry.isPending) return <p role="status">{t('common.loading')}</p>;
  // Without a readable entry, the form starts empty: the profile is not listed, or cannot be read back.
  const initial = entry.isSuccess ? entry.data : null;
  return (
    <>
      {!initial && <p className="callout">{t('directoryProfile.notListed')}</p>}
      <DirectoryProfileForm initial={valuesOf(initial)} version={organisation.version} />
    </>
  );
}

function DirectoryProfileForm({ initial, version }: { initial: Values; version: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  const update = useUpdateDirectoryProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, update.error);
  const errors = describeFormErrors(t, update.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(undefined);
    const listed = values.listed;
    update.mutate(
      {
        listed,
        summary: values.summary.trim(),
        themesOffered: values.themesOffered,
        themesSought: values.themesSought,
        version,
      },
      {
        onSuccess: () =>
          setSaved(listed ? t('directoryProfile.savedListed') : t('directoryProfile.savedUnlisted')),
      },
    );
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} className="visually-hidden">
        {t('directoryProfile.title')}
      </h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={saved} />
        <div className="field field--checkbox">
          <input
            id={`${titleId}-listed`}
            type="checkbox"
            name="listed"
            checked={values.listed}
            onChange={(event) => setValues((current) => ({ ...current, listed: event.target.checked }))}
          />
          <label htmlFor={`${titleId}-listed`}>{t('directoryProfile.listed')}</label>
        </div>
        <Field
          label={t('directoryProfile.summary')}
          hint={t('directoryProfile.summaryHint')}
          error={errors.fields.summary}
        >
          {(props) => (
            <textarea
              {...props}
              name="summary"
              rows={5}
              maxLength={2000}
              value={values.summary}
              onChange={(event) => setValues((current) => ({ ...current, summary: event.target.value }))}
            />
          )}
        </Field>
        <ThemeCheckboxes
          legend={t('directoryProfile.themesOffered')}
          hint={t('directoryProfile.themesHint')}
          error={errors.fields.themesOffered}
          name="themesOffered"
          value={values.themesOffered}
          onChange={(themesOffered) => setValues((current) => ({ ...current, themesOffered }))}
        />
        <ThemeCheckboxes
          legend={t('directoryProfile.themesSought')}
          hint={t('directoryProfile.themesHint')}
          error={errors.fields.themesSought}
          name="themesSought"
          value={values.themesSought}
          onChange={(themesSought) => setValues((current) => ({ ...current, themesSought }))}
        />
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('directoryProfile.submit')}
        </button>
      </form>
    </section>
  );
}
