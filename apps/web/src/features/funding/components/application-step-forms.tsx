import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { AmountField, DateField, Field, FormAlert } from '../../../components/ui/form';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import {
  type ApplicationStep,
  useApplicationStep,
  useDecideApplication,
  usePlanReport,
  usePlanTranche,
  useReceiveTranche,
  useSubmitReport,
} from '../api/application-writes';
import type { FunderReport, FundingApplication, PaymentTranche } from '../api/get-action-funding';
import { browserToday, parseAmount } from './funding-format';

interface Target {
  partnershipId: string;
  actionId: string;
  application: FundingApplication;
}

/** A form of a dialog: `onDone(message)` closes it once the write succeeded. */
interface DialogForm extends Target {
  onDone: (message: string) => void;
}

/** Submits a draft, or withdraws a draft, a submission or a grant, on a date. */
export function ApplicationStepForm({
  partnershipId,
  actionId,
  application,
  step: which,
  onDone,
}: DialogForm & { step: ApplicationStep }) {
  const { t } = useTranslation();
  const step = useApplicationStep(partnershipId, actionId);
  const [on, setOn] = useState(browserToday);
  const errors = describeFormErrors(t, step.error, ['on']);
  const submission = which === 'submission';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    step.mutate(
      { applicationId: application.id, step: which, body: { version: application.version, on } },
      {
        onSuccess: () =>
          onDone(t(submission ? 'actionFunding.stepForm.submitted' : 'actionFunding.stepForm.withdrawn')),
      },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      aria-label={t(
        submission ? 'actionFunding.stepForm.submitTitle' : 'actionFunding.stepForm.withdrawTitle',
        { call: application.call.name },
      )}
      onSubmit={submit}
    >
      <FormAlert message={errors.form} />
      <DateField
        label={t('actionFunding.stepForm.on')}
        value={on}
        onChange={setOn}
        error={errors.fields.on}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={step.isPending}>
          {t(submission ? 'actionFunding.stepForm.submit' : 'actionFunding.stepForm.withdraw')}
        </button>
      </div>
    </form>
  );
}

