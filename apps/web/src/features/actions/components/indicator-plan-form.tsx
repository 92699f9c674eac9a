import {
  DISAGGREGATION_PRESETS,
  INDICATOR_KINDS,
  REPORTING_FREQUENCIES,
  reportingPeriodsBetween,
  type IndicatorKind,
  type ReportingFrequency,
} from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { ActionDetail, Indicator } from '../api/get-action';
import { usePlanIndicator } from '../api/plan-indicator';
import { actionFormErrors } from './action-form-errors';
import { parseDecimal } from './action-texts';
import { CheckboxGroup } from './checkbox-group';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['kind', 'frequency', 'periods', 'disaggregations'] as const;
const PRESET_DIMENSIONS = ['sex', 'age_group'] as const;

interface PeriodRow {
  startsOn: string;
  endsOn: string;
  target: string;
  baseline: string;
}

const rowOf = (period: Indicator['periods'][number]): PeriodRow => ({
  startsOn: period.startsOn,
  endsOn: period.endsOn,
  target: String(period.target),
  baseline: period.baseline === null ? '' : String(period.baseline),
});

/**
 * Plans how an indicator is reported: how a period's actual is computed, its periods — cut from the action's
 * dates by year, half-year or quarter, or set one by one — each with its target (and baseline when it is
 * not the indicator's), and whether measurements are split by sex or age group. Saving a changed plan asks
 * the other side to validate the indicator again, as the form says.
 */
export function IndicatorPlanForm({
  partnershipId,
  detail,
  indicator,
  onDone,
}: {
  partnershipId: string;
  detail: ActionDetail;
  indicator: Indicator;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanIndicator(partnershipId, detail.action.id);
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<IndicatorKind>(
    isOneOf(INDICATOR_KINDS, indicator.kind) ? indicator.kind : 'level',
  );
  const [frequency, setFrequency] = useState<ReportingFrequency>(
    indicator.frequency !== null && isOneOf(REPORTING_FREQUENCIES, indicator.frequency)
      ? indicator.frequency
      : 'yearly',
  );
  const [rows, setRows] = useState<PeriodRow[]>(indicator.periods.map(rowOf));
  const [split, setSplit] = useState<string[]>(indicator.disaggregations.map((d) => d.dimension));
  const [local, setLocal] = useState<FormErrors | undefined>();
  const errors = local ?? actionFormErrors(t, plan.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? plan.error);
  const { startsOn, endsOn } = detail.action;

  const cut = () => {
    if (frequency === 'custom' || !startsOn || !endsOn) return;
    setRows(
      reportingPeriodsBetween(frequency, startsOn, endsOn).map((period) => ({
        ...period,
        target: '',
        baseline: '',
      })),
    );
  };
  const setRowValue = (index: number, field: keyof PeriodRow) => (value: string) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  const setRow = (index: number, field: keyof PeriodRow) => (event: { target: { value: string } }) =>
    setRowValue(index, field)(event.target.value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const periods = rows.map((row) => ({
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      target: parseDecimal(row.target),
      baseline: row.baseline.trim() === '' ? null : (parseDecimal(row.baseline) ?? Number.NaN),
    }));
    if (periods.some((period) => period.target === undefined || Number.isNaN(period.baseline))) {
      plan.reset();
      setLocal({ fields: { periods: t('actions.numberRequired') }, form: t('validation.summary') });
      return;
    }
    setLocal(undefined);
    plan.mutate(
      {
        indicatorId: indicator.id,
        version: indicator.version,
        kind,
        frequency: periods.length === 0 ? null : frequency,
        periods: periods.map((period) => ({ ...period, target: period.target ?? 0 })),
        // The presets, or a dimension the plan already had with its own categories.
        disaggregations: split.map((dimension) => ({
          dimension,
          categories: [
            ...(isOneOf(PRESET_DIMENSIONS, dimension)
              ? DISAGGREGATION_PRESETS[dimension]
              : (indicator.disaggregations.find((d) => d.dimension === dimension)?.categories ?? [])),
          ],
        })),
      },
      { onSuccess: () => onDone(t('indicatorPeriods.plan.done')) },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--compact action-form indicator-plan"
      onSubmit={submit}
      noValidate
      aria-label={t('indicatorPeriods.plan.label', { name: indicator.name })}
    >
      <p className="muted">{t('indicatorPeriods.plan.intro')}</p>
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field label={t('indicatorPeriods.kind')} error={errors.fields.kind}>
          {(props) => (
            <select
              {...props}
              name="kind"
              value={kind}
              onChange={(event) => {
                if (isOneOf(INDICATOR_KINDS, event.target.value)) setKind(event.target.value);
              }}
            >
              {INDICATOR_KINDS.map((code) => (
                <option key={code} value={code}>
                  {t(`indicatorPeriods.kinds.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('indicatorPeriods.frequency')} error={errors.fields.frequency}>
          {(props) => (
            <select
              {...props}
              name="frequency"
              value={frequency}
              onChange={(event) => {
                if (isOneOf(REPORTING_FREQUENCIES, event.target.value)) setFrequency(event.target.value);
              }}
            >
              {REPORTING_FREQUENCIES.map((code) => (
                <option key={code} value={code}>
                  {t(`indicatorPeriods.frequencies.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        {frequency !== 'custom' &&
          (startsOn && endsOn ? (
            <button type="button" className="button button--small" onClick={cut}>
              {t('indicatorPeriods.plan.generate')}
            </button>
          ) : (
            <p className="muted">{t('indicatorPeriods.plan.needsDates')}</p>
          ))}
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setFrequency('custom');
            setRows((current) => [...current, { startsOn: '', endsOn: '', target: '', baseline: '' }]);
          }}
        >
          {t('indicatorPeriods.plan.addPeriod')}
        </button>
      </div>
      {errors.fields.periods && <p className="field__error">{errors.fields.periods}</p>}
      {rows.map((row, index) => (
        <fieldset key={index} className="indicator-plan__period">
          <legend>{t('indicatorPeriods.plan.periodLegend', { index: index + 1 })}</legend>
          <div className="form__row">
            <Field label={t('indicatorPeriods.plan.startsOn')}>
              {(props) => (
                <DateInput {...props} value={row.startsOn} onChange={setRowValue(index, 'startsOn')} />
              )}
            </Field>
            <Field label={t('indicatorPeriods.plan.endsOn')}>
              {(props) => <DateInput {...props} value={row.endsOn} onChange={setRowValue(index, 'endsOn')} />}
            </Field>
            <Field label={t('indicatorPeriods.plan.target')}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.target}
                  onChange={setRow(index, 'target')}
                />
              )}
            </Field>
            <Field label={t('indicatorPeriods.plan.baseline')}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.baseline}
                  onChange={setRow(index, 'baseline')}
                />
              )}
            </Field>
          </div>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setFrequency('custom');
              setRows((current) => current.filter((_, at) => at !== index));
            }}
          >
            {t('indicatorPeriods.plan.removePeriod', { index: index + 1 })}
          </button>
        </fieldset>
      ))}
      <CheckboxGroup
        legend={t('indicatorPeriods.plan.disaggregations')}
        error={errors.fields.disaggregations}
        options={[
          { value: 'sex', label: t('indicatorPeriods.plan.bySex') },
          { value: 'age_group', label: t('indicatorPeriods.plan.byAge') },
        ]}
        value={split}
        onChange={setSplit}
      />
      <div className="actions">
        <button type="submit" className="button button--primary button--small" disabled={plan.isPending}>
          {t('indicatorPeriods.plan.submit')}
        </button>
      </div>
    </form>
  );
}
