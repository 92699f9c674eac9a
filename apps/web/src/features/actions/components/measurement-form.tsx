import { useRef, useState, type FormEvent } from 'react';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { ActionDetail, Indicator } from '../api/get-action';
import { useRecordMeasurement } from '../api/record-measurement';
import { actionFormErrors } from './action-form-errors';
import { browserToday, parseDecimal } from './action-texts';

const FIELDS = ['on', 'value', 'unit'] as const;

/**
 * Records a measurement of a co-validated indicator for the viewer's party: the day, the value and its unit,
 * which must be the indicator's (the API refuses another one, or a day before the action starts, and the
 * refusal shows at the field).
 */
export function MeasurementForm({
  partnershipId,
  detail,
  indicator,
}: {
  partnershipId: string;
  detail: ActionDetail;
  indicator: Indicator;
}) {
  const { t } = useTranslation();
  const record = useRecordMeasurement(partnershipId, detail.action.id);
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(browserToday);
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState(indicator.unit);
  const [local, setLocal] = useState<FormErrors | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const errors = local ?? actionFormErrors(t, record.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? record.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const number = parseDecimal(value);
    if (number === undefined) {
      record.reset();
      setLocal({ fields: { value: t('actions.numberRequired') }, form: t('validation.summary') });
      return;
    }
    setLocal(undefined);
    const body = { on, value: number, unit: unit.trim() };
    record.mutate(
      { indicatorId: indicator.id, body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: () => {
          keys.settle();
          setNotice(t('actions.indicators.measurementForm.done'));
          setValue('');
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--compact action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.indicators.measurementForm.label', { name: indicator.name })}
    >
      <FormAlert message={errors.form} />
      <FormSuccess message={notice} />
      <div className="form__row">
        <Field label={t('actions.indicators.measurementForm.on')} error={errors.fields.on}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="on"
              required
              value={on}
              onChange={(event) => setOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('actions.indicators.measurementForm.value')} error={errors.fields.value}>
          {(props) => (
            <input
              {...props}
              name="value"
              inputMode="decimal"
              required
              autoComplete="off"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('actions.indicators.measurementForm.unit')}
          hint={t('actions.indicators.measurementForm.unitHint', { unit: indicator.unit })}
          error={errors.fields.unit}
        >
          {(props) => (
            <input
              {...props}
              name="unit"
              required
              maxLength={40}
              autoComplete="off"
              value={unit}
              onChange={(event) => setUnit(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary button--small" disabled={record.isPending}>
          {t('actions.indicators.measurementForm.submit')}
        </button>
      </div>
    </form>
  );
}
