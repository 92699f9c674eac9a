import { UNPLANNED_INDICATOR, UNSTATED_LINE_FIGURES } from '../action/action';
import { type Action } from '../action/action';
import { type PartnershipCommand } from '../partnership/apply-command';
import { type PartnershipSnapshot } from '../partnership/partnership';
import {
  ENGINEER,
  INITIATOR,
  MAYOR,
  PARTNER,
  PARTNER_MAYOR,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type AudienceDue } from '../dialogue/dialogue-cadence';
import { computeAsymmetry } from './asymmetry';
import {
  HEALTH_WEIGHTS,
  actionBalance,
  computeHealthScore,
  expectedHealthComponents,
  type HealthStep,
  conventionValue,
  dialogueRegularity,
  visitReciprocity,
} from './health-score';
import { computeFundingFigures } from './funding';

function action(
  id: string,
  initiatedBy: string,
  locatedIn: string[],
  overrides: Partial<Action> = {},
): Action {
  return {
    id,
    title: id,
    description: '',
    objectives: '',
    sectors: [],
    markers: {},
    themes: ['culture'],
    sdgs: [],
    locatedIn,
    initiatedBy,
    proposal: { proposedBy: initiatedBy, statedBy: initiatedBy, confirmedBy: null },
    operators: [],
    priority: 'medium',
    budget: [],
    status: 'in_progress',
    startsOn: null,
    endsOn: null,
    indicators: [],
    evaluations: [],
    log: [],
    ...overrides,
  };
}

const visitCommand = (visitId: string, direction: 'to_partner' | 'from_partner'): PartnershipCommand => ({
  type: 'RecordVisit',
  agenda: [],
  visitId,
  direction,
  partnerPartyId: PARTNER,
  startsOn: '2025-03-01',
  endsOn: '2025-03-03',
  purpose: 'Visit',
  delegation: direction === 'to_partner' ? [MAYOR, ENGINEER] : [PARTNER_MAYOR],
  hosts: [],
  travelAdvisory: { level: 'normal_vigilance', source: 'FD', checkedOn: '2025-02-20' },
  travelApproval: null,
});

function withActions(actions: Action[]): PartnershipSnapshot {
  return { ...withPartner(), actions };
}

