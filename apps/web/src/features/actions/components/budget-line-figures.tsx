import { ODA_CHANNELS } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { isOneOf } from '../../../lib/is-one-of';
import type { BudgetLine } from '../api/get-action';
import { useReviseBudgetLine } from '../api/revise-budget-line';
import { actionFormErrors } from './action-form-errors';
import { formatAmount, formatDay, formatNumber, parseDecimal } from './action-texts';
import { DateInput } from '../../../components/ui/date-input';

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

interface LineProps {
  partnershipId: string;
  actionId: string;
  line: BudgetLine;
}

/**
 * A budget line's figures for the official outputs: the year or period it funds, how the money reaches the
 * partner, the rate to the euro recorded on the line, and what was committed and paid, with their dates.
 * Those who run the action change them in a dialog; the others read them behind a disclosure.
 */
export function BudgetLineFigures({ canRun, ...target }: LineProps & { canRun: boolean }) {
  const { t, i18n } = useTranslation();
  // Two lines of one funder are told apart by their amount.
  const title = t('oda.line.summary', {
    funder: target.line.funderName,
    amount: formatAmount(target.line.amount, target.line.currency, i18n.language),
  });
  if (!canRun)
    return (
      <details className="budget-line-figures">
        <summary>{title}</summary>
        <LineFiguresText line={target.line} />
      </details>
    );
  return (
    <div className="budget-line-act">
      <FormDialog openLabel={title} title={title}>
        {(done) => <LineFiguresForm {...target} onDone={done} />}
      </FormDialog>
    </div>
  );
}

/** The figures as text, each one "—" until stated. */
function LineFiguresText({ line }: { line: BudgetLine }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const day = (value: string | null) => (value === null ? '—' : formatDay(value, language));
  const amount = (value: number | null) =>
    value === null ? '—' : formatAmount(value, line.currency, language);
  return (
    <dl className="action-facts">
      <dt>{t('oda.line.periodStartsOn')}</dt>
      <dd>{day(line.periodStartsOn)}</dd>
      <dt>{t('oda.line.periodEndsOn')}</dt>
      <dd>{day(line.periodEndsOn)}</dd>
      <dt>{t('oda.line.channel')}</dt>
      <dd>{line.channel === null ? t('oda.line.unstated') : t(`oda.channels.${line.channel}`)}</dd>
      <dt>{t('oda.line.eurRate', { currency: line.currency })}</dt>
      <dd>{line.eurRate === null ? '—' : formatNumber(line.eurRate, language)}</dd>
      <dt>{t('oda.line.committedAmount', { currency: line.currency })}</dt>
      <dd>{amount(line.committedAmount)}</dd>
      <dt>{t('oda.line.committedOn')}</dt>
      <dd>{day(line.committedOn)}</dd>
      <dt>{t('oda.line.paidAmount', { currency: line.currency })}</dt>
      <dd>{amount(line.paidAmount)}</dd>
      <dt>{t('oda.line.paidOn')}</dt>
      <dd>{day(line.paidOn)}</dd>
    </dl>
  );
}

/** The figures' form; `onDone` says the line is saved. */
function LineFiguresForm({
  partnershipId,
  actionId,
  line,
  onDone,
}: LineProps & { onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
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
  const errors = local ?? actionFormErrors(t, revise.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? revise.error);
  const set = (field: FigureField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
      { onSuccess: () => onDone(t('oda.line.done')) },
    );
  };

  const dateField = (field: FigureField, label: string) => (
    <Field label={label} error={errors.fields[field]}>
      {(props) => <DateInput {...props} name={field} value={values[field]} onChange={set(field)} />}
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
          value={values[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="form form--nested"
      onSubmit={submit}
      noValidate
      aria-label={t('oda.line.summary', {
        funder: line.funderName,
        amount: formatAmount(line.amount, line.currency, i18n.language),
      })}
    >
      <FormAlert message={errors.form} />
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
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={revise.isPending}>
          {t('oda.line.submit')}
        </button>
      </div>
    </form>
  );
}
