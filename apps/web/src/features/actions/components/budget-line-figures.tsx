import { ODA_CHANNELS } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { BudgetLine } from '../api/get-action';
import { useReviseBudgetLine } from '../api/revise-budget-line';
import { actionFormErrors } from './action-form-errors';
import { parseDecimal } from './action-texts';

const FIELDS = [
  'periodStartsOn',
  'periodEndsOn',
  'channel',
  'eurRate',
  'committedAmount',
  'committedOn',
  'paidAmount',
  'paidOn',
] as const;
type FigureField = (typeof FIELDS)[number];
type Channel = (typeof ODA_CHANNELS)[number];

const text = (value: number | string | null) => (value === null ? '' : String(value));

/**
 * A budget line's figures for the official outputs: the year or period it funds, how the money reaches the
 * partner, the rate to the euro recorded on the line, and what was committed and paid, with their dates.
 */
export function BudgetLineFigures({
  partnershipId,
  actionId,
  line,
  canRun,
}: {
  partnershipId: string;
  actionId: string;
  line: BudgetLine;
  canRun: boolean;
}) {
  const { t } = useTranslation();
  const revise = useReviseBudgetLine(partnershipId, actionId);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<FigureField, string>>({
    periodStartsOn: text(line.periodStartsOn),
    periodEndsOn: text(line.periodEndsOn),
    channel: text(line.channel),
    eurRate: text(line.eurRate),
    committedAmount: text(line.committedAmount),
    committedOn: text(line.committedOn),
    paidAmount: text(line.paidAmount),
    paidOn: text(line.paidOn),
  });
  const [local, setLocal] = useState<FormErrors | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const errors = local ?? actionFormErrors(t, revise.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? revise.error);
  const set = (field: FigureField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const numbers = {
      eurRate: values.eurRate,
      committedAmount: values.committedAmount,
      paidAmount: values.paidAmount,
    };
    const invalid = Object.entries(numbers).filter(
      ([, value]) => value !== '' && parseDecimal(value) === undefined,
    );
    if (invalid.length > 0) {
      revise.reset();
      setLocal({
        fields: Object.fromEntries(invalid.map(([field]) => [field, t('actions.numberRequired')])),
        form: t('validation.summary'),
      });
      return;
    }
    setLocal(undefined);
    const number = (value: string) => (value === '' ? null : (parseDecimal(value) ?? null));
    const day = (value: string) => (value === '' ? null : value);
    revise.mutate(
      {
        lineId: line.id,
        version: line.version,
        periodStartsOn: day(values.periodStartsOn),
        periodEndsOn: day(values.periodEndsOn),
        channel: isOneOf(ODA_CHANNELS, values.channel) ? values.channel : null,
        eurRate: number(values.eurRate),
        committedAmount: number(values.committedAmount),
        committedOn: day(values.committedOn),
        paidAmount: number(values.paidAmount),
        paidOn: day(values.paidOn),
      },
      { onSuccess: () => setNotice(t('oda.line.done')) },
    );
  };

  const dateField = (field: FigureField, label: string) => (
    <Field label={label} error={errors.fields[field]}>
      {(props) => (
        <input
          {...props}
          type="date"
          name={field}
          readOnly={!canRun}
          value={values[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      )}
    </Field>
  );
  const numberField = (field: FigureField, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors.fields[field]}>
      {(props) => (
        <input
          {...props}
          name={field}
          inputMode="decimal"
          autoComplete="off"
          readOnly={!canRun}
          value={values[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <details className="budget-line-figures">
      <summary>{t('oda.line.summary', { funder: line.funderName })}</summary>
      <form ref={formRef} className="form form--nested" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess message={notice} />
        <div className="form__row">
          {dateField('periodStartsOn', t('oda.line.periodStartsOn'))}
          {dateField('periodEndsOn', t('oda.line.periodEndsOn'))}
        </div>
        <div className="form__row">
          <Field label={t('oda.line.channel')} error={errors.fields.channel}>
            {(props) => (
              <select
                {...props}
                name="channel"
                disabled={!canRun}
                value={values.channel}
                onChange={(event) => set('channel')(event.target.value as Channel | '')}
              >
                <option value="">{t('oda.line.unstated')}</option>
                {ODA_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`oda.channels.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {numberField(
            'eurRate',
            t('oda.line.eurRate', { currency: line.currency }),
            t('oda.line.eurRateHint'),
          )}
        </div>
        <div className="form__row">
          {numberField('committedAmount', t('oda.line.committedAmount', { currency: line.currency }))}
          {dateField('committedOn', t('oda.line.committedOn'))}
        </div>
        <div className="form__row">
          {numberField('paidAmount', t('oda.line.paidAmount', { currency: line.currency }))}
          {dateField('paidOn', t('oda.line.paidOn'))}
        </div>
        {canRun && (
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={revise.isPending}>
              {t('oda.line.submit')}
            </button>
          </div>
        )}
      </form>
    </details>
  );
}