describe('asymmetry figures', () => {
  it('measures who initiates actions and where they take place, per party', () => {
    const snapshot = withActions([
      action('a', INITIATOR, [PARTNER]),
      action('b', INITIATOR, [PARTNER]),
      action('c', PARTNER, [INITIATOR, PARTNER]),
      action('d', PARTNER, [INITIATOR], { status: 'cancelled' }),
    ]);
    const asymmetry = computeAsymmetry(snapshot, '2025-06-02');
    expect(asymmetry.actionsCount).toBe(3);
    expect(asymmetry.parties.find((p) => p.partyId === INITIATOR)).toMatchObject({
      actionsInitiated: 2,
      actionsLocated: 1,
    });
    expect(asymmetry.parties.find((p) => p.partyId === PARTNER)?.actionsLocatedShare).toBe(1);
    expect(asymmetry.parties.find((p) => p.partyId === INITIATOR)?.actionsInitiatedShare).toBeCloseTo(2 / 3);
  });

  it('counts who proposed an action, whichever side typed it in, and crosses initiative with territory', () => {
    // The initiator typed every action in; the partner proposed two of them, one confirmed by the initiator.
    const proposedBy = (party: string, confirmedBy: string | null = null) => ({
      proposal: { proposedBy: party, statedBy: INITIATOR, confirmedBy },
    });
    const snapshot = withActions([
      action('a', INITIATOR, [PARTNER]),
      action('b', INITIATOR, [PARTNER], proposedBy(PARTNER, INITIATOR)),
      action('c', INITIATOR, [INITIATOR, PARTNER], proposedBy(PARTNER)),
    ]);
    const asymmetry = computeAsymmetry(snapshot, '2025-06-02');
    expect(asymmetry.parties.find((p) => p.partyId === PARTNER)).toMatchObject({
      actionsInitiated: 2,
      actionsInitiatedConfirmed: 1,
    });
    expect(asymmetry.parties.find((p) => p.partyId === INITIATOR)?.actionsInitiated).toBe(1);
    expect(asymmetry.initiativeByTerritory).toEqual([
      { proposedBy: INITIATOR, territoryOf: INITIATOR, actions: 0 },
      { proposedBy: INITIATOR, territoryOf: PARTNER, actions: 1 },
      { proposedBy: PARTNER, territoryOf: INITIATOR, actions: 1 },
      { proposedBy: PARTNER, territoryOf: PARTNER, actions: 2 },
    ]);
  });

  it('counts visits in each direction, motivations shared per party and co-validated indicators', () => {
    const indicators = [
      {
        id: 'i1',
        name: 'x',
        unit: 'u',
        baseline: 0,
        target: 1,
        proposedBy: INITIATOR,
        validatedBy: [INITIATOR, PARTNER],
        ...UNPLANNED_INDICATOR,
        measurements: [],
      },
      {
        id: 'i2',
        name: 'y',
        unit: 'u',
        baseline: 0,
        target: 1,
        proposedBy: INITIATOR,
        validatedBy: [INITIATOR],
        ...UNPLANNED_INDICATOR,
        measurements: [],
      },
    ];
    const snapshot = run(withActions([action('a', INITIATOR, [PARTNER], { indicators })]), [
      visitCommand('v1', 'to_partner'),
      visitCommand('v2', 'to_partner'),
      visitCommand('v3', 'from_partner'),
    ]);
    const asymmetry = computeAsymmetry(snapshot, '2025-06-02');
    expect([asymmetry.visitsToPartner, asymmetry.visitsFromPartner]).toEqual([2, 1]);
    expect(asymmetry.parties.find((p) => p.partyId === INITIATOR)).toMatchObject({
      visitsMade: 2,
      visitsHosted: 1,
      indicatorsProposed: 2,
      motivationsStated: 1,
      motivationsShared: 0,
    });
    expect(asymmetry.indicatorsCoValidatedShare).toBe(0.5);
  });

  it('reports null shares when there is nothing to share', () => {
    const asymmetry = computeAsymmetry(withPartner(), '2025-06-02');
    expect(asymmetry.parties[0]?.actionsInitiatedShare).toBeNull();
    expect(asymmetry.indicatorsCoValidatedShare).toBeNull();
  });
});

