import type { ReviewDecision } from '@passerelle/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useReviewMotivation } from '../api/review-motivation';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['comment', 'councilDecisionRef', 'councilDecisionOn'] as const;

interface Values {
  comment: string;
  councilDecisionRef: string;
  councilDecisionOn: string;
}

const EMPTY: Values = { comment: '', councilDecisionRef: '', councilDecisionOn: '' };

/**
 * An elected official's review of one motivation: approve it, or ask for changes, with an optional comment
 * and the council decision (délibération) behind it. Both are deliberate clicks: pressing Enter in a field
 * decides nothing. `version` is the motivation's own version as read.
 */
export function MotivationReviewForm({
  partnershipId,
  motivationId,
  version,
  describedBy,
  onReviewed,
}: {
  partnershipId: string;
  motivationId: string;
  version: number;
  /** The id of the motivation's text, read with the buttons. */
  describedBy?: string;
  onReviewed: (decision: ReviewDecision) => void;
}) {
  const { t } = useTranslation();
  const review = useReviewMotivation(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(EMPTY);
  useFocusFirstInvalidField(formRef, review.error);
  const errors = describeFormErrors(t, review.error, FIELDS);
  const setValue = (name: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValue(name)(event.target.value);

  const send = (decision: ReviewDecision) => {
    const comment = values.comment.trim();
    const councilDecisionRef = values.councilDecisionRef.trim();
    review.mutate(
      {
        motivationId,
        version,
        decision,
        ...(comment ? { comment } : {}),
        ...(councilDecisionRef ? { councilDecisionRef } : {}),
        ...(values.councilDecisionOn ? { councilDecisionOn: values.councilDecisionOn } : {}),
      },
      {
        onSuccess: () => {
          setValues(EMPTY);
          onReviewed(decision);
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--compact review-form"
      aria-label={t('motivationReview.formLabel')}
      aria-describedby={describedBy}
      onSubmit={(event) => event.preventDefault()}
      noValidate
    >
      <FormAlert message={errors.form} />
      <Field
        label={t('motivationReview.comment')}
        hint={t('motivationReview.commentHint')}
        error={errors.fields.comment}
      >
        {(props) => (
          <textarea
            {...props}
            name="comment"
            rows={2}
            maxLength={2000}
            value={values.comment}
            onChange={set('comment')}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('motivationReview.councilDecisionRef')}
          hint={t('motivationReview.councilDecisionRefHint')}
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
        <Field label={t('motivationReview.councilDecisionOn')} error={errors.fields.councilDecisionOn}>
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
          aria-describedby={describedBy}
          onClick={() => send('approved')}
        >
          {t('motivationReview.approve')}
        </button>
        <button
          type="button"
          className="button"
          disabled={review.isPending}
          aria-describedby={describedBy}
          onClick={() => send('changes_requested')}
        >
          {t('motivationReview.requestChanges')}
        </button>
      </div>
    </form>
  );
}
