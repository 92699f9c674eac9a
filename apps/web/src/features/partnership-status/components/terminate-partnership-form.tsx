import { isCalendarDate } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatCalendarDate } from '../../../components/ui/format-date';
import type { ActionFate, OngoingAction, PartnershipStatus } from '../api/get-partnership-status';
import { useTerminatePartnership, type TerminatePartnershipInput } from '../api/terminate-partnership';
import { ActionFateSelect, withFate } from './action-fate-select';
import { staleRefusalOf, statusFormErrors } from './status-form-errors';
import { DateInput } from '../../../components/ui/date-input';

const REASON_MAX = 4000;

/** The field of the n-th ongoing action's decision, named as the API names it (`actionDecisions.0`). */
function decisionField(index: number): string {
  return `actionDecisions.${index}`;
}

interface Draft {
  reason: string;
  noticeGivenOn: string;
  effectiveOn: string;
  /** The fate chosen for each ongoing action, by action id; none yet for an action left out. */
  fates: Readonly<Record<string, ActionFate>>;
}

/** What is missing before the decision can even be confirmed; undefined when nothing is. */
function checkDraft(t: TFunction, draft: Draft, actions: readonly OngoingAction[]): FormErrors | undefined {
  const fields: Record<string, string> = {};
  if (draft.reason.trim() === '') fields['reason'] = t('partnershipStatus.terminate.reasonRequired');
  if (!isCalendarDate(draft.noticeGivenOn))
    fields['noticeGivenOn'] = t('partnershipStatus.terminate.dateRequired');
  if (!isCalendarDate(draft.effectiveOn))
    fields['effectiveOn'] = t('partnershipStatus.terminate.dateRequired');
  const undecided = actions.filter((action) => !draft.fates[action.id]);
  actions.forEach((action, index) => {
    if (!draft.fates[action.id])
      fields[decisionField(index)] = t('partnershipStatus.terminate.decisionRequired');
  });
  if (Object.keys(fields).length === 0) return undefined;
  return {
    fields,
    form:
      undecided.length > 0
        ? t('partnershipStatus.terminate.decisionsMissing', { count: undecided.length })
        : t('validation.summary'),
  };
}

/**
 * « Mettre fin au partenariat », in order and never a deletion: a reason, the day notice was given, the day
 * the end takes effect (at least the notice owed later), and a decision for EACH ongoing action. Nothing is
 * sent before every action has its decision and the user confirmed, the decision being final; the API tells
 * the other parties by mail.
 */