describe('funding figures', () => {
  const line = (
    id: string,
    funder: 'own_budget' | 'ministry_call' | 'european_union' | 'development_agency',
    amount: number,
    overrides: {
      currency?: string;
      status?: 'granted' | 'refused' | 'requested' | 'planned';
      partyId?: string;
      funderName?: string;
    } = {},
  ) => ({
    id,
    funder,
    funderName: overrides.funderName ?? funder,
    partyId: overrides.partyId ?? null,
    amount,
    currency: overrides.currency ?? 'EUR',
    status: overrides.status ?? 'granted',
    ...UNSTATED_LINE_FIGURES,
  });

  it('gives the leverage of a grant as the other funds per euro that funder granted, as the ministry reports it', () => {
    // Seed 003: one euro from the ministry's delegation mobilises 4.7 euros of other funding.
    const actions = [
      action('a', INITIATOR, [PARTNER], {
        budget: [
          line('1', 'ministry_call', 10_000),
          line('2', 'own_budget', 27_000, { partyId: INITIATOR }),
          line('3', 'european_union', 20_000),
        ],
      }),
    ];
    const figures = computeFundingFigures(actions);
    expect(figures.totalGranted).toBe(57_000);
    expect(figures.funders).toEqual([
      {
        funder: 'ministry_call',
        funderName: 'ministry_call',
        granted: 10_000,
        share: 10_000 / 57_000,
        grantLeverage: 4.7,
        requested: 0,
      },
      {
        funder: 'european_union',
        funderName: 'european_union',
        granted: 20_000,
        share: 20_000 / 57_000,
        grantLeverage: 37_000 / 20_000,
        requested: 0,
      },
    ]);
    expect(figures.ownShares).toEqual([{ partyId: INITIATOR, granted: 27_000, share: 27_000 / 57_000 }]);
  });

  it('counts for a grant only the actions that funder co-finances', () => {
    const actions = [
      action('a', INITIATOR, [PARTNER], {
        budget: [line('1', 'ministry_call', 1_000), line('2', 'own_budget', 2_000, { partyId: INITIATOR })],
      }),
      action('b', INITIATOR, [PARTNER], {
        budget: [line('3', 'own_budget', 50_000, { partyId: PARTNER }), line('4', 'european_union', 5_000)],
      }),
    ];
    const { funders, ownShares } = computeFundingFigures(actions);
    expect(funders.find((f) => f.funder === 'ministry_call')?.grantLeverage).toBe(2);
    expect(funders.find((f) => f.funder === 'european_union')?.grantLeverage).toBe(10);
    // Each authority's own share, apart.
    expect(ownShares).toEqual([
      { partyId: INITIATOR, granted: 2_000, share: 2_000 / 58_000 },
      { partyId: PARTNER, granted: 50_000, share: 50_000 / 58_000 },
    ]);
  });

  it('tells funders of the same kind apart by their name', () => {
    const actions = [
      action('a', INITIATOR, [PARTNER], {
        budget: [
          line('1', 'development_agency', 1_000, { funderName: 'AFD' }),
          line('2', 'development_agency', 3_000, { funderName: ' Agence régionale ' }),
        ],
      }),
    ];
    expect(computeFundingFigures(actions).funders.map((f) => [f.funderName, f.grantLeverage])).toEqual([
      ['AFD', 3],
      ['Agence régionale', 1_000 / 3_000],
    ]);
  });

  it('counts granted funding only and gives requests apart, never in a share or a leverage', () => {
    const actions = [
      action('a', INITIATOR, [PARTNER], {
        budget: [
          line('1', 'own_budget', 10_000, { partyId: INITIATOR }),
          line('2', 'own_budget', 5_000, { partyId: INITIATOR, status: 'planned' }),
          line('3', 'ministry_call', 20_000),
          line('4', 'european_union', 80_000, { status: 'requested' }),
          line('5', 'ministry_call', 3_000, { status: 'planned' }),
        ],
      }),
    ];
    const figures = computeFundingFigures(actions);
    expect(figures).toMatchObject({ totalGranted: 30_000, requested: 80_000 });
    expect(figures.funders).toEqual([
      expect.objectContaining({ funder: 'ministry_call', granted: 20_000, grantLeverage: 0.5, requested: 0 }),
      expect.objectContaining({
        funder: 'european_union',
        granted: 0,
        share: null,
        grantLeverage: null,
        requested: 80_000,
      }),
    ]);
  });

  it('leaves out refused lines, cancelled actions and other currencies (no made-up exchange rate)', () => {
    const actions = [
      action('a', INITIATOR, [PARTNER], {
        budget: [
          line('1', 'own_budget', 1_000),
          line('2', 'ministry_call', 5_000, { status: 'refused' }),
          line('3', 'european_union', 9_000, { currency: 'XOF' }),
        ],
      }),
      action('b', INITIATOR, [PARTNER], {
        status: 'cancelled',
        budget: [line('4', 'ministry_call', 50_000)],
      }),
    ];
    expect(computeFundingFigures(actions)).toEqual({
      currency: 'EUR',
      totalGranted: 1_000,
      ownShares: [{ partyId: null, granted: 1_000, share: 1 }],
      funders: [],
      requested: 0,
      linesInOtherCurrencies: 1,
    });
  });

  it('has no share without granted funding', () => {
    const figures = computeFundingFigures([
      action('a', INITIATOR, [PARTNER], { budget: [line('1', 'ministry_call', 1, { status: 'requested' })] }),
    ]);
    expect(figures).toMatchObject({ totalGranted: 0, ownShares: [], requested: 1 });
    expect(figures.funders[0]).toMatchObject({ share: null, grantLeverage: null });
  });
});

