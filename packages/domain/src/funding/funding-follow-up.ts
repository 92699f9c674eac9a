import { type CalendarDate, isCalendarDate } from '../shared/calendar-date';
import { domainError } from '../shared/domain-error';
import { type Result, err, ok } from '../shared/result';
import { type FundingApplication } from './funding-application';

/** A payment the funder is expected to make on a grant, and what it did pay. Amounts are euros. */
export interface PaymentTranche {
  readonly id: string;
  readonly applicationId: string;
  readonly label: string;
  readonly expectedOn: CalendarDate;
  readonly expectedAmount: number;
  readonly receivedOn: CalendarDate | null;
  readonly receivedAmount: number | null;
}

export const FUNDER_REPORT_KINDS = ['interim', 'final'] as const;
export type FunderReportKind = (typeof FUNDER_REPORT_KINDS)[number];

/** A report the funder expects on a grant by a date (an interim technical and financial report, the final one). */
export interface FunderReportDue {
  readonly id: string;
  readonly applicationId: string;
  readonly kind: FunderReportKind;
  readonly dueOn: CalendarDate;
  readonly submittedOn: CalendarDate | null;
}

function notGranted(application: FundingApplication) {
  return domainError('FUNDING.NOT_GRANTED', 'Tranches and reports follow a granted application.', {
    status: application.status,
  });
}

/**
 * A tranche expected on a granted application; the tranches expected together stay within the grant (a
 * funder never pays more than it granted).
 */
export function planTranche(
  application: FundingApplication,
  existing: readonly PaymentTranche[],
  tranche: Omit<PaymentTranche, 'receivedOn' | 'receivedAmount'>,
): Result<PaymentTranche> {
  if (application.status !== 'granted' || application.grantedAmount === null)
    return err(notGranted(application));
  if (!isCalendarDate(tranche.expectedOn))
    return err(domainError('FUNDING.INVALID_DATE', 'Dates are calendar dates (YYYY-MM-DD).'));
  if (!Number.isFinite(tranche.expectedAmount) || tranche.expectedAmount <= 0)
    return err(domainError('FUNDING.INVALID_AMOUNT', 'A tranche is a positive amount.'));
  const planned = existing.reduce((total, other) => total + other.expectedAmount, 0);
  if (planned + tranche.expectedAmount > application.grantedAmount + 0.005)
    return err(
      domainError('FUNDING.TRANCHES_ABOVE_GRANT', 'The tranches add up to at most the amount granted.', {
        grantedAmount: application.grantedAmount,
        alreadyPlanned: planned,
      }),
    );
  return ok({ ...tranche, label: tranche.label.trim(), receivedOn: null, receivedAmount: null });
}

/** What the funder paid of a tranche, with its date: an amount without its date is refused (ADR 0016). */
export function receiveTranche(
  tranche: PaymentTranche,
  received: { readonly on: CalendarDate; readonly amount: number },
): Result<PaymentTranche> {
  if (!isCalendarDate(received.on))
    return err(domainError('FUNDING.INVALID_DATE', 'Dates are calendar dates (YYYY-MM-DD).'));
  if (!Number.isFinite(received.amount) || received.amount <= 0)
    return err(domainError('FUNDING.INVALID_AMOUNT', 'A payment received is a positive amount.'));
  return ok({ ...tranche, receivedOn: received.on, receivedAmount: received.amount });
}

/** A report due on a granted application. */
export function planReport(
  application: FundingApplication,
  report: Omit<FunderReportDue, 'submittedOn'>,
): Result<FunderReportDue> {
  if (application.status !== 'granted') return err(notGranted(application));
  if (!isCalendarDate(report.dueOn))
    return err(domainError('FUNDING.INVALID_DATE', 'Dates are calendar dates (YYYY-MM-DD).'));
  return ok({ ...report, submittedOn: null });
}

/** A report sent to the funder, once. */
export function submitReport(report: FunderReportDue, on: CalendarDate): Result<FunderReportDue> {
  if (report.submittedOn !== null)
    return err(
      domainError('FUNDING.REPORT_ALREADY_SUBMITTED', 'This report was already sent.', {
        submittedOn: report.submittedOn,
      }),
    );
  if (!isCalendarDate(on))
    return err(domainError('FUNDING.INVALID_DATE', 'Dates are calendar dates (YYYY-MM-DD).'));
  return ok({ ...report, submittedOn: on });
}
