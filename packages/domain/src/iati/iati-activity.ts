import {
  type Action,
  type BudgetLine,
  type FunderKind,
  type Indicator,
  type Operator,
} from '../action/action';
import { computeIndicatorPeriods } from '../action/indicator-periods';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { type MarkerScore, type PolicyMarker, POLICY_MARKERS, allocateCents } from '../oda/oda';

// An authority's IATI activity file (IATI Standard 2.03): one activity per action it funds
// (docs/adr/0018-iati-activity-is-an-action.md, docs/iati.md). This module decides what the file says;
// the API writes it as XML in the schema's order.

/** The IATI 2.03 codes this file uses, each from the code list named (shipped in apps/api/data/iati). */
export const IATI_CODES = {
  /** OrganisationType: 10 Government, 11 Local Government, 15 Other Public Sector, 40 Multilateral. */
  organisationType: { government: '10', localGovernment: '11', otherPublic: '15', multilateral: '40' },
  /** OrganisationRole. */
  organisationRole: { funding: '1', accountable: '2', extending: '3', implementing: '4' },
  /** ActivityStatus. */
  activityStatus: {
    pipeline: '1',
    implementation: '2',
    finalisation: '3',
    closed: '4',
    cancelled: '5',
    suspended: '6',
  },
  /** ActivityDateType. */
  activityDateType: { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' },
  /** TransactionType. */
  transactionType: { outgoingCommitment: '2', disbursement: '3' },
  /** BudgetType and BudgetStatus. */
  budgetType: { original: '1' },
  budgetStatus: { indicative: '1', committed: '2' },
  /** DescriptionType. */
  descriptionType: { general: '1', objectives: '2' },
  /** RelatedActivityType. */
  relatedActivityType: { sibling: '3' },
  /** SectorVocabulary 1: OECD DAC CRS purpose codes (5 digit). */
  sectorVocabulary: { dac5: '1' },
  /** PolicyMarkerVocabulary 1: OECD DAC CRS. */
  policyMarkerVocabulary: { dac: '1' },
  /** RegionVocabulary 1 (OECD DAC), Region 998: developing countries, unspecified. */
  regionVocabulary: { dac: '1' },
  region: { developingCountriesUnspecified: '998' },
  /** ResultType and IndicatorMeasure. */
  resultType: { output: '1' },
  indicatorMeasure: { unit: '1' },
} as const;

type Codes<K extends keyof typeof IATI_CODES> = (typeof IATI_CODES)[K][keyof (typeof IATI_CODES)[K]];
export type IatiOrganisationRole = Codes<'organisationRole'>;
export type IatiOrganisationType = Codes<'organisationType'>;

export interface IatiOrganisationRef {
  readonly ref: string | null;
  readonly type: IatiOrganisationType | null;
  readonly name: string;
}

export interface IatiParticipatingOrg extends IatiOrganisationRef {
  readonly role: IatiOrganisationRole;
}

export interface IatiMoney {
  readonly amount: number;
  /** ISO 4217, the budget line's own currency. */
  readonly currency: string;
  readonly valueDate: CalendarDate;
}

export interface IatiBudget extends IatiMoney {
  readonly status: Codes<'budgetStatus'>;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
}

export interface IatiTransaction extends IatiMoney {
  readonly type: Codes<'transactionType'>;
  readonly date: CalendarDate;
  /** The budget line it comes from, as the transaction's `ref`. */
  readonly lineId: string;
}

export interface IatiIndicatorPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly target: number;
  /** The period's actual: a level's latest value, a count's sum (`computeIndicatorPeriods`). */
  readonly actual: number;
}

export interface IatiIndicator {
  readonly title: string;
  readonly unit: string;
  readonly ascending: boolean;
  readonly baseline: { readonly year: number; readonly isoDate: CalendarDate; readonly value: number };
  readonly periods: readonly IatiIndicatorPeriod[];
}

export interface IatiResult {
  readonly title: string;
  readonly indicators: readonly IatiIndicator[];
}

