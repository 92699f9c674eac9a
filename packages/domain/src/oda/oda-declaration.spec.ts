import { type BudgetLine, UNSTATED_LINE_FIGURES } from '../action/action';
import { type DeclaredAction, buildOdaDeclaration } from './oda-declaration';
import { POLICY_MARKERS, allocateCents, checkSectorShares, euroCents } from './oda';

const CITY = 'city';
const ALL_MARKERS_ZERO = Object.fromEntries(POLICY_MARKERS.map((marker) => [marker, 0]));

function line(id: string, overrides: Partial<BudgetLine>): BudgetLine {
  return {
    id,
    funder: 'own_budget',
    funderName: 'City',
    partyId: CITY,
    amount: 1000,
    currency: 'EUR',
    status: 'granted',
    ...UNSTATED_LINE_FIGURES,
    channel: 'direct',
    eurRate: 1,
    ...overrides,
  };
}

function action(budget: BudgetLine[], overrides: Partial<DeclaredAction> = {}): DeclaredAction {
  return {
    partnershipId: 'p',
    partnershipName: 'Rennes – Saint-Louis',
    id: 'a',
    title: 'Water',
    description: 'Wells',
    objectives: 'Water for 3 villages',
    sectors: [{ code: '14031', percentage: 100 }],
    markers: ALL_MARKERS_ZERO,
    recipientCountries: ['SN'],
    budget,
    ...overrides,
  };
}

const declare = (actions: DeclaredAction[], year = 2025) =>
  buildOdaDeclaration({ year, declarant: CITY, actions, eligibleCountries: new Set(['SN', 'MA']) });

describe('the annual ODA declaration', () => {
  it('counts what the declarant paid from its own budget in the year, converted at the line’s rate', () => {
    const declaration = declare([
      action([
        line('eur', { paidAmount: 1234.56, paidOn: '2025-03-01' }),
        line('xof', { currency: 'XOF', eurRate: 655.957, paidAmount: 6_559_570, paidOn: '2025-12-31' }),
        line('last-year', { paidAmount: 999, paidOn: '2024-12-31' }),
        line('ministry', { funder: 'ministry_call', partyId: null, paidAmount: 5000, paidOn: '2025-05-01' }),
      ]),
    ]);
    expect(declaration.totalCents).toBe(123_456 + 1_000_000);
    expect(declaration.byCountry).toEqual([{ key: 'SN', amountCents: 1_123_456 }]);
    expect(declaration.issues).toEqual([]);
  });

  it('splits a line by sector and country so that the rows add up to the line to the cent', () => {
    const declaration = declare([
      action([line('l', { paidAmount: 100, paidOn: '2025-06-01' })], {
        sectors: [
          { code: '14031', percentage: 33.3 },
          { code: '15112', percentage: 33.3 },
          { code: '43030', percentage: 33.4 },
        ],
        recipientCountries: ['SN', 'MA', 'TN'],
      }),
    ]);
    expect(declaration.rows).toHaveLength(9);
    expect(declaration.totalCents).toBe(10_000);
    expect(declaration.rows.every((row) => Number.isInteger(row.amountCents))).toBe(true);
    expect(declaration.issues.map((issue) => [issue.code, issue.country])).toEqual([
      ['country_not_eligible', 'TN'],
    ]);
  });

  it('lists what is missing, and leaves out a line whose rate is not known', () => {
    const declaration = declare([
      action(
        [
          line('no-rate', { currency: 'MAD', eurRate: null, paidAmount: 10_000, paidOn: '2025-02-01' }),
          line('no-channel', { channel: null, paidAmount: 10, paidOn: '2025-02-01' }),
          line('unpaid', { periodStartsOn: '2025-01-01', periodEndsOn: '2025-12-31' }),
        ],
        { description: ' ', objectives: '', sectors: [], markers: { gender: 1 } },
      ),
    ]);
    expect(declaration.issues.map((issue) => [issue.code, issue.lineId])).toEqual([
      ['action_description_missing', null],
      ['action_objectives_missing', null],
      ['action_sectors_missing', null],
      ['action_markers_missing', null],
      ['line_payment_missing', 'unpaid'],
      ['line_rate_missing', 'no-rate'],
      ['line_channel_missing', 'no-channel'],
    ]);
    expect(declaration.totalCents).toBe(1000);
    expect(declaration.rows[0]?.sectorCode).toBeNull();
  });

  it('says when no DAC list of recipients is shipped for the year', () => {
    const declaration = buildOdaDeclaration({
      year: 2030,
      declarant: CITY,
      actions: [action([line('l', { paidAmount: 1, paidOn: '2030-01-01' })])],
      eligibleCountries: null,
    });
    expect(declaration.issues.map((issue) => issue.code)).toEqual(['recipient_list_missing']);
    expect(declaration.rows[0]?.odaEligible).toBeNull();
  });
});

describe('ODA figures', () => {
  it('allocates cents by weight without losing one', () => {
    expect(allocateCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateCents(1, [50, 50])).toEqual([1, 0]);
    expect(allocateCents(0, [])).toEqual([]);
  });

  it('converts CFA francs at the peg', () => {
    expect(euroCents(655_957, 655.957)).toBe(100_000);
    expect(euroCents(1, 655.957)).toBe(0);
  });

  it('accepts known sectors summing to 100 only', () => {
    const known = new Set(['14031', '15112']);
    expect(checkSectorShares([{ code: '14031', percentage: 100 }], known)).toBeNull();
    expect(checkSectorShares([], known)).toBeNull();
    expect(checkSectorShares([{ code: '99999', percentage: 100 }], known)?.code).toBe('ODA.UNKNOWN_SECTOR');
    expect(
      checkSectorShares(
        [
          { code: '14031', percentage: 60 },
          { code: '15112', percentage: 30 },
        ],
        known,
      )?.code,
    ).toBe('ODA.SECTORS_NOT_100');
  });
});
