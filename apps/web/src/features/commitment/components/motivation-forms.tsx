import {
  FRAMES_OF_REFERENCE,
  MOTIVATION_CATEGORIES,
  type FrameOfReference,
  type MotivationCategory,
} from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { Motivation } from '../api/get-commitment';
import { useReviseMotivation } from '../api/revise-motivation';
import { useStateMotivation } from '../api/state-motivation';

const FIELDS = ['category', 'frameOfReference', 'text'] as const;

interface MotivationValues {
  category: MotivationCategory;
  frameOfReference: FrameOfReference;
  text: string;
}

const EMPTY: MotivationValues = { category: 'political', frameOfReference: 'humanist', text: '' };

function MotivationFields({
  values,
  onChange,
  errors,
}: {
  values: MotivationValues;
  onChange: (values: MotivationValues) => void;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('motivations.category')} error={errors.fields.category}>
        {(props) => (
          <select
            {...props}
            name="category"
            value={values.category}
            onChange={(event) => {
              const category = event.target.value;
              if (isOneOf(MOTIVATION_CATEGORIES, category)) onChange({ ...values, category });
            }}
          >
            {MOTIVATION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`motivationCategories.${category}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('motivations.frameOfReference')}
        hint={t('motivations.frameOfReferenceHint')}
        error={errors.fields.frameOfReference}
      >
        {(props) => (
          <select
            {...props}
            name="frameOfReference"
            value={values.frameOfReference}
            onChange={(event) => {
              const frameOfReference = event.target.value;
              if (isOneOf(FRAMES_OF_REFERENCE, frameOfReference)) onChange({ ...values, frameOfReference });
            }}
          >
            {FRAMES_OF_REFERENCE.map((frame) => (
              <option key={frame} value={frame}>
                {t(`framesOfReference.${frame}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('motivations.text')} hint={t('motivations.textHint')} error={errors.fields.text}>
        {(props) => (
          <textarea
            {...props}
            name="text"
            rows={3}
            maxLength={4000}
            required
            value={values.text}
            onChange={(event) => onChange({ ...values, text: event.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/**
 * States a new motivation: it stays internal to the authority until an elected official approves it.
 * `onDone` says it was added and awaits review.
 */
export function AddMotivationForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const state = useStateMotivation(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<MotivationValues>(EMPTY);
  useFocusFirstInvalidField(formRef, state.error);
  const errors = describeFormErrors(t, state.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    state.mutate(
      { ...values, text: values.text.trim() },
      { onSuccess: () => onDone(t('motivations.added')) },
    );
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} aria-label={t('motivations.addTitle')} noValidate>
      <FormAlert message={errors.form} />
      <MotivationFields values={values} onChange={setValues} errors={errors} />
      <button type="submit" className="button button--primary" disabled={state.isPending}>
        {t('motivations.add')}
      </button>
    </form>
  );
}

/**
 * Revises a motivation with its own version as read. The user is told before saving: the revision
 * goes back to review and, if the motivation was shared, off the table.
 */
export function EditMotivationForm({
  partnershipId,
  motivation,
  onDone,
  onCancel,
}: {
  partnershipId: string;
  motivation: Motivation;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const revise = useReviseMotivation(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const noticeId = useId();
  const [values, setValues] = useState<MotivationValues>({
    category: motivation.category,
    frameOfReference: motivation.frameOfReference,
    text: motivation.text,
  });
  useFocusFirstInvalidField(formRef, revise.error);
  const errors = describeFormErrors(t, revise.error, FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    revise.mutate(
      { motivationId: motivation.id, version: motivation.version, ...values, text: values.text.trim() },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      ref={formRef}
      className="form form--nested"
      onSubmit={submit}
      aria-label={t('motivations.editLabel')}
      noValidate
    >
      <p id={noticeId} className="callout">
        {motivation.shared ? t('motivations.reviseNoticeShared') : t('motivations.reviseNotice')}
      </p>
      <FormAlert message={errors.form} />
      <MotivationFields values={values} onChange={setValues} errors={errors} />
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={revise.isPending}
          aria-describedby={noticeId}
        >
          {t('motivations.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
