import { ACTION_THEMES, type KnownActionTheme } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { ThemeCheckboxes } from '../../../components/ui/theme-checkboxes';
import { themeName } from '../../../components/ui/theme-name';
import { isOneOf } from '../../../lib/is-one-of';
import { useDraftConvention, type ConventionTextInput } from '../api/draft-convention';
import type { ConventionVersion } from '../api/get-convention';
import { useReviseConvention } from '../api/revise-convention';
import { conventionFormErrors } from './convention-form-errors';
import { currentVersionOf, linesOf } from './convention-texts';

const FIELDS = [
  'text',
  'content.objectives',
  'content.priorities',
  'content.themes',
  'content.governance',
  'content.dialogueModalities',
  'content.fundingCommitments',
  'content.terminationClause',
  'terms.durationMonths',
  'terms.terminationNoticeDays',
  'terms.tacitRenewal.periodMonths',
  'terms.tacitRenewal.objectionNoticeDays',
] as const;

type NumberField = 'durationMonths' | 'terminationNoticeDays' | 'renewalPeriodMonths' | 'objectionNoticeDays';
type TextField =
  | 'text'
  | 'objectives'
  | 'priorities'
  | 'governance'
  | 'dialogueModalities'
  | 'fundingCommitments'
  | 'terminationClause';

interface TextValues extends Record<TextField | NumberField, string> {
  themes: KnownActionTheme[];
  /** Themes of the version outside the list (`custom:…`): kept as they are, the boxes cannot show them. */
  customThemes: string[];
  tacitRenewal: boolean;
}

const EMPTY: TextValues = {
  text: '',
  objectives: '',
  priorities: '',
  governance: '',
  dialogueModalities: '',
  fundingCommitments: '',
  terminationClause: '',
  themes: [],
  customThemes: [],
  durationMonths: '',
  terminationNoticeDays: '',
  tacitRenewal: false,
  renewalPeriodMonths: '',
  objectionNoticeDays: '',
};

/** A version's text, clauses and terms as the form's starting values. */
function valuesOf(version: ConventionVersion): TextValues {
  const { content, terms } = version;
  return {
    text: version.text,
    objectives: content.objectives,
    priorities: content.priorities.join('\n'),
    governance: content.governance,
    dialogueModalities: content.dialogueModalities,
    fundingCommitments: content.fundingCommitments,
    terminationClause: content.terminationClause,
    themes: content.themes.filter((theme): theme is KnownActionTheme => isOneOf(ACTION_THEMES, theme)),
    customThemes: content.themes.filter((theme) => !isOneOf(ACTION_THEMES, theme)),
    durationMonths: String(terms.durationMonths),
    terminationNoticeDays: String(terms.terminationNoticeDays),
    tacitRenewal: terms.tacitRenewal !== null,
    renewalPeriodMonths: terms.tacitRenewal ? String(terms.tacitRenewal.periodMonths) : '',
    objectionNoticeDays: terms.tacitRenewal ? String(terms.tacitRenewal.objectionNoticeDays) : '',
  };
}

/** The request field each number box fills. */
const FIELD_OF_NUMBER: Record<NumberField, (typeof FIELDS)[number]> = {
  durationMonths: 'terms.durationMonths',
  terminationNoticeDays: 'terms.terminationNoticeDays',
  renewalPeriodMonths: 'terms.tacitRenewal.periodMonths',
  objectionNoticeDays: 'terms.tacitRenewal.objectionNoticeDays',
};

