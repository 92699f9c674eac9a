import { PRESENTATION_SECTIONS } from '@passerelle/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useApiClient } from '../../../lib/api/api-client-context';
import { isOneOf } from '../../../lib/is-one-of';
import { PRESENTATION_SECTION_IDS } from '../../../lib/partnership-paths';
import {
  PRESENTATION_LANGUAGES,
  presentationQueryOptions,
  type Presentation,
  type PresentationLanguage,
} from '../api/get-presentation';
import { useUpdatePresentation } from '../api/update-presentation';
import { fillFromDraft, textsOf, trimmed, type TextsByLanguage } from './presentation-texts';

/** The API names an invalid section `sections.<name>`. */
const FIELDS = PRESENTATION_SECTIONS.map((section) => `sections.${section}` as const);

const SECTION_MAX = 6000;

/**
 * The presentation's text, one language at a time: French is the main text (completeness is judged on it),
 * English its translation. Empty sections can be filled from the draft written from step 1; saving sends
 * the language shown with the version read. The other language's unsaved edits stay as they are.
 */
export function PresentationEditor({
  partnershipId,
  presentation,
  language,
  onLanguageChange,
  canWrite,
}: {
  partnershipId: string;
  presentation: Presentation;
  language: PresentationLanguage;
  onLanguageChange: (language: PresentationLanguage) => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const update = useUpdatePresentation(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [texts, setTexts] = useState<TextsByLanguage>(() => textsOf(presentation));
  const [notice, setNotice] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, update.error);
  const errors = describeFormErrors(t, update.error, FIELDS, {
    'RESOURCE.CONFLICT': t('presentation.conflict'),
  });
  const titleId = PRESENTATION_SECTION_IDS.text;
  const current = texts[language];
  const languageName = (code: PresentationLanguage) => t(`presentation.languages.${code}`);
  const sectionNames = (sections: readonly (typeof PRESENTATION_SECTIONS)[number][]) =>
    sections.map((section) => t(`presentationSections.${section}`)).join(', ');

  const fill = () => {
    const { texts: next, filled } = fillFromDraft(current, presentation.draft);
    setTexts((all) => ({ ...all, [language]: next }));
    setNotice(
      filled.length > 0
        ? t('presentation.draftApplied', { sections: sectionNames(filled) })
        : t('presentation.draftNothing'),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const saving = language;
    update.mutate(
      { language: saving, sections: trimmed(texts[saving]), version: presentation.version },
      {
        onSuccess: (saved) => {
          setTexts((all) => ({ ...all, [saving]: { ...saved[saving] } }));
          setNotice(t('presentation.saved', { language: languageName(saving) }));
        },
        onError: () => {
          // A refused version reloaded the presentation: show the text as it now stands.
          const reloaded = queryClient.getQueryData(presentationQueryOptions(client, partnershipId).queryKey);
          if (reloaded && reloaded.version !== presentation.version) setTexts(textsOf(reloaded));
        },
      },
    );
  };

  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} className="anchor-target">
        {t('presentation.textTitle')}
      </h2>
      <p className="muted">{t('presentation.textIntro')}</p>
      <form ref={formRef} className="form presentation-form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={notice} />
        <Field label={t('presentation.language')} hint={t('presentation.languageHint')}>
          {(props) => (
            <select
              {...props}
              name="language"
              value={language}
              onChange={(event) => {
                const next = event.target.value;
                if (isOneOf(PRESENTATION_LANGUAGES, next)) {
                  setNotice(undefined);
                  onLanguageChange(next);
                }
              }}
            >
              {PRESENTATION_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {canWrite && (
          <div className="actions">
            <button type="button" className="button" onClick={fill}>
              {t('presentation.fillFromDraft')}
            </button>
            <span className="muted">{t('presentation.fillFromDraftHint')}</span>
          </div>
        )}
        {PRESENTATION_SECTIONS.map((section) => (
          <Field
            key={section}
            label={t(`presentationSections.${section}`)}
            hint={t(`presentationHints.${section}`)}
            error={errors.fields[`sections.${section}`]}
          >
            {(props) => (
              <textarea
                {...props}
                name={section}
                lang={language}
                rows={6}
                maxLength={SECTION_MAX}
                readOnly={!canWrite}
                value={current[section]}
                onChange={(event) => {
                  const value = event.target.value;
                  setTexts((all) => ({ ...all, [language]: { ...all[language], [section]: value } }));
                }}
              />
            )}
          </Field>
        ))}
        {canWrite && (
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {t('presentation.save')}
          </button>
        )}
      </form>
    </section>
  );
}
