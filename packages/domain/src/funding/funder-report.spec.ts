import { type Action, type BudgetLine, UNSTATED_LINE_FIGURES, UNPLANNED_INDICATOR } from '../action/action';
import { computeIndicatorPeriods } from '../action/indicator-periods';
import { INITIATOR, PARTNER } from '../testing/fixtures.test-helpers';
import { type Visit } from '../visit/visit';
import { computeActionMoney } from './action-money';
import { type FundingApplication, type FundingCall } from './funding-application';
import { type FunderReportDue } from './funding-follow-up';
import {
  applicationTotals,
  buildFunderReport,
  funderReportActivities,
  funderReportPeriod,
  grantFunderFigures,
  type ReportedApplication,
} from './funder-report';

const ACTION_DATES = { startsOn: '2026-01-10', endsOn: '2027-06-30' } as const;
const APPLICATION = { decidedOn: '2026-02-01', submittedOn: '2026-01-20' } as const;

function report(id: string, kind: FunderReportDue['kind'], dueOn: string, submittedOn: string | null) {
  return { id, applicationId: 'app', kind, dueOn, submittedOn } satisfies FunderReportDue;
}

describe('the period a funder report covers', () => {
  it('covers the action from its start to the first interim report not sent, or to today if earlier', () => {
    const reports = [report('r1', 'interim', '2026-06-30', null), report('f', 'final', '2027-09-30', null)];
    const period = (today: string) =>
      funderReportPeriod({ kind: 'interim', action: ACTION_DATES, application: APPLICATION, reports, today });
    expect(period('2026-12-01')).toEqual({ startsOn: '2026-01-10', endsOn: '2026-06-30', due: reports[0] });
    expect(period('2026-05-15')).toMatchObject({ startsOn: '2026-01-10', endsOn: '2026-05-15' });
  });

  it('starts a second interim report the day after the one already sent', () => {
    const reports = [
      report('r2', 'interim', '2026-12-31', null),
      report('r1', 'interim', '2026-06-30', '2026-06-20'),
    ];
    expect(
      funderReportPeriod({
        kind: 'interim',
        action: ACTION_DATES,
        application: APPLICATION,
        reports,
        today: '2027-01-15',
      }),
    ).toEqual({ startsOn: '2026-06-21', endsOn: '2026-12-31', due: reports[0] });
  });

  it('answers the latest report sent when every report of its kind was sent', () => {
    const reports = [
      report('r1', 'interim', '2026-06-30', '2026-06-20'),
      report('r2', 'interim', '2026-12-31', '2027-01-05'),
    ];
    const period = funderReportPeriod({
      kind: 'interim',
      action: ACTION_DATES,
      application: APPLICATION,
      reports,
      today: '2027-02-01',
    });
    expect(period).toEqual({ startsOn: '2026-06-21', endsOn: '2026-12-31', due: reports[1] });
  });

  it('covers the whole action in a final report, never past today', () => {
    const final = report('f', 'final', '2027-09-30', null);
    const period = (today: string) =>
      funderReportPeriod({
        kind: 'final',
        action: ACTION_DATES,
        application: APPLICATION,
        reports: [report('r1', 'interim', '2026-06-30', '2026-06-20'), final],
        today,
      });
    expect(period('2027-08-01')).toEqual({ startsOn: '2026-01-10', endsOn: '2027-06-30', due: final });
    expect(period('2027-03-01').endsOn).toBe('2027-03-01');
  });

  it('starts at the decision when the action has no start date, and plans nothing when no report is due', () => {
    expect(
      funderReportPeriod({
        kind: 'final',
        action: { startsOn: null, endsOn: null },
        application: APPLICATION,
        reports: [],
        today: '2026-04-01',
      }),
    ).toEqual({ startsOn: '2026-02-01', endsOn: '2026-04-01', due: null });
  });
});

describe('what was done over the period', () => {
  const visit = (id: string, startsOn: string, endsOn: string, cancelled = false): Visit =>
    ({
      id,
      direction: 'to_partner',
      partnerPartyId: PARTNER,
      startsOn,
      endsOn,
      purpose: `Mission ${id}`,
      report: null,
      cancelled,
    }) as unknown as Visit;

  it('lists the log entries dated in the period in the authority’s zone and the visits overlapping it', () => {
    const action = {
      log: [
        // 23:30 UTC on 31 March is 1 April in Paris: inside the period.
        {
          id: 'l1',
          at: new Date('2026-03-31T23:30:00Z'),
          byParty: PARTNER,
          kind: 'training',
          text: 'Formation',
        },
        {
          id: 'l0',
          at: new Date('2026-03-31T12:00:00Z'),
          byParty: INITIATOR,
          kind: 'meeting',
          text: 'Avant',
        },
        {
          id: 'l2',
          at: new Date('2026-05-02T08:00:00Z'),
          byParty: INITIATOR,
          kind: 'delivery',
          text: 'Pompe',
        },
      ],
    } as unknown as Pick<Action, 'log'>;
    const activities = funderReportActivities({
      action,
      visits: [
        visit('v1', '2026-03-28', '2026-04-03'),
        visit('v2', '2026-04-10', '2026-04-12', true),
        visit('v3', '2026-07-01', '2026-07-05'),
      ],
      period: { startsOn: '2026-04-01', endsOn: '2026-06-30' },
      timeZone: 'Europe/Paris',
    });
    expect(activities.map((activity) => [activity.source, activity.on, activity.text])).toEqual([
      ['visit', '2026-03-28', 'Mission v1'],
      ['log', '2026-04-01', 'Formation'],
      ['log', '2026-05-02', 'Pompe'],
    ]);
  });
});