/** A whole number typed in a box; the domain then checks its bounds. */
function wholeNumber(value: string): number | undefined {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/** Boxes that must hold a whole number before anything is sent: the terms cannot be read otherwise. */
function numberErrors(t: TFunction, values: TextValues): FormErrors | undefined {
  const needed: NumberField[] = values.tacitRenewal
    ? ['durationMonths', 'terminationNoticeDays', 'renewalPeriodMonths', 'objectionNoticeDays']
    : ['durationMonths', 'terminationNoticeDays'];
  const invalid = needed.filter((name) => wholeNumber(values[name]) === undefined);
  if (invalid.length === 0) return undefined;
  return {
    fields: Object.fromEntries(
      invalid.map((name) => [FIELD_OF_NUMBER[name], t('convention.form.wholeNumber')]),
    ),
    form: t('validation.summary'),
  };
}

/** The request body: the text, the clauses (priorities one per line) and the terms, with the version read. */
function textBody(values: TextValues, version: number): ConventionTextInput {
  return {
    version,
    text: values.text.trim(),
    content: {
      objectives: values.objectives.trim(),
      priorities: linesOf(values.priorities),
      themes: [...values.themes, ...values.customThemes],
      governance: values.governance.trim(),
      dialogueModalities: values.dialogueModalities.trim(),
      fundingCommitments: values.fundingCommitments.trim(),
      terminationClause: values.terminationClause.trim(),
    },
    terms: {
      durationMonths: wholeNumber(values.durationMonths) ?? 0,
      tacitRenewal: values.tacitRenewal
        ? {
            periodMonths: wholeNumber(values.renewalPeriodMonths) ?? 0,
            objectionNoticeDays: wholeNumber(values.objectionNoticeDays) ?? 0,
          }
        : null,
      terminationNoticeDays: wholeNumber(values.terminationNoticeDays) ?? 0,
    },
  };
}

/**
 * Drafts the first version of a convention, or — given the version it starts `from` — revises it into a new
 * version: the full text, the clauses the method expects (objectives, priorities, themes, governance,
 * dialogue, funding, termination) and the terms (duration, tacit renewal, termination notice).
 */
export function ConventionTextForm({
  partnershipId,
  version,
  from,
  agreedPriorities = [],
  onDone,
  onCancel,
}: {
  partnershipId: string;
  /** The partnership version read. */
  version: number;
  /** The version to revise; without it the form drafts a new convention. */
  from?: ConventionVersion;
  /** For a new draft: the priorities both sides agreed in the political dialogue, written in from the start. */
  agreedPriorities?: readonly string[];
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const draft = useDraftConvention(partnershipId);
  const revise = useReviseConvention(partnershipId);
  const mutation = from ? revise : draft;
  const formRef = useRef<HTMLFormElement>(null);
  const tacitId = useId();
  const [values, setValues] = useState<TextValues>(() =>
    from ? valuesOf(from) : { ...EMPTY, priorities: agreedPriorities.join('\n') },
  );
  const [local, setLocal] = useState<{ errors: FormErrors } | undefined>();
  const errors = local?.errors ?? conventionFormErrors(t, mutation.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? mutation.error);
  const set = (name: TextField | NumberField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = numberErrors(t, values);
    if (refused) {
      mutation.reset();
      setLocal({ errors: refused });
      return;
    }
    setLocal(undefined);
    mutation.mutate(textBody(values, version), {
      onSuccess: (view) => {
        const saved = view.convention ? currentVersionOf(view.convention)?.number : undefined;
        if (!from) setValues({ ...EMPTY, priorities: agreedPriorities.join('\n') });
        onDone(
          from
            ? t('convention.form.revised', { number: saved ?? from.number + 1 })
            : t('convention.form.drafted'),
        );
      },
    });
  };

  const textArea = (name: TextField, field: (typeof FIELDS)[number], rows: number, hint?: string) => (
    <Field label={t(`convention.form.${name}`)} hint={hint} error={errors.fields[field]}>
      {(props) => (
        <textarea
          {...props}
          name={field}
          rows={rows}
          // The domain refuses a convention without objectives: the only text clause a draft needs.
          required={name === 'objectives'}
          value={values[name]}
          onChange={set(name)}
        />
      )}
    </Field>
  );
  const numberBox = (name: NumberField, hint?: string) => (
    <Field label={t(`convention.form.${name}`)} hint={hint} error={errors.fields[FIELD_OF_NUMBER[name]]}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={name === 'objectionNoticeDays' ? 0 : 1}
          step={1}
          className="input--short"
          name={FIELD_OF_NUMBER[name]}
          required
          value={values[name]}
          onChange={set(name)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="form convention-form"
      onSubmit={submit}
      noValidate
      aria-label={
        from ? t('convention.text.reviseTitle', { number: from.number + 1 }) : t('convention.text.draftTitle')
      }
    >
      <FormAlert message={errors.form} />
      {textArea('objectives', 'content.objectives', 4, t('convention.form.objectivesHint'))}
      {textArea('priorities', 'content.priorities', 4, t('convention.form.prioritiesHint'))}
      <ThemeCheckboxes
        legend={t('convention.form.themes')}
        hint={
          values.customThemes.length > 0
            ? t('convention.form.customThemesKept', {
                themes: values.customThemes.map((theme) => themeName(t, theme)).join(', '),
              })
            : undefined
        }
        error={errors.fields['content.themes']}
        name="content.themes"
        value={values.themes}
        onChange={(themes) => setValues((current) => ({ ...current, themes }))}
      />
      <fieldset className="field convention-form__terms">
        <legend>{t('convention.form.terms')}</legend>
        <div className="form__row">
          {numberBox('durationMonths')}
          {numberBox('terminationNoticeDays')}
        </div>
        <div className="field field--checkbox">
          <input
            id={tacitId}
            type="checkbox"
            checked={values.tacitRenewal}
            onChange={(event) => {
              const checked = event.target.checked;
              setValues((current) => ({ ...current, tacitRenewal: checked }));
            }}
          />
          <label htmlFor={tacitId}>{t('convention.form.tacitRenewal')}</label>
        </div>
        {values.tacitRenewal && (
          <div className="form__row">
            {numberBox('renewalPeriodMonths')}
            {numberBox('objectionNoticeDays', t('convention.form.objectionNoticeDaysHint'))}
          </div>
        )}
      </fieldset>
      {textArea('governance', 'content.governance', 3)}
      {textArea('dialogueModalities', 'content.dialogueModalities', 3)}
      {textArea('fundingCommitments', 'content.fundingCommitments', 3)}
      {textArea('terminationClause', 'content.terminationClause', 3)}
      {textArea('text', 'text', 12, t('convention.form.textHint'))}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {from ? t('convention.form.submitRevision') : t('convention.form.submitDraft')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('convention.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
