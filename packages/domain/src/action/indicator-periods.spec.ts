import {
  type PartnershipAppend,
  type PartnershipCommand as DocumentCommand,
  applyCommand,
} from '../partnership/apply-command';
import {
  INITIATOR,
  NOW,
  PARTNER,
  expectError,
  expectOk,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type Action, type Indicator, type Measurement, UNPLANNED_INDICATOR } from './action';
import { checkBreakdown, computeIndicatorPeriods, reportingPeriodsBetween } from './indicator-periods';

type PartnershipCommand = DocumentCommand | PartnershipAppend;

const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand) =>
  applyCommand(snapshot, command, NOW);

const BY_SEX = { dimension: 'sex', categories: ['female', 'male'] };

function measured(on: string, value: number, recordedBy = PARTNER, breakdown: Measurement['breakdown'] = []) {
  return { on, value, recordedBy, breakdown, evidenceIds: [] } satisfies Measurement;
}

function indicatorWith(overrides: Partial<Indicator>): Indicator {
  return {
    id: 'i-1',
    name: 'People trained',
    unit: 'people',
    baseline: 0,
    target: 100,
    proposedBy: PARTNER,
    validatedBy: [PARTNER, INITIATOR],
    ...UNPLANNED_INDICATOR,
    measurements: [],
    ...overrides,
  };
}

const HALVES = [
  { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 40, baseline: null },
  { startsOn: '2026-07-01', endsOn: '2026-12-31', target: 100, baseline: 40 },
];