export function TerminatePartnershipForm({
  partnershipId,
  status,
  today,
  onDone,
  onStale,
  onClose,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  today: string;
  onDone: (message: string) => void;
  onStale: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const terminate = useTerminatePartnership(partnershipId);
  const actions = status.ongoingActions;
  // Abandoning takes effect at once: an end with notice is the orderly rupture (rupture-panel.tsx).
  const [draft, setDraft] = useState<Draft>({
    reason: '',
    noticeGivenOn: today,
    effectiveOn: today,
    fates: {},
  });
  const [confirming, setConfirming] = useState(false);
  const [localErrors, setLocalErrors] = useState<FormErrors | undefined>();
  const actionFields = new Map(actions.map((action, index) => [action.id, decisionField(index)]));
  // A refusal because the partnership moved on shows above the status (`onStale`), not here.
  const formError = staleRefusalOf(t, terminate.error) ? undefined : terminate.error;
  const errors =
    localErrors ??
    statusFormErrors(
      t,
      formError,
      ['reason', 'noticeGivenOn', 'effectiveOn', ...actions.map((_, index) => decisionField(index))],
      actionFields,
    );

  const review = () => {
    const missing = checkDraft(t, draft, actions);
    setLocalErrors(missing);
    if (missing) return;
    terminate.reset();
    setConfirming(true);
  };

  const confirm = () => {
    const body: TerminatePartnershipInput = {
      version: status.version,
      reason: draft.reason.trim(),
      noticeGivenOn: draft.noticeGivenOn,
      effectiveOn: draft.effectiveOn,
      actionDecisions: actions.flatMap((action) => {
        const fate = draft.fates[action.id];
        return fate ? [{ actionId: action.id, fate }] : [];
      }),
    };
    void terminate.mutateAsync(body).then(
      () => onDone(t('partnershipStatus.terminate.done')),
      (error: unknown) => {
        const stale = staleRefusalOf(t, error);
        if (stale) onStale(stale);
        // Back to the form, with what was typed; a refusal of the method shows beside what it is about.
        setConfirming(false);
      },
    );
  };

  return confirming ? (
    <TerminationConfirmation
      draft={draft}
      actions={actions}
      pending={terminate.isPending}
      onConfirm={confirm}
      onBack={() => setConfirming(false)}
    />
  ) : (
    <TerminationDraftForm
      draft={draft}
      setDraft={setDraft}
      status={status}
      errors={errors}
      failure={localErrors ?? formError}
      onReview={review}
      onClose={onClose}
    />
  );
}

function TerminationDraftForm({
  draft,
  setDraft,
  status,
  errors,
  failure,
  onReview,
  onClose,
}: {
  draft: Draft;
  setDraft: (update: (current: Draft) => Draft) => void;
  status: PartnershipStatus;
  errors: FormErrors;
  failure: unknown;
  onReview: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, failure);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onReview();
  };
  return (
    <form
      ref={formRef}
      className="form form--compact"
      onSubmit={submit}
      noValidate
      aria-labelledby="partnership-terminate-title"
    >
      <h3 id="partnership-terminate-title">{t('partnershipStatus.terminate.title')}</h3>
      <p className="muted">{t('partnershipStatus.terminate.intro')}</p>
      <FormAlert message={errors.form} />
      <Field label={t('partnershipStatus.terminate.reason')} error={errors.fields['reason']}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={4}
            maxLength={REASON_MAX}
            value={draft.reason}
            onChange={(event) => {
              const reason = event.target.value;
              setDraft((current) => ({ ...current, reason }));
            }}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('partnershipStatus.terminate.noticeGivenOn')}
          hint={t('partnershipStatus.terminate.noticeGivenOnHint')}
          error={errors.fields['noticeGivenOn']}
        >
          {(props) => (
            <DateInput
              {...props}
              name="noticeGivenOn"
              required
              value={draft.noticeGivenOn}
              onChange={(noticeGivenOn) => {
                setDraft((current) => ({ ...current, noticeGivenOn }));
              }}
            />
          )}
        </Field>
        <Field
          label={t('partnershipStatus.terminate.effectiveOn')}
          hint={t('partnershipStatus.terminate.abandonHint')}
          error={errors.fields['effectiveOn']}
        >
          {(props) => (
            <DateInput
              {...props}
              name="effectiveOn"
              required
              value={draft.effectiveOn}
              onChange={(effectiveOn) => {
                setDraft((current) => ({ ...current, effectiveOn }));
              }}
            />
          )}
        </Field>
      </div>
      <ActionFateChoices draft={draft} setDraft={setDraft} actions={status.ongoingActions} errors={errors} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('partnershipStatus.terminate.review')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('partnershipStatus.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One choice per ongoing action: carried to its end during the notice, handed over, or stopped. */
function ActionFateChoices({
  draft,
  setDraft,
  actions,
  errors,
}: {
  draft: Draft;
  setDraft: (update: (current: Draft) => Draft) => void;
  actions: readonly OngoingAction[];
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend>{t('partnershipStatus.terminate.actionsTitle')}</legend>
      {actions.length === 0 ? (
        <p className="muted">{t('partnershipStatus.terminate.noOngoingActions')}</p>
      ) : (
        <p className="field__hint">{t('partnershipStatus.terminate.actionsIntro')}</p>
      )}
      {actions.map((action, index) => (
        <Field
          key={action.id}
          label={t('partnershipStatus.terminate.actionFate', { title: action.title })}
          hint={t(`partnershipStatus.actionStatuses.${action.status}`)}
          error={errors.fields[decisionField(index)]}
        >
          {(props) => (
            <ActionFateSelect
              control={props}
              name={decisionField(index)}
              value={draft.fates[action.id]}
              onChange={(fate) =>
                setDraft((current) => ({ ...current, fates: withFate(current.fates, action.id, fate) }))
              }
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

/** The last look before a final decision: the effective date and each action's fate, then confirm or go back. */
function TerminationConfirmation({
  draft,
  actions,
  pending,
  onConfirm,
  onBack,
}: {
  draft: Draft;
  actions: readonly OngoingAction[];
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form gave way to this step: the focus follows, so that keyboard and screen reader users land on it.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="status-confirmation" aria-labelledby="partnership-terminate-confirm">
      <h3 id="partnership-terminate-confirm" ref={headingRef} tabIndex={-1}>
        {t('partnershipStatus.terminate.confirmTitle')}
      </h3>
      <p>
        {t('partnershipStatus.terminate.confirmText', {
          noticeGivenOn: formatCalendarDate(draft.noticeGivenOn, i18n.language),
          effectiveOn: formatCalendarDate(draft.effectiveOn, i18n.language),
        })}
      </p>
      {actions.length > 0 && (
        <ul aria-label={t('partnershipStatus.terminate.actionsTitle')}>
          {actions.map((action) => {
            const fate = draft.fates[action.id];
            return (
              <li key={action.id}>
                {t('partnershipStatus.fateOf', {
                  title: action.title,
                  fate: fate ? t(`partnershipStatus.fateChoices.${fate}`) : '',
                })}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <strong>{t('partnershipStatus.terminate.confirmFinal')}</strong>
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={pending} onClick={onConfirm}>
          {t('partnershipStatus.terminate.confirm')}
        </button>
        <button type="button" className="button" disabled={pending} onClick={onBack}>
          {t('partnershipStatus.terminate.back')}
        </button>
      </div>
    </section>
  );
}
