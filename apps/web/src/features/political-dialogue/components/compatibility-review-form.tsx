import type { ReviewDecision } from '@passerelle/domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useRecordCompatibilityReview } from '../api/record-compatibility-review';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['comment', 'councilDecisionRef', 'councilDecisionOn'] as const;

interface Values {
  comment: string;
  councilDecisionRef: string;
  councilDecisionOn: string;
}

const EMPTY: Values = { comment: '', councilDecisionRef: '', councilDecisionOn: '' };

/**
 * An elected official's review of the motivations on the table for their side: compatible with ours, or
 * adjustments needed, with an optional comment and the council decision (délibération) behind it. Both
 * verdicts are deliberate clicks: pressing Enter in a field decides nothing.
 */
export function CompatibilityReviewForm({
  partnershipId,
  version,
  partyName,
  hasReview,
}: {
  partnershipId: string;
  version: number;
  partyName: string;
  /** The side already reviewed: this review replaces it. */
  hasReview: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const review = useRecordCompatibilityReview(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  const [notice, setNotice] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, review.error);
  const errors = describeFormErrors(t, review.error, FIELDS, {
    'RESOURCE.CONFLICT': t('politicalDialogue.conflict'),
  });
  const setValue = (name: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValue(name)(event.target.value);

  const send = (decision: ReviewDecision) => {
    setNotice(undefined);
    const comment = values.comment.trim();
    const councilDecisionRef = values.councilDecisionRef.trim();
    review.mutate(
      {
        version,
        decision,
        ...(comment ? { comment } : {}),
        ...(councilDecisionRef ? { councilDecisionRef } : {}),
        ...(values.councilDecisionOn ? { councilDecisionOn: values.councilDecisionOn } : {}),
      },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setNotice(t(`politicalDialogue.reviewForm.done.${decision}`));
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--nested"
      aria-labelledby={titleId}
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <h3 id={titleId}>{t('politicalDialogue.reviewForm.title', { party: partyName })}</h3>
      <p className="field__hint">
        {hasReview ? t('politicalDialogue.reviewForm.replaces') : t('politicalDialogue.reviewForm.hint')}
      </p>
      <FormAlert message={errors.form} />
      <FormSuccess message={notice} />
      <Field
        label={t('politicalDialogue.reviewForm.comment')}
        hint={t('politicalDialogue.reviewForm.commentHint')}
        error={errors.fields.comment}
      >
        {(props) => (
          <textarea
            {...props}
            name="comment"
            rows={3}
            maxLength={2000}
            value={values.comment}
            onChange={set('comment')}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('politicalDialogue.reviewForm.councilDecisionRef')}
          hint={t('politicalDialogue.reviewForm.councilDecisionRefHint')}
          error={errors.fields.councilDecisionRef}
        >
          {(props) => (
            <input
              {...props}
              name="councilDecisionRef"
              maxLength={100}
              autoComplete="off"
              value={values.councilDecisionRef}
              onChange={set('councilDecisionRef')}
            />
          )}
        </Field>
        <Field
          label={t('politicalDialogue.reviewForm.councilDecisionOn')}
          error={errors.fields.councilDecisionOn}
        >
          {(props) => (
            <DateInput
              {...props}
              name="councilDecisionOn"
              value={values.councilDecisionOn}
              onChange={setValue('councilDecisionOn')}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={review.isPending}
          onClick={() => send('approved')}
        >
          {t('politicalDialogue.reviewForm.compatible')}
        </button>
        <button
          type="button"
          className="button"
          disabled={review.isPending}
          onClick={() => send('changes_requested')}
        >
          {t('politicalDialogue.reviewForm.changesRequested')}
        </button>
      </div>
    </form>
  );
}
