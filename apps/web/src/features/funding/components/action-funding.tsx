import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { AmountField, Field, FormAlert, FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { FUNDING_CALLS_PATH } from '../../../lib/partnership-paths';
import { type ApplicationStep, useDraftApplication } from '../api/application-writes';
import {
  useActionFunding,
  type ActionFunding as Funding,
  type FundingApplication,
} from '../api/get-action-funding';
import { ApplicationChecks } from './application-checks';
import {
  ApplicationStepForm,
  DecisionForm,
  ReceiptForm,
  ReportForm,
  ReportSentForm,
  TrancheForm,
} from './application-step-forms';
import { FunderReportLinks } from './funder-report-links';
import { formatEuros, parseAmount } from './funding-format';
import { MoneyTables } from './money-tables';
import './funding.css';

/**
 * The action's funding as it happens, for every party: money per funder and per line, co-financing and
 * leverage, and the applications to calls with their checks, tranches and reports. Only the authority that
 * applied changes an application, and only with a role that runs partnerships.
 */
export function ActionFunding({
  partnershipId,
  actionId,
  canRun,
  nameOf,
}: {
  partnershipId: string;
  actionId: string;
  canRun: boolean;
  nameOf: (partyId: string) => string;
}) {
  const { t } = useTranslation();
  const funding = useActionFunding(partnershipId, actionId);
  return (
    <section aria-labelledby="action-funding-title" id="financements" className="action-funding">
      <h2 id="action-funding-title">{t('actionFunding.title')}</h2>
      <p>{t('actionFunding.intro')}</p>
      {funding.isPending && <p role="status">{t('actionFunding.loading')}</p>}
      {/* Not an alert: the rest of the action page stands without its funding. */}
      {funding.isError && <p className="muted">{describeError(t, funding.error)}</p>}
      {funding.isSuccess && (
        <>
          <MoneyTables money={funding.data.money} nameOf={nameOf} />
          <Applications
            partnershipId={partnershipId}
            actionId={actionId}
            funding={funding.data}
            canRun={canRun}
          />
          {canRun && <DraftAct partnershipId={partnershipId} actionId={actionId} funding={funding.data} />}
        </>
      )}
    </section>
  );
}

function Applications({
  partnershipId,
  actionId,
  funding,
  canRun,
}: {
  partnershipId: string;
  actionId: string;
  funding: Funding;
  canRun: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="action-applications-title">
      <h3 id="action-applications-title">{t('actionFunding.applications.title')}</h3>
      {funding.applications.length === 0 ? (
        <p className="muted">{t('actionFunding.applications.none')}</p>
      ) : (
        <ul className="funding-applications">
          {funding.applications.map((application) => (
            <li key={application.id} className="card">
              <ApplicationCard
                partnershipId={partnershipId}
                actionId={actionId}
                application={application}
                canRun={canRun && application.mine}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An application of the action, and whether the reader may act on it (its authority applied). */
interface ApplicationSectionProps {
  partnershipId: string;
  actionId: string;
  application: FundingApplication;
  canRun: boolean;
}

/** Where an act that removes its own button says it succeeded, and where the focus goes: the application. */
interface Settled {
  announce: (message: string) => void;
  focus: () => HTMLElement | null;
}

function ApplicationCard({ partnershipId, actionId, application, canRun }: ApplicationSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const date = (value: string) => formatCalendarDate(value, language);
  const euros = (amount: number) => formatEuros(amount, language);
  const target = { partnershipId, actionId, application };
  const { call } = application;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string>();
  const settled: Settled = { announce: setNotice, focus: () => headingRef.current };
  return (
    <article aria-labelledby={`application-${application.id}`}>
      <h4 id={`application-${application.id}`} ref={headingRef} tabIndex={-1}>
        {call.name}{' '}
        <span className={`badge funding-status funding-status--${application.status}`}>
          {t(`actionFunding.applications.statuses.${application.status}`)}
        </span>
      </h4>
      <p className="muted">
        {call.funderName} — {t('actionFunding.applications.closesOn', { date: date(call.closesOn) })}
      </p>
      {!application.mine && <p className="muted">{t('actionFunding.applications.partnerApplication')}</p>}
      <FormSuccess message={notice} />
      <ul>
        <li>
          {t('actionFunding.applications.requested', { amount: euros(application.requestedAmount) })}
          {application.staffTimeAmount > 0 &&
            `, ${t('actionFunding.applications.staffTime', { amount: euros(application.staffTimeAmount) })}`}
        </li>
        {application.submittedOn && (
          <li>{t('actionFunding.applications.submitted', { date: date(application.submittedOn) })}</li>
        )}
        {application.status === 'granted' && application.grantedAmount !== null && application.decidedOn && (
          <li>
            {t('actionFunding.applications.granted', {
              amount: euros(application.grantedAmount),
              date: date(application.decidedOn),
            })}
          </li>
        )}
        {application.status === 'refused' && application.decidedOn && (
          <li>{t('actionFunding.applications.refused', { date: date(application.decidedOn) })}</li>
        )}
        {application.withdrawnOn && (
          <li>{t('actionFunding.applications.withdrawn', { date: date(application.withdrawnOn) })}</li>
        )}
        {application.conditions && (
          <li>{t('actionFunding.applications.conditions', { text: application.conditions })}</li>
        )}
      </ul>
      {application.checks.length > 0 && (
        <ApplicationChecks checks={application.checks} callName={call.name} />
      )}
      {canRun && (application.status === 'draft' || application.status === 'submitted') && (
        <div className="actions">
          {application.status === 'draft' && <StepAct {...target} step="submission" settled={settled} />}
          {application.status === 'submitted' && <DecisionAct {...target} settled={settled} />}
          <StepAct {...target} step="withdrawal" settled={settled} />
        </div>
      )}
      {application.status === 'granted' && (
        <>
          <Tranches {...target} canRun={canRun} settled={settled} />
          <Reports {...target} canRun={canRun} settled={settled} />
          <FunderReportLinks partnershipId={partnershipId} application={application} />
        </>
      )}
    </article>
  );
}

/** Submits or withdraws the application, in its dialog. */
function StepAct({
  step,
  settled,
  ...target
}: Omit<ApplicationSectionProps, 'canRun'> & { step: ApplicationStep; settled: Settled }) {
  const { t } = useTranslation();
  const call = target.application.call.name;
  const submission = step === 'submission';
  return (
    <FormDialog
      openLabel={t(submission ? 'actionFunding.stepForm.submit' : 'actionFunding.stepForm.withdrawOpen')}
      openName={t(
        submission ? 'actionFunding.stepForm.submitTitle' : 'actionFunding.stepForm.withdrawTitle',
        {
          call,
        },
      )}
      title={t(submission ? 'actionFunding.stepForm.submitTitle' : 'actionFunding.stepForm.withdrawTitle', {
        call,
      })}
      emphasis={submission ? 'primary' : 'secondary'}
      settled={settled}
    >
      {(done) => <ApplicationStepForm {...target} step={step} onDone={done} />}
    </FormDialog>
  );
}

/** Records the funder's decision on a submitted application, in its dialog. */
function DecisionAct({ settled, ...target }: Omit<ApplicationSectionProps, 'canRun'> & { settled: Settled }) {
  const { t } = useTranslation();
  const call = target.application.call.name;
  return (
    <FormDialog
      openLabel={t('actionFunding.decisionForm.submit')}
      openName={t('actionFunding.decisionForm.openFor', { call })}
      title={t('actionFunding.decisionForm.label', { call })}
      emphasis="primary"
      settled={settled}
    >
      {(done) => <DecisionForm {...target} onDone={done} />}
    </FormDialog>
  );
}

function Tranches({
  partnershipId,
  actionId,
  application,
  canRun,
  settled,
}: ApplicationSectionProps & { settled: Settled }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const target = { partnershipId, actionId, application };
  return (
    <>
      <h5>{t('actionFunding.tranches.title')}</h5>
      {application.tranches.length === 0 ? (
        <p className="muted">{t('actionFunding.tranches.none')}</p>
      ) : (
        <ul
          className="funding-rows"
          aria-label={t('actionFunding.tranches.listLabel', { call: application.call.name })}
        >
          {application.tranches.map((tranche) => (
            <li key={tranche.id}>
              {tranche.label} —{' '}
              {t('actionFunding.tranches.expectedLine', {
                amount: formatEuros(tranche.expectedAmount, language),
                date: formatCalendarDate(tranche.expectedOn, language),
              })}{' '}
              —{' '}
              {tranche.receivedAmount !== null && tranche.receivedOn
                ? t('actionFunding.tranches.receivedLine', {
                    amount: formatEuros(tranche.receivedAmount, language),
                    date: formatCalendarDate(tranche.receivedOn, language),
                  })
                : t('actionFunding.tranches.notReceived')}
              {canRun && tranche.receivedOn === null && (
                <FormDialog
                  openLabel={t('actionFunding.tranches.receive')}
                  openName={t('actionFunding.tranches.receiveFor', { label: tranche.label })}
                  title={t('actionFunding.tranches.receiveLabel', { label: tranche.label })}
                  settled={settled}
                >
                  {(done) => <ReceiptForm {...target} tranche={tranche} onDone={done} />}
                </FormDialog>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRun && (
        <FormDialog
          openLabel={t('actionFunding.tranches.add')}
          openName={t('actionFunding.tranches.addFor', { call: application.call.name })}
          title={t('actionFunding.tranches.addLabel', { call: application.call.name })}
        >
          {(done) => <TrancheForm {...target} onDone={done} />}
        </FormDialog>
      )}
    </>
  );
}

function Reports({
  partnershipId,
  actionId,
  application,
  canRun,
  settled,
}: ApplicationSectionProps & { settled: Settled }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const target = { partnershipId, actionId, application };
  return (
    <>
      <h5>{t('actionFunding.reports.title')}</h5>
      {application.reports.length === 0 ? (
        <p className="muted">{t('actionFunding.reports.none')}</p>
      ) : (
        <ul
          className="funding-rows"
          aria-label={t('actionFunding.reports.listLabel', { call: application.call.name })}
        >
          {application.reports.map((report) => (
            <li key={report.id}>
              {t(`actionFunding.reports.kinds.${report.kind}`)} —{' '}
              {report.submittedOn
                ? t('actionFunding.reports.sent', { date: formatCalendarDate(report.submittedOn, language) })
                : t('actionFunding.reports.due', { date: formatCalendarDate(report.dueOn, language) })}
              {canRun && report.submittedOn === null && (
                <FormDialog
                  openLabel={t('actionFunding.reports.markSent')}
                  openName={t('actionFunding.reports.markSentFor', {
                    kind: t(`actionFunding.reports.kinds.${report.kind}`),
                    call: application.call.name,
                  })}
                  title={t('actionFunding.reports.markSentLabel', {
                    kind: t(`actionFunding.reports.kinds.${report.kind}`),
                  })}
                  settled={settled}
                >
                  {(done) => <ReportSentForm {...target} report={report} onDone={done} />}
                </FormDialog>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRun && (
        <FormDialog
          openLabel={t('actionFunding.reports.add')}
          openName={t('actionFunding.reports.addFor', { call: application.call.name })}
          title={t('actionFunding.reports.addLabel', { call: application.call.name })}
        >
          {(done) => <ReportForm {...target} onDone={done} />}
        </FormDialog>
      )}
    </>
  );
}

/** A new draft to one of the authority's open calls this action has not applied to, in its dialog. */
function DraftAct({
  partnershipId,
  actionId,
  funding,
}: {
  partnershipId: string;
  actionId: string;
  funding: Funding;
}) {
  const { t } = useTranslation();
  if (funding.openCalls.length === 0)
    return (
      <p className="muted">
        {t('actionFunding.draftForm.noOpenCall')}{' '}
        <Link to={FUNDING_CALLS_PATH}>{t('actionFunding.draftForm.callsLink')}</Link>
      </p>
    );
  return (
    <FormDialog openLabel={t('actionFunding.draftForm.title')} title={t('actionFunding.draftForm.title')}>
      {(done) => (
        <DraftForm partnershipId={partnershipId} actionId={actionId} funding={funding} onDone={done} />
      )}
    </FormDialog>
  );
}

/** The call, the amount asked and the staff time counted in the budget; `onDone` says the draft is made. */
function DraftForm({
  partnershipId,
  actionId,
  funding,
  onDone,
}: {
  partnershipId: string;
  actionId: string;
  funding: Funding;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const draft = useDraftApplication(partnershipId, actionId);
  const [callId, setCallId] = useState('');
  const [requested, setRequested] = useState('');
  const [staffTime, setStaffTime] = useState('0');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = describeFormErrors(t, draft.error, ['callId', 'requestedAmount', 'staffTimeAmount']);
  const chosen = callId || funding.openCalls[0]?.id || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const requestedAmount = parseAmount(requested);
    const staffTimeAmount = parseAmount(staffTime);
    const invalid = {
      ...(requestedAmount === undefined ? { requestedAmount: t('validation.invalid') } : {}),
      ...(staffTimeAmount === undefined ? { staffTimeAmount: t('validation.invalid') } : {}),
    };
    setLocal(invalid);
    if (requestedAmount === undefined || staffTimeAmount === undefined) return;
    draft.mutate(
      { callId: chosen, requestedAmount, staffTimeAmount },
      { onSuccess: () => onDone(t('actionFunding.draftForm.done')) },
    );
  };
  return (
    <form
      className="form form--compact"
      noValidate
      onSubmit={submit}
      aria-label={t('actionFunding.draftForm.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('actionFunding.draftForm.call')} error={errors.fields.callId}>
        {(props) => (
          <select {...props} value={chosen} onChange={(e) => setCallId(e.target.value)}>
            {funding.openCalls.map((call) => (
              <option key={call.id} value={call.id}>
                {call.name} — {call.funderName} ({formatCalendarDate(call.closesOn, i18n.language)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__row">
        <AmountField
          label={t('actionFunding.draftForm.requested')}
          value={requested}
          onChange={setRequested}
          error={local.requestedAmount ?? errors.fields.requestedAmount}
        />
        <AmountField
          label={t('actionFunding.draftForm.staffTime')}
          hint={t('actionFunding.draftForm.staffTimeHint')}
          value={staffTime}
          onChange={setStaffTime}
          error={local.staffTimeAmount ?? errors.fields.staffTimeAmount}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={draft.isPending}>
          {t('actionFunding.draftForm.submit')}
        </button>
      </div>
    </form>
  );
}