describe('reporting periods', () => {
  it('cuts calendar years, halves and quarters, the first and last cut to the dates given', () => {
    expect(reportingPeriodsBetween('yearly', '2026-03-10', '2027-01-31')).toEqual([
      { startsOn: '2026-03-10', endsOn: '2026-12-31' },
      { startsOn: '2027-01-01', endsOn: '2027-01-31' },
    ]);
    expect(reportingPeriodsBetween('half_yearly', '2026-05-01', '2026-12-31')).toEqual([
      { startsOn: '2026-05-01', endsOn: '2026-06-30' },
      { startsOn: '2026-07-01', endsOn: '2026-12-31' },
    ]);
    expect(reportingPeriodsBetween('quarterly', '2026-01-01', '2026-12-31').map((p) => p.endsOn)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    expect(reportingPeriodsBetween('yearly', '2027-01-01', '2026-01-01')).toEqual([]);
  });
});

describe('computeIndicatorPeriods', () => {
  it('sums the measurements of each period for a count, and leaves a period without them empty', () => {
    const figures = computeIndicatorPeriods(
      indicatorWith({
        kind: 'count',
        periods: HALVES,
        measurements: [
          measured('2026-02-01', 10),
          measured('2026-06-30', 15, INITIATOR),
          measured('2025-12-31', 3),
        ],
      }),
    );
    expect(figures.periods[0]).toMatchObject({
      startsOn: '2026-01-01',
      baseline: 0,
      target: 40,
      actual: 25,
      measurementCount: 2,
      measuredBy: [PARTNER, INITIATOR],
    });
    expect(figures.periods[0]?.progress).toBeCloseTo(25 / 40);
    expect(figures.periods[1]).toMatchObject({
      baseline: 40,
      actual: null,
      progress: null,
      measurementCount: 0,
    });
    expect(figures.overall).toMatchObject({ startsOn: null, actual: 28, target: 100 });
    expect(figures.outsidePeriods).toBe(1);
  });

  it('takes the latest measurement of each period for a level, by day and then in the order recorded', () => {
    const figures = computeIndicatorPeriods(
      indicatorWith({
        kind: 'level',
        periods: HALVES,
        measurements: [
          measured('2026-05-01', 30),
          measured('2026-03-01', 50),
          measured('2026-05-01', 35, INITIATOR),
          measured('2026-09-01', 70),
        ],
      }),
    );
    expect(figures.periods.map((period) => period.actual)).toEqual([35, 70]);
    expect(figures.overall.actual).toBe(70);
    expect(figures.outsidePeriods).toBe(0);
  });

  it('gives an indicator without periods its overall figures only', () => {
    const figures = computeIndicatorPeriods(indicatorWith({ measurements: [measured('2026-01-01', 12)] }));
    expect(figures.periods).toEqual([]);
    expect(figures.overall).toMatchObject({ baseline: 0, target: 100, actual: 12, progress: 0.12 });
    expect(figures.outsidePeriods).toBe(0);
  });

  it('sums each category of a count, and says when some measurements were not split', () => {
    const figures = computeIndicatorPeriods(
      indicatorWith({
        kind: 'count',
        periods: HALVES,
        disaggregations: [BY_SEX],
        measurements: [
          measured('2026-02-01', 10, PARTNER, [
            { dimension: 'sex', category: 'female', value: 6 },
            { dimension: 'sex', category: 'male', value: 4 },
          ]),
          measured('2026-03-01', 5, PARTNER, [{ dimension: 'sex', category: 'female', value: 5 }]),
          measured('2026-08-01', 8),
          measured('2026-09-01', 2, PARTNER, [{ dimension: 'sex', category: 'male', value: 2 }]),
        ],
      }),
    );
    expect(figures.periods[0]?.breakdown).toEqual([
      {
        dimension: 'sex',
        complete: true,
        categories: [
          { category: 'female', actual: 11 },
          { category: 'male', actual: 4 },
        ],
      },
    ]);
    expect(figures.periods[1]?.breakdown?.[0]).toMatchObject({ complete: false });
    expect(
      computeIndicatorPeriods(indicatorWith({ disaggregations: [BY_SEX] })).overall.breakdown,
    ).toBeNull();
  });
});

describe('a measurement’s breakdown', () => {
  const indicator = {
    disaggregations: [BY_SEX, { dimension: 'age_group', categories: ['under_15', '15_24'] }],
  };

  it('accepts each dimension summing to the value, and a dimension left out', () => {
    expect(
      checkBreakdown(indicator, 10, [
        { dimension: 'sex', category: 'female', value: 6.5 },
        { dimension: 'sex', category: 'male', value: 3.5 },
      ]),
    ).toBeNull();
    expect(
      checkBreakdown(indicator, 0.3, [{ dimension: 'sex', category: 'female', value: 0.1 + 0.2 }]),
    ).toBeNull();
  });

  it('refuses a dimension that does not sum to the value', () => {
    expect(
      checkBreakdown(indicator, 10, [
        { dimension: 'sex', category: 'female', value: 6 },
        { dimension: 'sex', category: 'male', value: 3 },
        { dimension: 'age_group', category: 'under_15', value: 10 },
      ]),
    ).toMatchObject({ code: 'ACTION.MEASUREMENT_BREAKDOWN_MISMATCH', details: { dimension: 'sex', sum: 9 } });
  });

  it('refuses another dimension or category, the same category twice, and a negative share', () => {
    const one = (dimension: string, category: string, value = 10) => [{ dimension, category, value }];
    expect(checkBreakdown(indicator, 10, one('religion', 'x'))?.code).toBe(
      'ACTION.MEASUREMENT_UNKNOWN_CATEGORY',
    );
    expect(checkBreakdown(indicator, 10, one('sex', 'other'))?.code).toBe(
      'ACTION.MEASUREMENT_UNKNOWN_CATEGORY',
    );
    expect(
      checkBreakdown(indicator, 10, [...one('sex', 'female', 5), ...one('sex', 'female', 5)])?.code,
    ).toBe('ACTION.MEASUREMENT_UNKNOWN_CATEGORY');
    expect(checkBreakdown(indicator, 0, [...one('sex', 'female', -1), ...one('sex', 'male', 1)])?.code).toBe(
      'RECORD.INVALID_VALUE',
    );
  });
});

describe('planning an indicator over time', () => {
  const create: PartnershipCommand = {
    type: 'CreateAction',
    priority: 'medium',
    actionId: 'act-1',
    title: 'Training',
    themes: ['education'],
    sdgs: [],
    locatedIn: [PARTNER],
    initiatedBy: PARTNER,
    operators: [],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
  };
  const add: PartnershipCommand = {
    type: 'AddIndicator',
    actionId: 'act-1',
    indicatorId: 'i-1',
    name: 'People trained',
    unit: 'people',
    baseline: 0,
    target: 100,
    proposedBy: PARTNER,
    plan: { kind: 'count', frequency: 'half_yearly', periods: HALVES, disaggregations: [BY_SEX] },
  };
  const validate: PartnershipCommand = {
    type: 'ValidateIndicator',
    actionId: 'act-1',
    indicatorId: 'i-1',
    partyId: INITIATOR,
  };
  const indicatorOf = (snapshot: ReturnType<typeof withPartner>) =>
    (snapshot.actions[0] as Action).indicators[0] as Indicator;

  it('adds an indicator with its kind, periods and dimensions; without a plan, a level one overall', () => {
    const added = indicatorOf(run(withPartner(), [create, add]));
    expect(added).toMatchObject({
      kind: 'count',
      frequency: 'half_yearly',
      periods: HALVES,
      disaggregations: [BY_SEX],
    });
    const { plan: _plan, ...unplanned } = add as Extract<PartnershipCommand, { type: 'AddIndicator' }>;
    expect(indicatorOf(run(withPartner(), [create, unplanned]))).toMatchObject(UNPLANNED_INDICATOR);
  });

  it('refuses overlapping periods, a period ending before it starts, and a dimension with one category', () => {
    const plan = { kind: 'count' as const, frequency: 'custom' as const, disaggregations: [] };
    const overlapping = [HALVES[0]!, { ...HALVES[1]!, startsOn: '2026-06-30' }];
    expectError(
      apply(run(withPartner(), [create]), {
        ...add,
        plan: { ...plan, periods: overlapping },
      } as PartnershipCommand),
      'ACTION.INDICATOR_PERIODS_INVALID',
    );
    const backwards = [{ ...HALVES[0]!, endsOn: '2025-12-31' }];
    expectError(
      apply(run(withPartner(), [create]), {
        ...add,
        plan: { ...plan, periods: backwards },
      } as PartnershipCommand),
      'ACTION.INDICATOR_PERIODS_INVALID',
    );
    const single = [{ dimension: 'sex', categories: ['female'] }];
    expectError(
      apply(run(withPartner(), [create]), {
        ...add,
        plan: { ...plan, periods: [], disaggregations: single },
      } as PartnershipCommand),
      'ACTION.INDICATOR_DISAGGREGATION_INVALID',
    );
  });

  it('asks the other side to validate again when a plan changes, and not when it is the same', () => {
    const coValidated = run(withPartner(), [create, add, validate]);
    const replan: PartnershipCommand = {
      type: 'PlanIndicator',
      actionId: 'act-1',
      indicatorId: 'i-1',
      partyId: INITIATOR,
      kind: 'count',
      frequency: 'yearly',
      periods: [{ startsOn: '2026-01-01', endsOn: '2026-12-31', target: 120, baseline: null }],
      disaggregations: [BY_SEX],
    };
    const { state, events } = expectOk(apply(coValidated, replan));
    expect(indicatorOf(state)).toMatchObject({ frequency: 'yearly', validatedBy: [INITIATOR] });
    expect(events[0]).toMatchObject({ type: 'IndicatorPlanned', periods: 1, revalidationAsked: true });
    const same = expectOk(apply(coValidated, { ...replan, frequency: 'half_yearly', periods: HALVES }));
    expect(indicatorOf(same.state).validatedBy).toEqual([PARTNER, INITIATOR]);
    expect(same.events[0]).toMatchObject({ revalidationAsked: false });
  });

  it('records a measurement with its breakdown and evidence, refusing a breakdown that does not add up', () => {
    const coValidated = run(withPartner(), [create, add, validate]);
    const measure: PartnershipCommand = {
      type: 'RecordMeasurement',
      actionId: 'act-1',
      indicatorId: 'i-1',
      on: '2026-03-01',
      value: 12,
      unit: 'people',
      recordedBy: INITIATOR,
      breakdown: [
        { dimension: 'sex', category: 'female', value: 7 },
        { dimension: 'sex', category: 'male', value: 5 },
      ],
      evidenceIds: ['file-1', 'file-1'],
    };
    const measuredState = expectOk(apply(coValidated, measure)).state;
    expect(indicatorOf(measuredState).measurements[0]).toMatchObject({
      recordedBy: INITIATOR,
      evidenceIds: ['file-1'],
      breakdown: [
        { dimension: 'sex', category: 'female', value: 7 },
        { dimension: 'sex', category: 'male', value: 5 },
      ],
    });
    expectError(apply(coValidated, { ...measure, value: 13 }), 'ACTION.MEASUREMENT_BREAKDOWN_MISMATCH');
  });
});