describe('the money a funder report gives', () => {
  const line = (overrides: Partial<BudgetLine> & Pick<BudgetLine, 'id' | 'amount'>): BudgetLine => ({
    funder: 'own_budget',
    funderName: '',
    partyId: INITIATOR,
    currency: 'EUR',
    status: 'granted',
    ...UNSTATED_LINE_FIGURES,
    ...overrides,
  });
  const call: FundingCall = {
    id: 'call-meae',
    organisationId: INITIATOR,
    funder: 'ministry_call',
    funderName: 'MEAE — DAECT',
    name: 'Appel à projets 2026',
    link: null,
    opensOn: '2026-01-01',
    closesOn: '2026-01-31',
    rules: [],
  };
  const refusedCall: FundingCall = { ...call, id: 'call-eu', funder: 'european_union', funderName: 'UE' };
  const application = (id: string, overrides: Partial<FundingApplication>): FundingApplication => ({
    id,
    callId: 'call-meae',
    actionId: 'act',
    status: 'granted',
    requestedAmount: 15_000,
    staffTimeAmount: 0,
    submittedOn: '2026-01-20',
    grantedAmount: 15_000,
    decidedOn: '2026-02-01',
    conditions: '',
    withdrawnOn: null,
    ...overrides,
  });
  const granted: ReportedApplication = {
    application: application('meae', {}),
    call,
    tranches: [
      {
        id: 't1',
        applicationId: 'meae',
        label: 'Avance',
        expectedOn: '2026-03-01',
        expectedAmount: 9_000,
        receivedOn: '2026-03-05',
        receivedAmount: 9_000,
      },
    ],
    reports: [report('r1', 'interim', '2026-06-30', null)],
  };
  const refused: ReportedApplication = {
    application: application('eu', {
      callId: 'call-eu',
      status: 'refused',
      requestedAmount: 30_000,
      grantedAmount: null,
    }),
    call: refusedCall,
    tranches: [],
    reports: [],
  };
  const action = {
    id: 'act',
    title: 'Forage',
    objectives: 'De l’eau pour 2 000 habitants',
    description: 'Un forage et un château d’eau',
    status: 'in_progress',
    locatedIn: [PARTNER],
    ...ACTION_DATES,
    budget: [
      line({ id: 'own', amount: 25_000 }),
      line({
        id: 'meae',
        funder: 'ministry_call',
        funderName: ' meae — daect ',
        partyId: null,
        amount: 15_000,
      }),
      line({
        id: 'bko',
        partyId: PARTNER,
        amount: 6_559_570,
        currency: 'XOF',
        eurRate: 655.957,
      }),
      line({
        id: 'eu',
        funder: 'european_union',
        funderName: 'UE',
        partyId: null,
        amount: 30_000,
        status: 'refused',
      }),
    ],
    indicators: [
      {
        ...UNPLANNED_INDICATOR,
        id: 'ind',
        name: 'Ménages raccordés',
        unit: 'ménages',
        baseline: 0,
        target: 400,
        proposedBy: INITIATOR,
        validatedBy: [INITIATOR, PARTNER],
        periods: [
          { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 100, baseline: null },
          { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 250, baseline: null },
        ],
        measurements: [
          { on: '2026-05-01', value: 80, recordedBy: PARTNER, breakdown: [], evidenceIds: [] },
          { on: '2026-06-15', value: 120, recordedBy: PARTNER, breakdown: [], evidenceIds: [] },
        ],
      },
    ],
    log: [],
  } as unknown as Action;

  it('counts granted and received apart from refused and requested applications', () => {
    expect(
      applicationTotals([
        { ...granted.application, tranches: granted.tranches },
        { ...refused.application, tranches: [] },
        { status: 'submitted', requestedAmount: 4_000.5, grantedAmount: null, tranches: [] },
      ]),
    ).toEqual({ requested: 4_000.5, granted: 15_000, received: 9_000, refused: 30_000 });
  });

  it('finds the call’s funder among the co-financers, its name’s case and spaces aside', () => {
    const money = computeActionMoney(action);
    expect(grantFunderFigures(money, call)).toMatchObject({
      granted: 15_000,
      grantLeverage: 35_000 / 15_000,
    });
    expect(grantFunderFigures(money, { funder: 'development_agency', funderName: 'AFD' })).toBeNull();
  });

  it('builds the report from the action page’s own figures, the refused request apart', () => {
    const built = buildFunderReport({
      kind: 'interim',
      action,
      visits: [],
      reported: granted,
      allApplications: [granted, refused],
      today: '2026-07-10',
      timeZone: 'Europe/Paris',
    });
    expect(built.period).toMatchObject({ startsOn: '2026-01-10', endsOn: '2026-06-30' });
    expect(built.indicators[0]!.figures).toEqual(computeIndicatorPeriods(action.indicators[0]!));
    expect(built.indicators[0]!.figures.periods.map((period) => period.actual)).toEqual([120, null]);
    expect(built.money).toEqual(computeActionMoney(action));
    expect(built.money.totalEuros.planned).toBe(50_000);
    expect(built.grant).toMatchObject({ share: 0.3, grantLeverage: 35_000 / 15_000 });
    expect(built.otherApplications.map((other) => other.application.status)).toEqual(['refused']);
    expect(built.applicationTotals).toEqual({
      requested: 0,
      granted: 15_000,
      received: 9_000,
      refused: 30_000,
    });
  });
});