describe('health score', () => {
  const due = (status: AudienceDue['status'], daysOverdue = 0): AudienceDue => ({
    audience: 'technicians',
    lastExchangeOn: null,
    dueOn: '2025-01-01',
    status,
    daysOverdue,
  });

  it('weights the method components to a total of 100, the stability coming on top while it applies', () => {
    const { RELATION_STABILITY, ...method } = HEALTH_WEIGHTS;
    expect(Object.values(method).reduce((a, b) => a + b, 0)).toBe(100);
    expect(RELATION_STABILITY).toBe(25);
  });

  it('scores dialogue regularity: on time 1, late within tolerance 0.5, beyond 0, no plan 0', () => {
    expect(dialogueRegularity([due('on_track'), due('due_soon')], 14)).toBe(1);
    expect(dialogueRegularity([due('overdue', 10), due('overdue', 30)], 14)).toBe(0.25);
    expect(dialogueRegularity(null, 14)).toBe(0);
  });

  it('scores visit reciprocity as the smaller direction over the larger', () => {
    const asymmetry = computeAsymmetry(
      run(withPartner(), [
        visitCommand('v1', 'to_partner'),
        visitCommand('v2', 'to_partner'),
        visitCommand('v3', 'from_partner'),
      ]),
      '2025-06-02',
    );
    expect(visitReciprocity(asymmetry)).toBe(0.5);
    expect(visitReciprocity(computeAsymmetry(withPartner(), '2025-06-02'))).toBe(0);
  });

  it('scores action balance: 1 when shared evenly, 0 when one party initiates everything on one territory', () => {
    expect(
      actionBalance(
        computeAsymmetry(
          withActions([action('a', INITIATOR, [PARTNER]), action('b', INITIATOR, [PARTNER])]),
          '2025-06-02',
        ),
      ),
    ).toBe(0);
    expect(
      actionBalance(
        computeAsymmetry(
          withActions([action('a', INITIATOR, [PARTNER]), action('b', PARTNER, [INITIATOR])]),
          '2025-06-02',
        ),
      ),
    ).toBe(1);
  });

  it('scores the convention: in force 1, signed 0.75, approved 0.5, negotiating or suspended 0.25, otherwise 0', () => {
    expect([
      conventionValue('in_force'),
      conventionValue('renewed'),
      conventionValue('signed'),
      conventionValue('approved'),
      conventionValue('suspended'),
      conventionValue('expired'),
      conventionValue(null),
    ]).toEqual([1, 1, 0.75, 0.5, 0.25, 0, 0]);
  });

  const step = (id: HealthStep['step'], status: HealthStep['status'], met: boolean[]): HealthStep => ({
    step: id,
    status,
    criteria: met.map((value) => ({ met: value })),
  });
  /** Every step done: the whole method behind the partnership, every component expected. */
  const allDone: HealthStep[] = (
    ['COMMITMENT', 'PARTNER_SEARCH', 'PRESENTATION', 'INITIATION', 'CONVENTION', 'ACTIONS'] as const
  ).map((id) => step(id, 'done', [true, true]));

  it('sums weighted components into a deterministic 0-100 score with explained components', () => {
    const asymmetry = computeAsymmetry(
      withActions([action('a', INITIATOR, [PARTNER]), action('b', PARTNER, [INITIATOR])]),
      '2025-06-02',
    );
    const health = computeHealthScore({
      dialogue: [due('on_track')],
      toleranceDays: 14,
      asymmetry,
      conventionState: 'in_force',
      steps: allDone,
      activeRuptureSignals: 0,
    });
    expect(health.components.map((c) => [c.id, c.weight, c.points])).toEqual([
      ['METHOD_PROGRESS', 20, 20],
      ['DIALOGUE_REGULARITY', 25, 25],
      ['VISIT_RECIPROCITY', 15, 0],
      ['ACTION_BALANCE', 15, 15],
      ['INDICATORS_CO_VALIDATED', 10, 0],
      ['CONVENTION_IN_FORCE', 15, 15],
      ['RELATION_STABILITY', 0, 0],
    ]);
    expect(health.score).toBe(75);
    expect(health.components[1]?.explanationKey).toBe('health.DIALOGUE_REGULARITY');
  });

  it('scores a young partnership on track at step 3 or 4 on what its step expects, not 0', () => {
    const young = withPartner();
    const atStep = (current: 'PRESENTATION' | 'INITIATION') => {
      const order = [
        'COMMITMENT',
        'PARTNER_SEARCH',
        'PRESENTATION',
        'INITIATION',
        'CONVENTION',
        'ACTIONS',
      ] as const;
      const index = order.indexOf(current);
      return order.map((id, position) =>
        position < index
          ? step(id, 'done', [true, true])
          : position === index
            ? step(id, 'current', [true, false])
            : step(id, 'todo', [false, false]),
      );
    };
    for (const current of ['PRESENTATION', 'INITIATION'] as const) {
      const health = computeHealthScore({
        dialogue: null,
        toleranceDays: 0,
        asymmetry: computeAsymmetry(young, '2025-06-02'),
        conventionState: null,
        steps: atStep(current),
        activeRuptureSignals: 0,
      });
      // Steps 1–2 (or 1–3) done, half of the current step's criteria met.
      expect(health.score).toBeGreaterThanOrEqual(70);
      const weights = Object.fromEntries(health.components.map((c) => [c.id, c.weight]));
      expect(weights).toEqual({
        METHOD_PROGRESS: 100,
        DIALOGUE_REGULARITY: 0,
        VISIT_RECIPROCITY: 0,
        ACTION_BALANCE: 0,
        INDICATORS_CO_VALIDATED: 0,
        CONVENTION_IN_FORCE: 0,
        RELATION_STABILITY: 0,
      });
    }
  });

  it('expects each component from the step that builds it on', () => {
    const asymmetry = computeAsymmetry(withPartner(), '2025-06-02');
    const input = {
      dialogue: null,
      toleranceDays: 0,
      asymmetry,
      conventionState: null,
      activeRuptureSignals: 0,
    };
    const beforeConvention = allDone.map((s) =>
      s.step === 'CONVENTION'
        ? { ...s, status: 'current' as const }
        : s.step === 'ACTIONS'
          ? { ...s, status: 'todo' as const }
          : s,
    );
    expect(expectedHealthComponents({ ...input, steps: beforeConvention })).toEqual({
      METHOD_PROGRESS: true,
      DIALOGUE_REGULARITY: false,
      VISIT_RECIPROCITY: true,
      ACTION_BALANCE: false,
      INDICATORS_CO_VALIDATED: false,
      CONVENTION_IN_FORCE: false,
      RELATION_STABILITY: false,
    });
    // A dialogue plan in place is measured at once: a relation falling asleep at step 5 shows it.
    expect(
      expectedHealthComponents({ ...input, dialogue: [due('overdue', 60)], steps: beforeConvention })
        .DIALOGUE_REGULARITY,
    ).toBe(true);
    const sleeping = computeHealthScore({
      ...input,
      dialogue: [due('overdue', 60)],
      steps: beforeConvention,
    });
    expect(sleeping.components.find((c) => c.id === 'DIALOGUE_REGULARITY')).toMatchObject({ value: 0 });
    expect(sleeping.score).toBeLessThan(70);
  });

  it('marks the relation down while warnings of rupture weigh on it, and only then', () => {
    const asymmetry = computeAsymmetry(
      withActions([action('a', INITIATOR, [PARTNER]), action('b', PARTNER, [INITIATOR])]),
      '2025-06-02',
    );
    const scoreWith = (activeRuptureSignals: number) =>
      computeHealthScore({
        dialogue: [due('on_track')],
        toleranceDays: 14,
        asymmetry,
        conventionState: 'in_force',
        steps: allDone,
        activeRuptureSignals,
      });
    const calm = scoreWith(0);
    const one = scoreWith(1);
    const three = scoreWith(3);
    expect(calm.components.find((c) => c.id === 'RELATION_STABILITY')).toMatchObject({ weight: 0, value: 1 });
    expect(one.components.find((c) => c.id === 'RELATION_STABILITY')?.value).toBeCloseTo(0.6);
    expect(three.components.find((c) => c.id === 'RELATION_STABILITY')).toMatchObject({ value: 0 });
    expect(one.score).toBeLessThan(calm.score);
    expect(three.score).toBeLessThan(one.score);
    // The method's 75 of 100 scaled to 125, the stability adding nothing.
    expect(three.score).toBe(Math.round((75 * 100) / 125));
    expect(one.score).toBe(Math.round(((75 + 25 * 0.6) * 100) / 125));
  });
});
