import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { AmountField, Field, FormAlert, FormSuccess } from '../../../components/ui/form';
import { FUNDING_CALLS_PATH } from '../../../lib/partnership-paths';
import { useDraftApplication } from '../api/application-writes';
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
          {canRun && <DraftForm partnershipId={partnershipId} actionId={actionId} funding={funding.data} />}
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

function ApplicationCard({ partnershipId, actionId, application, canRun }: ApplicationSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const date = (value: string) => formatCalendarDate(value, language);
  const euros = (amount: number) => formatEuros(amount, language);
  const target = { partnershipId, actionId, application };
  const { call } = application;
  return (
    <article aria-labelledby={`application-${application.id}`}>
      <h4 id={`application-${application.id}`}>
        {call.name}{' '}
        <span className={`badge funding-status funding-status--${application.status}`}>
          {t(`actionFunding.applications.statuses.${application.status}`)}
        </span>
      </h4>
      <p className="muted">
        {call.funderName} — {t('actionFunding.applications.closesOn', { date: date(call.closesOn) })}
      </p>
      {!application.mine && <p className="muted">{t('actionFunding.applications.partnerApplication')}</p>}
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
        <ApplicationStepForm {...target} />
      )}
      {canRun && application.status === 'submitted' && <DecisionForm {...target} />}
      {application.status === 'granted' && (
        <>
          <Tranches {...target} canRun={canRun} />
          <Reports {...target} canRun={canRun} />
          <FunderReportLinks partnershipId={partnershipId} application={application} />
        </>
      )}
    </article>
  );
}

function Tranches({ partnershipId, actionId, application, canRun }: ApplicationSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const target = { partnershipId, actionId, application };
  return (
    <>
      <h5>{t('actionFunding.tranches.title')}</h5>
      {application.tranches.length === 0 ? (
        <p className="muted">{t('actionFunding.tranches.none')}</p>
      ) : (
        <ul aria-label={t('actionFunding.tranches.listLabel', { call: application.call.name })}>
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
              {canRun && tranche.receivedOn === null && <ReceiptForm {...target} tranche={tranche} />}
            </li>
          ))}
        </ul>
      )}
      {canRun && <TrancheForm {...target} />}
    </>
  );
}

function Reports({ partnershipId, actionId, application, canRun }: ApplicationSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const target = { partnershipId, actionId, application };
  return (
    <>
      <h5>{t('actionFunding.reports.title')}</h5>
      {application.reports.length === 0 ? (
        <p className="muted">{t('actionFunding.reports.none')}</p>
      ) : (
        <ul aria-label={t('actionFunding.reports.listLabel', { call: application.call.name })}>
          {application.reports.map((report) => (
            <li key={report.id}>
              {t(`actionFunding.reports.kinds.${report.kind}`)} —{' '}
              {report.submittedOn
                ? t('actionFunding.reports.sent', { date: formatCalendarDate(report.submittedOn, language) })
                : t('actionFunding.reports.due', { date: formatCalendarDate(report.dueOn, language) })}
              {canRun && report.submittedOn === null && <ReportSentForm {...target} report={report} />}
            </li>
          ))}
        </ul>
      )}
      {canRun && <ReportForm {...target} />}
    </>
  );
}

/** A new draft to one of the authority's open calls this action has not applied to. */
function DraftForm({
  partnershipId,
  actionId,
  funding,
}: {
  partnershipId: string;
  actionId: string;
  funding: Funding;
}) {
  const { t, i18n } = useTranslation();
  const draft = useDraftApplication(partnershipId, actionId);
  const [callId, setCallId] = useState('');
  const [requested, setRequested] = useState('');
  const [staffTime, setStaffTime] = useState('0');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string>();
  const errors = describeFormErrors(t, draft.error, ['callId', 'requestedAmount', 'staffTimeAmount']);
  const chosen = callId || funding.openCalls[0]?.id || '';
  if (funding.openCalls.length === 0)
    return (
      <p className="muted">
        {t('actionFunding.draftForm.noOpenCall')}{' '}
        <Link to={FUNDING_CALLS_PATH}>{t('actionFunding.draftForm.callsLink')}</Link>
      </p>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
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
      {
        onSuccess: () => {
          setRequested('');
          setNotice(t('actionFunding.draftForm.done'));
        },
      },
    );
  };
  return (
    <form
      className="form form--compact card"
      noValidate
      onSubmit={submit}
      aria-labelledby="draft-application-title"
    >
      <h3 id="draft-application-title">{t('actionFunding.draftForm.title')}</h3>
      <FormAlert message={errors.form} />
      <FormSuccess message={notice} />
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
        <button type="submit" className="button button--primary button--small" disabled={draft.isPending}>
          {t('actionFunding.draftForm.submit')}
        </button>
      </div>
    </form>
  );
}
