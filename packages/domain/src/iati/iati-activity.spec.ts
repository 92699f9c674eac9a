import { type BudgetLine, UNSTATED_LINE_FIGURES } from '../action/action';
import { type IatiAction, type IatiFileInput, type IatiPartnership, buildIatiFile } from './iati-activity';

const ANGERS = 'angers';
const BAMAKO = 'bamako';
const RABAT = 'rabat';
const CURRENCIES = new Set(['EUR', 'XOF', 'MAD']);

function line(id: string, overrides: Partial<BudgetLine> = {}): BudgetLine {
  return {
    id,
    funder: 'own_budget',
    funderName: 'Ville d’Angers',
    partyId: ANGERS,
    amount: 1000,
    currency: 'EUR',
    status: 'granted',
    ...UNSTATED_LINE_FIGURES,
    channel: 'direct',
    eurRate: 1,
    periodStartsOn: '2025-01-01',
    periodEndsOn: '2025-12-31',
    ...overrides,
  };
}

function action(overrides: Partial<IatiAction> = {}): IatiAction {
  return {
    id: 'a1',
    title: 'Forages',
    description: 'Des forages à Bamako',
    objectives: 'L’eau pour 3 quartiers',
    sectors: [{ code: '14031', percentage: 100 }],
    markers: { gender: 1 },
    locatedIn: [BAMAKO],
    operators: [
      { name: 'District de Bamako', partyId: BAMAKO, territoryActorId: null },
      { name: 'Association Eau Vive', partyId: ANGERS, territoryActorId: null },
    ],
    budget: [line('l1')],
    status: 'in_progress',
    startsOn: '2025-01-15',
    endsOn: '2026-12-31',
    indicators: [],
    ...overrides,
  };
}

function partnership(actions: IatiAction[]): IatiPartnership {
  return {
    id: 'p1',
    name: 'Angers – Bamako',
    parties: [
      { organisationId: ANGERS, name: 'Ville d’Angers', countryCode: 'FR', iatiIdentifier: 'FR-SIRET-1' },
      { organisationId: BAMAKO, name: 'District de Bamako', countryCode: 'ML', iatiIdentifier: null },
      { organisationId: RABAT, name: 'Commune de Rabat', countryCode: 'MA', iatiIdentifier: null },
    ],
    actions,
  };
}

function file(actions: IatiAction[], overrides: Partial<IatiFileInput> = {}) {
  return buildIatiFile({
    reporter: {
      organisationId: ANGERS,
      name: 'Ville d’Angers',
      countryCode: 'FR',
      iatiIdentifier: 'FR-SIRET-21490007800012',
      language: 'fr',
    },
    partnerships: [partnership(actions)],
    today: '2026-06-01',
    knownCurrencies: CURRENCIES,
    odaRecipients: null,
    ...overrides,
  });
}

function onlyActivity(actions: IatiAction[]) {
  const activity = file(actions).activities?.[0];
  if (!activity) throw new Error('no activity');
  return activity;
}

