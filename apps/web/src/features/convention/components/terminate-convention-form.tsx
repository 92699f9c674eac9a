import { ACTION_FATES, isBindingConventionState } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { Convention, ConventionStep, OngoingAction } from '../api/get-convention';
import { useTerminateConvention, type TerminateConventionInput } from '../api/terminate-convention';
import { conventionFormErrors } from './convention-form-errors';
import { termsInForce } from './convention-texts';
import { DateInput } from '../../../components/ui/date-input';

type Fate = TerminateConventionInput['actionDecisions'][number]['fate'];

const FIELDS = ['reason', 'noticeGivenOn', 'effectiveOn', 'actionDecisions'] as const;

/** The select of one ongoing action, where its missing decision is shown. */
function decisionField(actionId: string): string {
  return `actionDecisions.${actionId}`;
}

/**
 * Ends a binding convention in order — the reason, the day the partners were given notice, the day it takes
 * effect (at least the convention's notice later) and what becomes of every ongoing action — or abandons a
 * convention not yet signed, with its reason and day. The other parties are told by mail.
 */
export function TerminateConventionForm({
  partnershipId,
  step,
  convention,
  onDone,
}: {
  partnershipId: string;
  step: ConventionStep;
  convention: Convention;
  onDone: (message: string) => void;
}) {
  const binding = isBindingConventionState(convention.state);
  return binding ? (
    <BindingTermination partnershipId={partnershipId} step={step} convention={convention} onDone={onDone} />
  ) : (
    <Abandonment partnershipId={partnershipId} version={step.version} onDone={onDone} />
  );
}

function BindingTermination({
  partnershipId,
  step,
  convention,
  onDone,
}: {
  partnershipId: string;
  step: ConventionStep;
  convention: Convention;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const terminate = useTerminateConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [noticeGivenOn, setNoticeGivenOn] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [fates, setFates] = useState<Record<string, Fate | ''>>({});
  const [local, setLocal] = useState<{ errors: FormErrors } | undefined>();
  const errors = local?.errors ?? conventionFormErrors(t, terminate.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? terminate.error);
  const noticeDays = termsInForce(convention)?.terminationNoticeDays;
  const actions = step.ongoingActions;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Every ongoing action needs a decision: never cut a project silently.
    const undecided = actions.filter((action) => !fates[action.id]);
    if (undecided.length > 0) {
      terminate.reset();
      setLocal({
        errors: {
          fields: Object.fromEntries(
            undecided.map((action) => [decisionField(action.id), t('convention.terminate.decisionRequired')]),
          ),
          form: t('validation.summary'),
        },
      });
      return;
    }
    setLocal(undefined);
    terminate.mutate(
      {
        version: step.version,
        reason: reason.trim(),
        noticeGivenOn,
        effectiveOn,
        actionDecisions: actions.flatMap((action) => {
          const fate = fates[action.id];
          return fate ? [{ actionId: action.id, fate }] : [];
        }),
      },
      { onSuccess: () => onDone(t('convention.terminate.done')) },
    );
  };

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.TerminateConvention')}
    >
      <p className="muted">{t('convention.life.partiesTold')}</p>
      <FormAlert message={errors.form} />
      <Field label={t('convention.terminate.reason')} error={errors.fields.reason}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={3}
            maxLength={4000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('convention.terminate.noticeGivenOn')}
          hint={t('convention.terminate.noticeGivenOnHint')}
          error={errors.fields.noticeGivenOn}
        >
          {(props) => (
            <DateInput
              {...props}
              name="noticeGivenOn"
              required
              value={noticeGivenOn}
              onChange={setNoticeGivenOn}
            />
          )}
        </Field>
        <Field
          label={t('convention.terminate.effectiveOn')}
          hint={
            noticeDays !== undefined
              ? t('convention.terminate.effectiveOnHint', { count: noticeDays })
              : undefined
          }
          error={errors.fields.effectiveOn}
        >
          {(props) => (
            <DateInput {...props} name="effectiveOn" required value={effectiveOn} onChange={setEffectiveOn} />
          )}
        </Field>
      </div>
      <ActionDecisions
        actions={actions}
        fates={fates}
        errors={errors}
        onChange={(actionId, fate) => setFates((current) => ({ ...current, [actionId]: fate }))}
      />
      <button type="submit" className="button button--primary" disabled={terminate.isPending}>
        {t('convention.terminate.submit')}
      </button>
    </form>
  );
}

/** One select per ongoing action, none chosen in advance: the fate of a project is a decision. */
function ActionDecisions({
  actions,
  fates,
  errors,
  onChange,
}: {
  actions: readonly OngoingAction[];
  fates: Record<string, Fate | ''>;
  errors: FormErrors;
  onChange: (actionId: string, fate: Fate | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="field convention-form__decisions">
      <legend>{t('convention.terminate.decisions')}</legend>
      {errors.fields.actionDecisions && <p className="field__error">{errors.fields.actionDecisions}</p>}
      {actions.length === 0 ? (
        <p className="muted">{t('convention.terminate.noOngoingAction')}</p>
      ) : (
        actions.map((action) => (
          <Field
            key={action.id}
            label={t('convention.terminate.decisionFor', { title: action.title })}
            hint={t(`convention.terminate.actionStatuses.${action.status}`)}
            error={errors.fields[decisionField(action.id)]}
          >
            {(props) => (
              <select
                {...props}
                name={decisionField(action.id)}
                required
                value={fates[action.id] ?? ''}
                onChange={(event) => {
                  const next = event.target.value;
                  onChange(action.id, isOneOf(ACTION_FATES, next) ? next : '');
                }}
              >
                <option value="">{t('convention.terminate.chooseFate')}</option>
                {ACTION_FATES.map((fate) => (
                  <option key={fate} value={fate}>
                    {t(`convention.terminate.fates.${fate}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))
      )}
    </fieldset>
  );
}

/**
 * A convention not yet signed binds nobody: abandoning it takes a reason and a day. The request still
 * carries the two dates a termination has; that day stands for both.
 */
function Abandonment({
  partnershipId,
  version,
  onDone,
}: {
  partnershipId: string;
  version: number;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const terminate = useTerminateConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [abandonedOn, setAbandonedOn] = useState('');
  useFocusFirstInvalidField(formRef, terminate.error);
  const refused = conventionFormErrors(t, terminate.error, FIELDS);
  const dateError = refused.fields.noticeGivenOn ?? refused.fields.effectiveOn;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    terminate.mutate(
      {
        version,
        reason: reason.trim(),
        noticeGivenOn: abandonedOn,
        effectiveOn: abandonedOn,
        actionDecisions: [],
      },
      { onSuccess: () => onDone(t('convention.abandon.done')) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.abandon')}
    >
      <p className="muted">{t('convention.abandon.intro')}</p>
      <FormAlert message={refused.form} />
      <Field label={t('convention.abandon.reason')} error={refused.fields.reason}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={3}
            maxLength={4000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('convention.abandon.abandonedOn')} error={dateError}>
        {(props) => (
          <DateInput {...props} name="abandonedOn" required value={abandonedOn} onChange={setAbandonedOn} />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={terminate.isPending}>
        {t('convention.abandon.submit')}
      </button>
    </form>
  );
}