/** The funder's decision on a submitted application: granted with an amount and conditions, or refused. */
export function DecisionForm({ partnershipId, actionId, application, onDone }: DialogForm) {
  const { t } = useTranslation();
  const decide = useDecideApplication(partnershipId, actionId);
  const [outcome, setOutcome] = useState<'granted' | 'refused'>('granted');
  const [on, setOn] = useState(browserToday);
  const [amount, setAmount] = useState(String(application.requestedAmount));
  const [conditions, setConditions] = useState('');
  const [local, setLocal] = useState<string>();
  const errors = describeFormErrors(t, decide.error, ['on', 'grantedAmount', 'conditions']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const grantedAmount = outcome === 'granted' ? parseAmount(amount) : undefined;
    if (outcome === 'granted' && grantedAmount === undefined) return setLocal(t('validation.invalid'));
    setLocal(undefined);
    decide.mutate(
      {
        applicationId: application.id,
        body: {
          version: application.version,
          outcome,
          on,
          conditions,
          ...(grantedAmount ? { grantedAmount } : {}),
        },
      },
      { onSuccess: () => onDone(t('actionFunding.decisionForm.done')) },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={submit}
      aria-label={t('actionFunding.decisionForm.label', { call: application.call.name })}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field label={t('actionFunding.decisionForm.outcome')}>
          {(props) => (
            <select
              {...props}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as 'granted' | 'refused')}
            >
              <option value="granted">{t('actionFunding.decisionForm.granted')}</option>
              <option value="refused">{t('actionFunding.decisionForm.refused')}</option>
            </select>
          )}
        </Field>
        <DateField
          label={t('actionFunding.decisionForm.on')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
        />
        {outcome === 'granted' && (
          <AmountField
            label={t('actionFunding.decisionForm.amount')}
            value={amount}
            onChange={setAmount}
            error={local ?? errors.fields.grantedAmount}
          />
        )}
      </div>
      <Field label={t('actionFunding.decisionForm.conditions')} error={errors.fields.conditions}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={4000}
            value={conditions}
            onChange={(e) => setConditions(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={decide.isPending}>
          {t('actionFunding.decisionForm.submit')}
        </button>
      </div>
    </form>
  );
}

/** Adds a tranche expected on a grant (appended once, whatever the retries). */
export function TrancheForm({ partnershipId, actionId, application, onDone }: DialogForm) {
  const { t } = useTranslation();
  const plan = usePlanTranche(partnershipId, actionId);
  const keys = useRef(new IdempotencyKeys()).current;
  const [label, setLabel] = useState('');
  const [expectedOn, setExpectedOn] = useState(browserToday);
  const [amount, setAmount] = useState('');
  const [local, setLocal] = useState<string>();
  const errors = describeFormErrors(t, plan.error, ['label', 'expectedOn', 'expectedAmount']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const expectedAmount = parseAmount(amount);
    if (expectedAmount === undefined) return setLocal(t('validation.invalid'));
    setLocal(undefined);
    const body = { label: label.trim(), expectedOn, expectedAmount };
    plan.mutate(
      { applicationId: application.id, body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: () => {
          keys.settle();
          onDone(t('actionFunding.tranches.done'));
        },
      },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={submit}
      aria-label={t('actionFunding.tranches.addLabel', { call: application.call.name })}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field label={t('actionFunding.tranches.name')} error={errors.fields.label}>
          {(props) => (
            <input
              {...props}
              required
              maxLength={200}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
            />
          )}
        </Field>
        <DateField
          label={t('actionFunding.tranches.expectedOn')}
          value={expectedOn}
          onChange={setExpectedOn}
          error={errors.fields.expectedOn}
        />
        <AmountField
          label={t('actionFunding.tranches.expectedAmount')}
          value={amount}
          onChange={setAmount}
          error={local ?? errors.fields.expectedAmount}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={plan.isPending}>
          {t('actionFunding.tranches.add')}
        </button>
      </div>
    </form>
  );
}

/** What the funder paid of a tranche, and when. */
export function ReceiptForm({
  partnershipId,
  actionId,
  application,
  tranche,
  onDone,
}: DialogForm & { tranche: PaymentTranche }) {
  const { t } = useTranslation();
  const receive = useReceiveTranche(partnershipId, actionId);
  const [on, setOn] = useState(browserToday);
  const [amount, setAmount] = useState(String(tranche.expectedAmount));
  const [local, setLocal] = useState<string>();
  const errors = describeFormErrors(t, receive.error, ['on', 'amount']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const received = parseAmount(amount);
    if (received === undefined) return setLocal(t('validation.invalid'));
    setLocal(undefined);
    receive.mutate(
      {
        applicationId: application.id,
        trancheId: tranche.id,
        body: { version: tranche.version, on, amount: received },
      },
      { onSuccess: () => onDone(t('actionFunding.tranches.receivedDone')) },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={submit}
      aria-label={t('actionFunding.tranches.receiveLabel', { label: tranche.label })}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <DateField
          label={t('actionFunding.tranches.receivedOnField')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
        />
        <AmountField
          label={t('actionFunding.tranches.receivedAmount')}
          value={amount}
          onChange={setAmount}
          error={local ?? errors.fields.amount}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={receive.isPending}>
          {t('actionFunding.tranches.receive')}
        </button>
      </div>
    </form>
  );
}

/** A report the funder expects by a date (appended once, whatever the retries). */
export function ReportForm({ partnershipId, actionId, application, onDone }: DialogForm) {
  const { t } = useTranslation();
  const plan = usePlanReport(partnershipId, actionId);
  const keys = useRef(new IdempotencyKeys()).current;
  const [kind, setKind] = useState<'interim' | 'final'>('interim');
  const [dueOn, setDueOn] = useState(browserToday);
  const errors = describeFormErrors(t, plan.error, ['kind', 'dueOn']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { kind, dueOn };
    plan.mutate(
      { applicationId: application.id, body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: () => {
          keys.settle();
          onDone(t('actionFunding.reports.done'));
        },
      },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={submit}
      aria-label={t('actionFunding.reports.addLabel', { call: application.call.name })}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <Field label={t('actionFunding.reports.kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as 'interim' | 'final')}>
              <option value="interim">{t('actionFunding.reports.kinds.interim')}</option>
              <option value="final">{t('actionFunding.reports.kinds.final')}</option>
            </select>
          )}
        </Field>
        <DateField
          label={t('actionFunding.reports.dueOn')}
          value={dueOn}
          onChange={setDueOn}
          error={errors.fields.dueOn}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={plan.isPending}>
          {t('actionFunding.reports.add')}
        </button>
      </div>
    </form>
  );
}

/** Records that a report was sent. */
export function ReportSentForm({
  partnershipId,
  actionId,
  application,
  report,
  onDone,
}: DialogForm & { report: FunderReport }) {
  const { t } = useTranslation();
  const submitReport = useSubmitReport(partnershipId, actionId);
  const [on, setOn] = useState(browserToday);
  const errors = describeFormErrors(t, submitReport.error, ['on']);
  const kind = t(`actionFunding.reports.kinds.${report.kind}`);
  return (
    <form
      className="form form--compact"
      noValidate
      aria-label={t('actionFunding.reports.markSentLabel', { kind })}
      onSubmit={(event) => {
        event.preventDefault();
        submitReport.mutate(
          { applicationId: application.id, reportId: report.id, body: { version: report.version, on } },
          { onSuccess: () => onDone(t('actionFunding.reports.sentDone')) },
        );
      }}
    >
      <FormAlert message={errors.form} />
      <div className="form__row">
        <DateField
          label={t('actionFunding.reports.sentOn')}
          value={on}
          onChange={setOn}
          error={errors.fields.on}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={submitReport.isPending}>
          {t('actionFunding.reports.markSent')}
        </button>
      </div>
    </form>
  );
}
