import { type Action, type IndicatorKind, type LogEntryKind } from '../action/action';
import { type IndicatorPeriodFigures, computeIndicatorPeriods } from '../action/indicator-periods';
import { type FunderFigures } from '../figures/funding';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { calendarDateAt } from '../shared/zoned-time';
import { type Visit } from '../visit/visit';
import { type ActionMoney, computeActionMoney } from './action-money';
import { type FundingApplication, type FundingCall } from './funding-application';
import { type FunderReportDue, type FunderReportKind, type PaymentTranche } from './funding-follow-up';

/**
 * The layouts a funder report is printed in: a generic one, and the ministry's (MEAE / DAECT calls for
 * decentralised cooperation) as a preset. The content is the same; headings and their order differ.
 */
export const FUNDER_REPORT_LAYOUTS = ['generic', 'daect'] as const;
export type FunderReportLayout = (typeof FUNDER_REPORT_LAYOUTS)[number];

/** The days a report covers, and the planned report it answers (null when none of its kind is planned). */
export interface FunderReportPeriod {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly due: FunderReportDue | null;
}

const earlier = (a: CalendarDate, b: CalendarDate) => (a <= b ? a : b);

/**
 * The period a report covers (docs/funding.md, "Funder reports"):
 * - it answers the earliest report of its kind not sent yet, else the latest one sent;
 * - a final report covers the whole action, from its start (else the decision, else the submission) to its
 *   end, never past today;
 * - an interim report ends on the due date of the report it answers, or today if that is earlier (a report
 *   written ahead of time tells what was done so far), and starts the day after the end of the last interim
 *   report sent before it (its due date, or the day it was sent if earlier), else where the action starts.
 */
export function funderReportPeriod(input: {
  readonly kind: FunderReportKind;
  readonly action: Pick<Action, 'startsOn' | 'endsOn'>;
  readonly application: Pick<FundingApplication, 'decidedOn' | 'submittedOn'>;
  readonly reports: readonly FunderReportDue[];
  readonly today: CalendarDate;
}): FunderReportPeriod {
  const { kind, action, application, today } = input;
  const ofKind = input.reports
    .filter((report) => report.kind === kind)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const due =
    ofKind.find((report) => report.submittedOn === null) ??
    ofKind.filter((report) => report.submittedOn !== null).at(-1) ??
    null;
  const actionStart = action.startsOn ?? application.decidedOn ?? application.submittedOn ?? today;
  const endsOn =
    kind === 'final' ? earlier(today, action.endsOn ?? today) : earlier(today, due?.dueOn ?? today);
  const coveredBefore = ofKind
    .filter((report) => report !== due && report.submittedOn !== null)
    .map((report) => earlier(report.dueOn, report.submittedOn ?? report.dueOn))
    .filter((end) => end < endsOn)
    .sort()
    .at(-1);
  const startsOn = kind === 'interim' && coveredBefore ? addDays(coveredBefore, 1) : actionStart;
  return { startsOn: earlier(startsOn, endsOn), endsOn, due };
}

/** Something done in the report's period: an entry of the action's log, or a visit of the partnership. */
export type FunderReportActivity =
  | {
      readonly source: 'log';
      readonly on: CalendarDate;
      readonly kind: LogEntryKind;
      readonly byParty: PartyId;
      readonly text: string;
    }
  | {
      readonly source: 'visit';
      readonly on: CalendarDate;
      readonly endsOn: CalendarDate;
      readonly direction: Visit['direction'];
      readonly partnerPartyId: PartyId;
      readonly text: string;
    };

/**
 * What was done over the period, in day order: the action's log entries dated in it (in the reporting
 * authority's time zone) and the partnership's visits not cancelled that overlap it.
 */
export function funderReportActivities(input: {
  readonly action: Pick<Action, 'log'>;
  readonly visits: readonly Visit[];
  readonly period: Pick<FunderReportPeriod, 'startsOn' | 'endsOn'>;
  readonly timeZone: string;
}): FunderReportActivity[] {
  const { startsOn, endsOn } = input.period;
  const logged: FunderReportActivity[] = input.action.log
    .map((entry) => ({ entry, on: calendarDateAt(entry.at, input.timeZone) }))
    .filter(({ on }) => on >= startsOn && on <= endsOn)
    .map(({ entry, on }) => ({
      source: 'log',
      on,
      kind: entry.kind,
      byParty: entry.byParty,
      text: entry.text,
    }));
  const visited: FunderReportActivity[] = input.visits
    .filter((visit) => !visit.cancelled && visit.startsOn <= endsOn && visit.endsOn >= startsOn)
    .map((visit) => ({
      source: 'visit',
      on: visit.startsOn,
      endsOn: visit.endsOn,
      direction: visit.direction,
      partnerPartyId: visit.partnerPartyId,
      text: visit.report?.summary.trim() ? `${visit.purpose} — ${visit.report.summary}` : visit.purpose,
    }));
  return [...logged, ...visited]
    .map((activity, index) => ({ activity, index }))
    .sort((a, b) =>
      a.activity.on < b.activity.on ? -1 : a.activity.on > b.activity.on ? 1 : a.index - b.index,
    )
    .map(({ activity }) => activity);
}

