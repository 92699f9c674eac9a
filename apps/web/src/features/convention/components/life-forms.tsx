import { RENEWAL_KINDS } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { useBringConventionIntoForce } from '../api/bring-convention-into-force';
import { useObjectToConventionRenewal } from '../api/object-to-convention-renewal';
import { useRenewConvention, type RenewConventionInput } from '../api/renew-convention';
import { useSuspendConvention } from '../api/suspend-convention';
import { conventionFormErrors } from './convention-form-errors';
import { DateInput } from '../../../components/ui/date-input';

interface LifeFormProps {
  partnershipId: string;
  /** The partnership version read. */
  version: number;
  onDone: (message: string) => void;
}

/** The first day in force; the API computes the expiry date from the signed duration. */
export function BringIntoForceForm({ partnershipId, version, onDone }: LifeFormProps) {
  const { t } = useTranslation();
  const bring = useBringConventionIntoForce(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [effectiveOn, setEffectiveOn] = useState('');
  useFocusFirstInvalidField(formRef, bring.error);
  const errors = conventionFormErrors(t, bring.error, ['effectiveOn']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    bring.mutate({ version, effectiveOn }, { onSuccess: () => onDone(t('convention.life.inForce')) });
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.BringConventionIntoForce')}
    >
      <FormAlert message={errors.form} />
      <Field
        label={t('convention.life.effectiveOn')}
        hint={t('convention.life.effectiveOnHint')}
        error={errors.fields.effectiveOn}
      >
        {(props) => (
          <DateInput {...props} name="effectiveOn" required value={effectiveOn} onChange={setEffectiveOn} />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={bring.isPending}>
        {t('convention.life.bringIntoForce')}
      </button>
    </form>
  );
}

/** The viewer's party objects to the tacit renewal, by the deadline the convention sets. */
export function ObjectToRenewalForm({
  partnershipId,
  version,
  deadline,
  onDone,
}: LifeFormProps & { deadline: string | null }) {
  const { t, i18n } = useTranslation();
  const object = useObjectToConventionRenewal(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [objectedOn, setObjectedOn] = useState('');
  useFocusFirstInvalidField(formRef, object.error);
  const errors = conventionFormErrors(t, object.error, ['objectedOn']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    object.mutate({ version, objectedOn }, { onSuccess: () => onDone(t('convention.life.objected')) });
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.ObjectToTacitRenewal')}
    >
      <p className="muted">
        {deadline
          ? t('convention.life.objectIntro', { date: formatCalendarDate(deadline, i18n.language) })
          : t('convention.life.objectIntroNoDate')}
      </p>
      <FormAlert message={errors.form} />
      <Field label={t('convention.life.objectedOn')} error={errors.fields.objectedOn}>
        {(props) => (
          <DateInput {...props} name="objectedOn" required value={objectedOn} onChange={setObjectedOn} />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={object.isPending}>
        {t('convention.life.object')}
      </button>
    </form>
  );
}

type RenewalKind = RenewConventionInput['kind'];

/** A tacit renewal on the expiry date, or an explicit one by the councils' decision with a new expiry date. */
export function RenewConventionForm({ partnershipId, version, onDone }: LifeFormProps) {
  const { t } = useTranslation();
  const renew = useRenewConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [kind, setKind] = useState<RenewalKind>('tacit');
  const [decisionRef, setDecisionRef] = useState('');
  const [newExpiresOn, setNewExpiresOn] = useState('');
  useFocusFirstInvalidField(formRef, renew.error);
  const errors = conventionFormErrors(t, renew.error, ['kind', 'decisionRef', 'newExpiresOn']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    renew.mutate(
      kind === 'explicit'
        ? { version, kind, decisionRef: decisionRef.trim(), newExpiresOn }
        : { version, kind },
      { onSuccess: () => onDone(t('convention.life.renewed')) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.RenewConvention')}
    >
      <FormAlert message={errors.form} />
      <fieldset className="field">
        <legend>{t('convention.life.renewalKind')}</legend>
        {RENEWAL_KINDS.map((candidate) => (
          <label key={candidate} className="field--checkbox">
            <input
              type="radio"
              name={`${ids}-kind`}
              value={candidate}
              checked={kind === candidate}
              onChange={() => setKind(candidate)}
            />{' '}
            {t(`convention.life.renewalKinds.${candidate}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'explicit' && (
        <div className="form__row">
          <Field label={t('convention.life.decisionRef')} error={errors.fields.decisionRef}>
            {(props) => (
              <input
                {...props}
                name="decisionRef"
                required
                maxLength={100}
                value={decisionRef}
                onChange={(event) => setDecisionRef(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('convention.life.newExpiresOn')} error={errors.fields.newExpiresOn}>
            {(props) => (
              <DateInput
                {...props}
                name="newExpiresOn"
                required
                value={newExpiresOn}
                onChange={setNewExpiresOn}
              />
            )}
          </Field>
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={renew.isPending}>
        {t('convention.life.renew')}
      </button>
    </form>
  );
}

/** Suspends the convention with a stated reason; the API tells the other parties by mail. */
export function SuspendConventionForm({ partnershipId, version, onDone }: LifeFormProps) {
  const { t } = useTranslation();
  const suspend = useSuspendConvention(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  useFocusFirstInvalidField(formRef, suspend.error);
  const errors = conventionFormErrors(t, suspend.error, ['reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    suspend.mutate(
      { version, reason: reason.trim() },
      { onSuccess: () => onDone(t('convention.life.suspended')) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('convention.life.moves.SuspendConvention')}
    >
      <FormAlert message={errors.form} />
      <Field
        label={t('convention.life.suspensionReason')}
        hint={t('convention.life.partiesTold')}
        error={errors.fields.reason}
      >
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
      <button type="submit" className="button button--primary" disabled={suspend.isPending}>
        {t('convention.life.suspend')}
      </button>
    </form>
  );
}