/** One `iati-activity`, in the order of the 2.03 schema's sequence. */
export interface IatiActivity {
  readonly identifier: string;
  /** ISO 639-1: the language of every narrative (the reporting authority's first language). */
  readonly language: string;
  readonly reportingOrg: IatiOrganisationRef;
  readonly title: string;
  readonly descriptions: ReadonlyArray<{ readonly type: Codes<'descriptionType'>; readonly text: string }>;
  readonly participatingOrgs: readonly IatiParticipatingOrg[];
  readonly status: Codes<'activityStatus'>;
  readonly dates: ReadonlyArray<{ readonly type: Codes<'activityDateType'>; readonly isoDate: CalendarDate }>;
  /** Percentages sum to 100; when no partner country applies, one region stands for them. */
  readonly recipientCountries: ReadonlyArray<{ readonly code: string; readonly percentage: number }>;
  readonly recipientRegions: ReadonlyArray<{ readonly code: string; readonly percentage: number }>;
  readonly sectors: ReadonlyArray<{ readonly code: string; readonly percentage: number }>;
  readonly policyMarkers: ReadonlyArray<{
    readonly marker: PolicyMarker;
    readonly significance: MarkerScore;
  }>;
  readonly budgets: readonly IatiBudget[];
  readonly transactions: readonly IatiTransaction[];
  readonly relatedActivities: ReadonlyArray<{
    readonly type: Codes<'relatedActivityType'>;
    readonly ref: string;
  }>;
  readonly results: readonly IatiResult[];
}

export const IATI_ISSUES = [
  'organisation_identifier_missing',
  'action_description_missing',
  'action_sectors_missing',
  'action_start_missing',
  'line_period_missing',
  'line_period_over_a_year',
  'line_currency_unknown',
  'transaction_in_future',
] as const;
export type IatiIssueCode = (typeof IATI_ISSUES)[number];

/** Issues that leave the action out of the file (the schema or the standard's rules require the element). */
export const IATI_BLOCKING_ISSUES: readonly IatiIssueCode[] = [
  'action_description_missing',
  'action_sectors_missing',
  'action_start_missing',
];

export interface IatiIssue {
  readonly code: IatiIssueCode;
  readonly partnershipId: string | null;
  readonly partnershipName: string | null;
  readonly actionId: string | null;
  readonly actionTitle: string | null;
  readonly lineId: string | null;
}

export interface IatiParty {
  readonly organisationId: PartyId;
  readonly name: string;
  readonly countryCode: string;
  readonly iatiIdentifier: string | null;
}

export type IatiAction = Pick<
  Action,
  | 'id'
  | 'title'
  | 'description'
  | 'objectives'
  | 'sectors'
  | 'markers'
  | 'locatedIn'
  | 'operators'
  | 'budget'
  | 'status'
  | 'startsOn'
  | 'endsOn'
  | 'indicators'
>;

export interface IatiPartnership {
  readonly id: string;
  readonly name: string;
  readonly parties: readonly IatiParty[];
  readonly actions: readonly IatiAction[];
}

export interface IatiFileInput {
  readonly reporter: IatiParty & { readonly language: string };
  readonly partnerships: readonly IatiPartnership[];
  readonly today: CalendarDate;
  /** ISO 4217 codes a value may carry. */
  readonly knownCurrencies: ReadonlySet<string>;
  /** The DAC list of ODA recipients in force (ISO 3166-1), or null when none is shipped for the year. */
  readonly odaRecipients: ReadonlySet<string> | null;
}

export interface IatiFile {
  /** The reporting organisation's identifier, trimmed; null when it has none. */
  readonly organisationIdentifier: string | null;
  /** Null when the reporting authority has no IATI identifier: no file can be published. */
  readonly activities: readonly IatiActivity[] | null;
  readonly issues: readonly IatiIssue[];
  /** The actions funded by the authority, published or left out. */
  readonly actionCount: number;
}

/** An activity's identifier: the reporting organisation's identifier, a hyphen, the action's own id. */
export function iatiActivityIdentifier(organisationIdentifier: string, actionId: string): string {
  return `${organisationIdentifier}-${actionId}`;
}

const STATUS_CODES = {
  planned: IATI_CODES.activityStatus.pipeline,
  in_progress: IATI_CODES.activityStatus.implementation,
  on_hold: IATI_CODES.activityStatus.suspended,
  completed: IATI_CODES.activityStatus.closed,
  cancelled: IATI_CODES.activityStatus.cancelled,
} as const satisfies Record<Action['status'], Codes<'activityStatus'>>;

const FUNDER_TYPES = {
  own_budget: IATI_CODES.organisationType.localGovernment,
  ministry_call: IATI_CODES.organisationType.government,
  development_agency: IATI_CODES.organisationType.government,
  european_union: IATI_CODES.organisationType.multilateral,
  other_authority: IATI_CODES.organisationType.localGovernment,
  one_percent_solidarity: IATI_CODES.organisationType.otherPublic,
  other: null,
} as const satisfies Record<FunderKind, IatiOrganisationType | null>;