/** An application with what the funder paid of it, as `applicationTotals` reads it. */
export type ApplicationWithTranches = Pick<
  FundingApplication,
  'status' | 'requestedAmount' | 'grantedAmount'
> & {
  readonly tranches: readonly Pick<PaymentTranche, 'receivedAmount'>[];
};

/** What the applications of an action say, in euros: granted and received apart from requested and refused. */
export interface ApplicationTotals {
  /** Submitted and awaiting a decision: shown apart, never counted as funding. */
  readonly requested: number;
  readonly granted: number;
  readonly received: number;
  readonly refused: number;
}

const sumCents = (values: readonly number[]) =>
  Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;

/** Granted and received apart from what is only requested, and refusals apart from both. */
export function applicationTotals(applications: readonly ApplicationWithTranches[]): ApplicationTotals {
  const withStatus = (status: FundingApplication['status']) =>
    applications.filter((application) => application.status === status);
  return {
    requested: sumCents(withStatus('submitted').map((application) => application.requestedAmount)),
    granted: sumCents(withStatus('granted').map((application) => application.grantedAmount ?? 0)),
    received: sumCents(
      withStatus('granted').flatMap((application) =>
        application.tranches.map((tranche) => tranche.receivedAmount ?? 0),
      ),
    ),
    refused: sumCents(withStatus('refused').map((application) => application.requestedAmount)),
  };
}

/**
 * The co-financing figures (share, leverage, requested apart) of the call's funder among the action's
 * funders: the one of the same kind and name (case and spaces aside), else the only one of that kind. Null
 * when no budget line names it.
 */
export function grantFunderFigures(
  money: Pick<ActionMoney, 'cofinancing'>,
  call: Pick<FundingCall, 'funder' | 'funderName'>,
): FunderFigures | null {
  const name = (value: string) => value.trim().toLowerCase();
  const sameKind = money.cofinancing.funders.filter((funder) => funder.funder === call.funder);
  return (
    sameKind.find((funder) => name(funder.funderName) === name(call.funderName)) ??
    (sameKind.length === 1 ? sameKind[0]! : null)
  );
}

/** An application with its call, tranches and reports, as a funder report presents it. */
export interface ReportedApplication {
  readonly application: FundingApplication;
  readonly call: FundingCall;
  readonly tranches: readonly PaymentTranche[];
  readonly reports: readonly FunderReportDue[];
}

export interface FunderReportIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  /** Exactly what the action page charts (`computeIndicatorPeriods`). */
  readonly figures: IndicatorPeriodFigures;
}

/** Everything a funder report prints, whatever its layout and language. */
export interface FunderReport {
  readonly kind: FunderReportKind;
  readonly period: FunderReportPeriod;
  readonly action: Pick<
    Action,
    'id' | 'title' | 'objectives' | 'description' | 'startsOn' | 'endsOn' | 'status' | 'locatedIn'
  >;
  readonly reported: ReportedApplication;
  readonly activities: readonly FunderReportActivity[];
  readonly indicators: readonly FunderReportIndicator[];
  readonly money: ActionMoney;
  /** The call's funder among the action's co-financers (share and leverage of its grant); null if unnamed. */
  readonly grant: FunderFigures | null;
  /** The action's other applications: refused and pending ones shown apart, never counted as granted. */
  readonly otherApplications: readonly ReportedApplication[];
  readonly applicationTotals: ApplicationTotals;
}

/**
 * A report on one granted application of an action: the period it covers, what was done, the indicators per
 * period, the money per line and funder with co-financing and leverage — each computed by the functions the
 * action page uses, never a second time differently.
 */
export function buildFunderReport(input: {
  readonly kind: FunderReportKind;
  readonly action: Action;
  readonly visits: readonly Visit[];
  readonly reported: ReportedApplication;
  readonly allApplications: readonly ReportedApplication[];
  readonly today: CalendarDate;
  readonly timeZone: string;
}): FunderReport {
  const { action, reported } = input;
  const period = funderReportPeriod({
    kind: input.kind,
    action,
    application: reported.application,
    reports: reported.reports,
    today: input.today,
  });
  const money = computeActionMoney(action);
  return {
    kind: input.kind,
    period,
    action: {
      id: action.id,
      title: action.title,
      objectives: action.objectives,
      description: action.description,
      startsOn: action.startsOn,
      endsOn: action.endsOn,
      status: action.status,
      locatedIn: action.locatedIn,
    },
    reported,
    activities: funderReportActivities({ action, visits: input.visits, period, timeZone: input.timeZone }),
    indicators: action.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      figures: computeIndicatorPeriods(indicator),
    })),
    money,
    grant: grantFunderFigures(money, reported.call),
    otherApplications: input.allApplications.filter(
      (other) => other.application.id !== reported.application.id,
    ),
    applicationTotals: applicationTotals(
      input.allApplications.map((other) => ({ ...other.application, tranches: other.tranches })),
    ),
  };
}