describe('the IATI activity file', () => {
  it('prefixes every activity identifier with the reporting organisation’s identifier', () => {
    const activities = file([action(), action({ id: 'a2' })]).activities ?? [];
    expect(activities.map((activity) => activity.identifier)).toEqual([
      'FR-SIRET-21490007800012-a1',
      'FR-SIRET-21490007800012-a2',
    ]);
    expect(activities.every((activity) => activity.reportingOrg.ref === 'FR-SIRET-21490007800012')).toBe(
      true,
    );
    // The reporting organisation is a local government (OrganisationType 11).
    expect(activities[0]?.reportingOrg.type).toBe('11');
    // Actions of one partnership point to each other.
    expect(activities[0]?.relatedActivities).toEqual([{ type: '3', ref: 'FR-SIRET-21490007800012-a2' }]);
  });

  it('publishes nothing without the organisation’s identifier, and says so', () => {
    const result = file([action()], {
      reporter: { organisationId: ANGERS, name: 'A', countryCode: 'FR', iatiIdentifier: ' ', language: 'fr' },
    });
    expect(result.activities).toBeNull();
    expect(result.issues.map((issue) => issue.code)).toEqual(['organisation_identifier_missing']);
    expect(result.actionCount).toBe(1);
  });

  it('leaves out an action without description, sectors or start date, and an action it does not fund', () => {
    const result = file([
      action({ id: 'bare', description: ' ', sectors: [], startsOn: null }),
      action({ id: 'theirs', budget: [line('x', { partyId: BAMAKO })] }),
      action({ id: 'refused', budget: [line('r', { status: 'refused' })] }),
    ]);
    expect(result.activities).toEqual([]);
    expect(result.actionCount).toBe(1);
    expect(result.issues.map((issue) => [issue.code, issue.actionId])).toEqual([
      ['action_description_missing', 'bare'],
      ['action_sectors_missing', 'bare'],
      ['action_start_missing', 'bare'],
    ]);
  });

  it('shares recipient countries to 100 and leaves the reporter’s own country out', () => {
    const three = onlyActivity([action({ locatedIn: [ANGERS, BAMAKO, RABAT, 'tunis'] })]).recipientCountries;
    expect(three.map((country) => country.code)).toEqual(['ML', 'MA']);
    expect(three.reduce((sum, country) => sum + country.percentage, 0)).toBe(100);
    // With the DAC list, a recipient is a country on it: the reporter's own when it is (Bamako spending at home).
    const listed = file([action({ locatedIn: [ANGERS, BAMAKO, RABAT] })], { odaRecipients: new Set(['ML']) });
    expect(listed.activities?.[0]?.recipientCountries).toEqual([{ code: 'ML', percentage: 100 }]);
    const home = onlyActivity([action({ locatedIn: [ANGERS] })]);
    expect(home.recipientCountries).toEqual([]);
    expect(home.recipientRegions).toEqual([{ code: '998', percentage: 100 }]);
  });

  it('gives funding, accountable, extending and implementing roles', () => {
    const activity = onlyActivity([
      action({
        budget: [line('l1'), line('eu', { funder: 'european_union', funderName: 'UE', partyId: null })],
      }),
    ]);
    expect(activity.participatingOrgs.map((org) => [org.role, org.name, org.type])).toEqual([
      ['1', 'Ville d’Angers', '11'],
      ['1', 'UE', '40'],
      ['2', 'Ville d’Angers', '11'],
      ['3', 'Ville d’Angers', '11'],
      ['4', 'District de Bamako', '11'],
      ['4', 'Association Eau Vive', null],
    ]);
  });

  it('dates the activity, actual once started or ended and never in the future', () => {
    expect(onlyActivity([action()]).dates).toEqual([
      { type: '2', isoDate: '2025-01-15' },
      { type: '3', isoDate: '2026-12-31' },
    ]);
    expect(onlyActivity([action({ status: 'planned' })]).dates[0]?.type).toBe('1');
    expect(onlyActivity([action({ status: 'completed', endsOn: '2026-05-31' })]).dates[1]).toEqual({
      type: '4',
      isoDate: '2026-05-31',
    });
    expect(onlyActivity([action({ status: 'completed' })]).status).toBe('4');
    expect(onlyActivity([action({ status: 'on_hold' })]).status).toBe('6');
  });

  it('budgets a year at most per element, in the line’s currency, and lists the lines it cannot', () => {
    const result = file([
      action({
        budget: [
          line('eur-1', { amount: 1000.1 }),
          line('eur-2', { amount: 0.2, status: 'requested' }),
          line('xof', { currency: 'XOF', amount: 655_957 }),
          line('long', { periodStartsOn: '2025-01-01', periodEndsOn: '2026-01-01' }),
          line('leap', { periodStartsOn: '2024-02-29', periodEndsOn: '2025-02-28' }),
          line('none', { periodStartsOn: null, periodEndsOn: null }),
          line('yen?', { currency: 'ZZZ' }),
        ],
      }),
    ]);
    expect(result.activities?.[0]?.budgets).toEqual([
      {
        periodStart: '2024-02-29',
        periodEnd: '2025-02-28',
        currency: 'EUR',
        valueDate: '2024-02-29',
        amount: 1000,
        status: '2',
      },
      {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        currency: 'EUR',
        valueDate: '2025-01-01',
        amount: 1000.3,
        status: '1',
      },
      {
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        currency: 'XOF',
        valueDate: '2025-01-01',
        amount: 655_957,
        status: '2',
      },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.lineId])).toEqual([
      ['line_currency_unknown', 'yen?'],
      ['line_period_over_a_year', 'long'],
      ['line_period_missing', 'none'],
    ]);
  });

  it('reports commitments and disbursements from the lines, dated, never in the future', () => {
    const result = file([
      action({
        budget: [
          line('l1', {
            currency: 'XOF',
            committedAmount: 500_000,
            committedOn: '2025-02-01',
            paidAmount: 250_000,
            paidOn: '2025-03-01',
          }),
          line('l2', { paidAmount: 10, paidOn: '2026-06-02' }),
        ],
      }),
    ]);
    expect(result.activities?.[0]?.transactions).toEqual([
      {
        type: '2',
        date: '2025-02-01',
        amount: 500_000,
        currency: 'XOF',
        valueDate: '2025-02-01',
        lineId: 'l1',
      },
      {
        type: '3',
        date: '2025-03-01',
        amount: 250_000,
        currency: 'XOF',
        valueDate: '2025-03-01',
        lineId: 'l1',
      },
    ]);
    expect(result.issues.map((issue) => [issue.code, issue.lineId])).toEqual([
      ['transaction_in_future', 'l2'],
    ]);
  });

  it('reports each indicator’s baseline, and its target and last measure per year', () => {
    const activity = onlyActivity([
      action({
        indicators: [
          {
            id: 'i1',
            name: 'Points d’eau',
            unit: 'forages',
            kind: 'level',
            frequency: null,
            periods: [],
            disaggregations: [],
            baseline: 2,
            target: 10,
            proposedBy: BAMAKO,
            validatedBy: [ANGERS, BAMAKO],
            measurements: [
              { on: '2026-03-01', value: 8, recordedBy: BAMAKO, breakdown: [], evidenceIds: [] },
              { on: '2025-06-01', value: 4, recordedBy: BAMAKO, breakdown: [], evidenceIds: [] },
              { on: '2025-11-01', value: 6, recordedBy: ANGERS, breakdown: [], evidenceIds: [] },
            ],
          },
        ],
      }),
    ]);
    expect(activity.results).toEqual([
      {
        title: 'L’eau pour 3 quartiers',
        indicators: [
          {
            title: 'Points d’eau',
            unit: 'forages',
            ascending: true,
            baseline: { year: 2025, isoDate: '2025-01-15', value: 2 },
            periods: [
              { start: '2025-01-01', end: '2025-12-31', target: 10, actual: 6 },
              { start: '2026-01-01', end: '2026-12-31', target: 10, actual: 8 },
            ],
          },
        ],
      },
    ]);
  });

  it('reports a counted indicator per planned period: its target and the sum measured in it', () => {
    const activity = onlyActivity([
      action({
        indicators: [
          {
            id: 'i2',
            name: 'Personnes formées',
            unit: 'personnes',
            kind: 'count',
            frequency: 'half_yearly',
            periods: [
              { startsOn: '2025-01-01', endsOn: '2025-06-30', target: 20, baseline: null },
              { startsOn: '2025-07-01', endsOn: '2025-12-31', target: 30, baseline: null },
              { startsOn: '2026-01-01', endsOn: '2026-06-30', target: 30, baseline: null },
            ],
            disaggregations: [],
            baseline: 0,
            target: 80,
            proposedBy: BAMAKO,
            validatedBy: [ANGERS, BAMAKO],
            measurements: [
              { on: '2025-03-01', value: 8, recordedBy: BAMAKO, breakdown: [], evidenceIds: [] },
              { on: '2025-05-01', value: 9, recordedBy: ANGERS, breakdown: [], evidenceIds: [] },
              { on: '2025-09-01', value: 12, recordedBy: BAMAKO, breakdown: [], evidenceIds: [] },
            ],
          },
        ],
      }),
    ]);
    // The half-year of 2026 has no measurement yet: it is not published with an actual it does not have.
    expect(activity.results[0]?.indicators[0]?.periods).toEqual([
      { start: '2025-01-01', end: '2025-06-30', target: 20, actual: 17 },
      { start: '2025-07-01', end: '2025-12-31', target: 30, actual: 12 },
    ]);
  });
});
