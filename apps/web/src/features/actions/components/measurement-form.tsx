import { useRef, useState, type FormEvent } from 'react';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { Indicator } from '../api/get-action';
import type { ActionFormProps } from './action-header';
import { useRecordMeasurement } from '../api/record-measurement';
import { actionFormErrors } from './action-form-errors';
import { browserToday, formatNumber, parseDecimal } from './action-texts';
import { storedFileUrl, type StoredFile } from '../../files/api/upload-file';
import { FileUploadField } from '../../files/components/file-upload-field';
import { categoryLabel, dimensionLabel } from './indicator-chart';
import { OfflinePhotoField } from '../../offline/components/offline-photo-field';
import { useOfflineAppend } from '../../offline/outbox/use-offline-append';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['on', 'value', 'unit', 'breakdown', 'evidenceIds'] as const;

/**
 * Records a measurement of a co-validated indicator for the viewer's party: the day, the value and its unit,
 * which must be the indicator's (the API refuses another one, or a day before the action starts, and the
 * refusal shows at the field); its split by each of the indicator's dimensions, which must add up to the
 * value (the form shows the running total); and evidence files, each uploaded as soon as it is chosen.
 * `onDone` says the measurement is recorded or queued on the device.
 */
export function MeasurementForm({
  partnershipId,
  detail,
  indicator,
  onDone,
}: ActionFormProps & { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const record = useRecordMeasurement(partnershipId, detail.action.id);
  const offline = useOfflineAppend();
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(browserToday);
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState(indicator.unit);
  const [shares, setShares] = useState<Record<string, string>>({});
  const [evidence, setEvidence] = useState<StoredFile[]>([]);
  // Evidence chosen without a connection: kept on the device, uploaded by the outbox before the measurement.
  const [localEvidence, setLocalEvidence] = useState<File[]>([]);
  const [chooserKey, setChooserKey] = useState(0);
  const [local, setLocal] = useState<FormErrors | undefined>();
  const errors = local ?? actionFormErrors(t, record.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? record.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = parseDecimal(value);
    if (number === undefined) {
      record.reset();
      setLocal({ fields: { value: t('actions.numberRequired') }, form: t('validation.summary') });
      return;
    }
    const breakdown = breakdownOf(indicator, shares);
    if (breakdown === undefined) {
      record.reset();
      setLocal({ fields: { breakdown: t('actions.numberRequired') }, form: t('validation.summary') });
      return;
    }
    setLocal(undefined);
    const body = {
      on,
      value: number,
      unit: unit.trim(),
      breakdown,
      evidenceIds: evidence.map((file) => file.id),
    };
    const cleared = (message: string) => {
      keys.settle();
      onDone(message);
    };
    const idempotencyKey = keys.keyFor(body);
    const draft = {
      kind: 'measurement' as const,
      target: { partnershipId, actionId: detail.action.id, indicatorId: indicator.id },
      body,
      photos: localEvidence.map((file) => ({ name: file.name, type: file.type, blob: file })),
      summary: `${indicator.name} — ${value.trim()} ${body.unit}`,
      idempotencyKey,
    };
    if (offline.queuesNow(localEvidence.length > 0)) {
      void offline.queue(draft).then(() => cleared(t('offline.queued')));
      return;
    }
    record.mutate(
      { indicatorId: indicator.id, body, idempotencyKey },
      {
        onSuccess: () => cleared(t('actions.indicators.measurementForm.done')),
        onError: (error) =>
          void offline.queueAfterFailure(error, draft).then((queued) => {
            if (!queued) return;
            record.reset();
            cleared(t('offline.queued'));
          }),
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
      <div className="form__row">
        <Field label={t('actions.indicators.measurementForm.on')} error={errors.fields.on}>
          {(props) => <DateInput {...props} name="on" required value={on} onChange={setOn} />}
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
      {indicator.disaggregations.map(({ dimension, categories }) => {
        const total = categories.reduce(
          (sum, category) => sum + (parseDecimal(shares[`${dimension}:${category}`] ?? '') ?? 0),
          0,
        );
        return (
          <fieldset key={dimension} className="field measurement-breakdown">
            <legend>
              {t('indicatorPeriods.measurement.breakdownLegend', { dimension: dimensionLabel(t, dimension) })}
            </legend>
            <div className="form__row">
              {categories.map((category) => (
                <Field key={category} label={categoryLabel(t, category)}>
                  {(props) => (
                    <input
                      {...props}
                      inputMode="decimal"
                      autoComplete="off"
                      value={shares[`${dimension}:${category}`] ?? ''}
                      onChange={(event) =>
                        setShares((current) => ({
                          ...current,
                          [`${dimension}:${category}`]: event.target.value,
                        }))
                      }
                    />
                  )}
                </Field>
              ))}
            </div>
            <p className="field__hint" aria-live="polite">
              {t('indicatorPeriods.measurement.breakdownSum', {
                sum: formatNumber(total, i18n.language),
                value: value.trim() === '' ? '—' : value,
              })}
            </p>
          </fieldset>
        );
      })}
      {errors.fields.breakdown && <p className="field__error">{errors.fields.breakdown}</p>}
      <fieldset className="field">
        <legend>{t('indicatorPeriods.measurement.evidenceLegend')}</legend>
        {evidence.length === 0 ? (
          <p className="muted">{t('indicatorPeriods.measurement.noEvidence')}</p>
        ) : (
          <ul className="plain-list action-attachments">
            {evidence.map((file) => (
              <li key={file.id} className="link-line">
                <a href={storedFileUrl(partnershipId, file.id)}>{file.name}</a>{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setEvidence((current) => current.filter((other) => other.id !== file.id))}
                >
                  {t('indicatorPeriods.measurement.remove', { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {offline.available && (!offline.online || localEvidence.length > 0) ? (
          <OfflinePhotoField
            label={t('indicatorPeriods.measurement.attach')}
            files={localEvidence}
            onChange={setLocalEvidence}
          />
        ) : (
          <FileUploadField
            key={chooserKey}
            partnershipId={partnershipId}
            label={t('indicatorPeriods.measurement.attach')}
            hint={t('indicatorPeriods.measurement.attachHint')}
            file={undefined}
            onChange={(file) => {
              if (!file) return;
              setEvidence((current) => [...current, file]);
              setChooserKey((key) => key + 1);
            }}
          />
        )}
        {errors.fields.evidenceIds && <p className="field__error">{errors.fields.evidenceIds}</p>}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary button--small" disabled={record.isPending}>
          {t('actions.indicators.measurementForm.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The shares typed, as the API takes them: the categories given of each dimension (a dimension left empty is
 * not sent); undefined when a share is not a number.
 */
function breakdownOf(
  indicator: Indicator,
  shares: Record<string, string>,
): Array<{ dimension: string; category: string; value: number }> | undefined {
  const breakdown: Array<{ dimension: string; category: string; value: number }> = [];
  for (const { dimension, categories } of indicator.disaggregations)
    for (const category of categories) {
      const typed = (shares[`${dimension}:${category}`] ?? '').trim();
      if (typed === '') continue;
      const share = parseDecimal(typed);
      if (share === undefined) return undefined;
      breakdown.push({ dimension, category, value: share });
    }
  return breakdown;
}