/** Builds the reporting authority's activities from the actions it funds from its own budget. */
export function buildIatiFile(input: IatiFileInput): IatiFile {
  const issues: IatiIssue[] = [];
  const funded = input.partnerships.flatMap((partnership) =>
    partnership.actions
      .filter((action) => ownLines(action, input.reporter.organisationId).length > 0)
      .map((action) => ({ partnership, action })),
  );
  const identifier = input.reporter.iatiIdentifier?.trim() || null;
  if (identifier === null) {
    issues.push(issueOf('organisation_identifier_missing', null, null));
  }
  const publishable = funded.filter(({ partnership, action }) => {
    const blocking = blockingIssuesOf(action).map((code) => issueOf(code, partnership, action));
    issues.push(...blocking);
    return blocking.length === 0;
  });
  if (identifier === null) {
    return { organisationIdentifier: null, activities: null, issues, actionCount: funded.length };
  }
  const activities = publishable.map(({ partnership, action }) => {
    const siblings = publishable
      .filter((other) => other.partnership.id === partnership.id && other.action.id !== action.id)
      .map((other) => iatiActivityIdentifier(identifier, other.action.id));
    const built = buildActivity({ ...input, identifier, partnership, action, siblings });
    issues.push(...built.issues);
    return built.activity;
  });
  return { organisationIdentifier: identifier, activities, issues, actionCount: funded.length };
}

function issueOf(
  code: IatiIssueCode,
  partnership: IatiPartnership | null,
  action: IatiAction | null,
  lineId: string | null = null,
): IatiIssue {
  return {
    code,
    partnershipId: partnership?.id ?? null,
    partnershipName: partnership?.name ?? null,
    actionId: action?.id ?? null,
    actionTitle: action?.title ?? null,
    lineId,
  };
}

function blockingIssuesOf(action: IatiAction): IatiIssueCode[] {
  const codes: IatiIssueCode[] = [];
  if (action.description.trim() === '') codes.push('action_description_missing');
  if (action.sectors.length === 0) codes.push('action_sectors_missing');
  if (action.startsOn === null) codes.push('action_start_missing');
  return codes;
}

/** The lines the reporting authority funds from its own budget: its budget and its transactions. */
function ownLines(action: IatiAction, reporter: PartyId): BudgetLine[] {
  return action.budget.filter(
    (line) => line.funder === 'own_budget' && line.partyId === reporter && line.status !== 'refused',
  );
}

interface ActivityContext extends IatiFileInput {
  readonly identifier: string;
  readonly partnership: IatiPartnership;
  readonly action: IatiAction;
  readonly siblings: readonly string[];
}

function buildActivity(context: ActivityContext): { activity: IatiActivity; issues: IatiIssue[] } {
  const { action, reporter, identifier } = context;
  const issues: IatiIssue[] = [];
  const raise = (code: IatiIssueCode, lineId: string) =>
    issues.push(issueOf(code, context.partnership, action, lineId));
  const lines = ownLines(action, reporter.organisationId).filter((line) => {
    if (context.knownCurrencies.has(line.currency)) return true;
    raise('line_currency_unknown', line.id);
    return false;
  });
  const countries = recipientCountriesOf(context);
  const activity: IatiActivity = {
    identifier: iatiActivityIdentifier(identifier, action.id),
    language: reporter.language,
    reportingOrg: { ref: identifier, type: IATI_CODES.organisationType.localGovernment, name: reporter.name },
    title: action.title,
    descriptions: [
      { type: IATI_CODES.descriptionType.general, text: action.description.trim() },
      ...(action.objectives.trim() === ''
        ? []
        : [{ type: IATI_CODES.descriptionType.objectives, text: action.objectives.trim() }]),
    ],
    participatingOrgs: participatingOrgsOf(context),
    status: STATUS_CODES[action.status],
    dates: activityDatesOf(action, context.today),
    recipientCountries: countries,
    recipientRegions:
      countries.length === 0
        ? [{ code: IATI_CODES.region.developingCountriesUnspecified, percentage: 100 }]
        : [],
    sectors: action.sectors.map((share) => ({ code: share.code, percentage: share.percentage })),
    policyMarkers: POLICY_MARKERS.flatMap((marker) => {
      const significance = action.markers[marker];
      return significance === undefined ? [] : [{ marker, significance }];
    }),
    budgets: budgetsOf(lines, raise),
    transactions: transactionsOf(lines, context.today, raise),
    relatedActivities: context.siblings.map((ref) => ({
      type: IATI_CODES.relatedActivityType.sibling,
      ref,
    })),
    results: resultsOf(action),
  };
  return { activity, issues };
}

/**
 * The countries of the parties where the action takes place that are on the DAC list of ODA recipients (a
 * French authority's own country never is; Mali is, for Bamako's own spending); without a list, every
 * country but the reporter's. Shared equally to the hundredth so that they sum to 100.
 */
function recipientCountriesOf(context: ActivityContext): Array<{ code: string; percentage: number }> {
  const { partnership, action, reporter, odaRecipients } = context;
  const isRecipient = (code: string) =>
    odaRecipients === null ? code !== reporter.countryCode : odaRecipients.has(code);
  const codes = [
    ...new Set(
      action.locatedIn
        .map((partyId) => partnership.parties.find((party) => party.organisationId === partyId)?.countryCode)
        .filter((code): code is string => code !== undefined && isRecipient(code)),
    ),
  ];
  const hundredths = allocateCents(
    10_000,
    codes.map(() => 1),
  );
  return codes.map((code, index) => ({ code, percentage: (hundredths[index] ?? 0) / 100 }));
}

function participatingOrgsOf(context: ActivityContext): IatiParticipatingOrg[] {
  const { action, reporter, partnership } = context;
  const authority = (party: IatiParty): IatiOrganisationRef => ({
    ref: party.iatiIdentifier,
    type: IATI_CODES.organisationType.localGovernment,
    name: party.name,
  });
  const { funding, accountable, extending, implementing } = IATI_CODES.organisationRole;
  const orgs: IatiParticipatingOrg[] = [
    { ...authority(reporter), role: funding },
    ...otherFunders(action.budget, reporter.organisationId, partnership).map((org) => ({
      ...org,
      role: funding,
    })),
    { ...authority(reporter), role: accountable },
    { ...authority(reporter), role: extending },
    ...action.operators.map((operator) => ({ ...operatorOrg(operator, partnership), role: implementing })),
  ];
  const seen = new Set<string>();
  return orgs.filter((org) => {
    const key = `${org.role}|${org.ref ?? ''}|${org.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The other funders of the action's lines (a partner's own budget, the ministry, the EU…), by name. */
function otherFunders(
  budget: readonly BudgetLine[],
  reporter: PartyId,
  partnership: IatiPartnership,
): IatiOrganisationRef[] {
  return budget
    .filter(
      (line) => line.status !== 'refused' && !(line.funder === 'own_budget' && line.partyId === reporter),
    )
    .map((line) => {
      const party = partnership.parties.find((candidate) => candidate.organisationId === line.partyId);
      return party && line.funder === 'own_budget'
        ? { ref: party.iatiIdentifier, type: IATI_CODES.organisationType.localGovernment, name: party.name }
        : { ref: null, type: FUNDER_TYPES[line.funder], name: line.funderName };
    });
}

/** An operator that is a party is that authority; another (an association, a school…) is named only. */
function operatorOrg(operator: Operator, partnership: IatiPartnership): IatiOrganisationRef {
  const party = partnership.parties.find((candidate) => candidate.organisationId === operator.partyId);
  const isTheAuthority = party !== undefined && party.name === operator.name;
  return isTheAuthority
    ? { ref: party.iatiIdentifier, type: IATI_CODES.organisationType.localGovernment, name: party.name }
    : { ref: null, type: null, name: operator.name };
}

/**
 * Start and end, actual once the action has started or ended (never an actual date in the future, a rule of
 * the standard), planned otherwise.
 */
function activityDatesOf(action: IatiAction, today: CalendarDate): IatiActivity['dates'] {
  const { plannedStart, actualStart, plannedEnd, actualEnd } = IATI_CODES.activityDateType;
  const dates: Array<IatiActivity['dates'][number]> = [];
  if (action.startsOn !== null) {
    const started = action.status !== 'planned' && action.startsOn <= today;
    dates.push({ type: started ? actualStart : plannedStart, isoDate: action.startsOn });
  }
  if (action.endsOn !== null) {
    const ended = (action.status === 'completed' || action.status === 'cancelled') && action.endsOn <= today;
    dates.push({ type: ended ? actualEnd : plannedEnd, isoDate: action.endsOn });
  }
  return dates;
}

/** Whether a period lasts one year at most (the standard's rule for a budget): it ends before the anniversary. */
function isAtMostAYear(start: CalendarDate, end: CalendarDate): boolean {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  // Date.UTC carries 29 February of a year without one to 1 March.
  const anniversary = new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10);
  return end >= start && end < anniversary;
}

/**
 * One budget per period and currency: the lines' planned amounts, committed once every line of it is
 * granted. A line without a period, or over more than a year, is not a budget the standard accepts.
 */
function budgetsOf(
  lines: readonly BudgetLine[],
  raise: (code: IatiIssueCode, lineId: string) => void,
): IatiBudget[] {
  const budgets = new Map<string, IatiBudget>();
  for (const line of lines) {
    if (line.periodStartsOn === null || line.periodEndsOn === null) {
      raise('line_period_missing', line.id);
      continue;
    }
    if (!isAtMostAYear(line.periodStartsOn, line.periodEndsOn)) {
      raise('line_period_over_a_year', line.id);
      continue;
    }
    const key = `${line.periodStartsOn}|${line.periodEndsOn}|${line.currency}`;
    const status =
      line.status === 'granted' ? IATI_CODES.budgetStatus.committed : IATI_CODES.budgetStatus.indicative;
    const previous = budgets.get(key);
    budgets.set(key, {
      periodStart: line.periodStartsOn,
      periodEnd: line.periodEndsOn,
      currency: line.currency,
      valueDate: line.periodStartsOn,
      amount: roundToCents((previous?.amount ?? 0) + line.amount),
      status: previous && previous.status !== status ? IATI_CODES.budgetStatus.indicative : status,
    });
  }
  return [...budgets.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

/** Commitments and disbursements as the lines record them, in the line's currency, dated and valued that day. */
function transactionsOf(
  lines: readonly BudgetLine[],
  today: CalendarDate,
  raise: (code: IatiIssueCode, lineId: string) => void,
): IatiTransaction[] {
  const { outgoingCommitment, disbursement } = IATI_CODES.transactionType;
  const transactions: IatiTransaction[] = [];
  for (const line of lines) {
    const figures = [
      { type: outgoingCommitment, amount: line.committedAmount, date: line.committedOn },
      { type: disbursement, amount: line.paidAmount, date: line.paidOn },
    ] as const;
    for (const { type, amount, date } of figures) {
      if (amount === null || date === null) continue;
      if (date > today) {
        raise('transaction_in_future', line.id);
        continue;
      }
      transactions.push({ type, date, amount, currency: line.currency, valueDate: date, lineId: line.id });
    }
  }
  return transactions.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
}

/**
 * One output result carrying the action's indicators: the baseline in the year the action starts, and each
 * reporting period that has a measurement, with its target and its actual as the action page computes it
 * (`computeIndicatorPeriods`: a level's latest value, a count's sum). An indicator planned without periods
 * reports per calendar year against its overall target.
 */
function resultsOf(action: IatiAction): IatiResult[] {
  if (action.indicators.length === 0 || action.startsOn === null) return [];
  const startsOn = action.startsOn;
  const indicators = action.indicators.map((indicator): IatiIndicator => ({
    title: indicator.name,
    unit: indicator.unit,
    ascending: indicator.target >= indicator.baseline,
    baseline: { year: Number(startsOn.slice(0, 4)), isoDate: startsOn, value: indicator.baseline },
    periods: reportedPeriodsOf(indicator),
  }));
  const title = action.objectives.trim() === '' ? action.title : action.objectives.trim();
  return [{ title, indicators }];
}

function reportedPeriodsOf(indicator: Indicator): IatiIndicatorPeriod[] {
  const periods = indicator.periods.length > 0 ? indicator.periods : calendarYearsMeasured(indicator);
  const figures = computeIndicatorPeriods({ ...indicator, periods });
  return figures.periods.flatMap((period) =>
    period.actual === null || period.startsOn === null || period.endsOn === null
      ? []
      : [{ start: period.startsOn, end: period.endsOn, target: period.target, actual: period.actual }],
  );
}

function calendarYearsMeasured(indicator: Indicator): Indicator['periods'] {
  const years = [...new Set(indicator.measurements.map((measurement) => measurement.on.slice(0, 4)))].sort();
  return years.map((year) => ({
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    target: indicator.target,
    baseline: null,
  }));
}

function roundToCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
