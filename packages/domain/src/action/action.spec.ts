import fc from 'fast-check';
import { UNSTATED_LINE_FIGURES } from './action';
import {
  type PartnershipAppend,
  type PartnershipCommand as DocumentCommand,
  applyCommand,
} from '../partnership/apply-command';

/** Commands and appends alike: in memory, both apply to the whole partnership. */
type PartnershipCommand = DocumentCommand | PartnershipAppend;
import {
  INITIATOR,
  NOW,
  PARTNER,
  expectError,
  expectOk,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import {
  ACTION_STATUS_TRANSITIONS,
  type Action,
  actionLocationFor,
  actionStatusMovesFor,
  canMoveAction,
  mayChangeActionStatus,
} from './action';
import { addLogEntry, recordJointEvaluation, recordMeasurement } from './action-commands';

const create: PartnershipCommand = {
  type: 'CreateAction',
  priority: 'medium',
  actionId: 'act-1',
  title: 'Drinking water for two districts',
  themes: ['water_sanitation', 'custom:market-gardening'],
  sdgs: [6],
  locatedIn: [PARTNER],
  initiatedBy: PARTNER,
  operators: [{ name: 'Water NGO', partyId: INITIATOR, territoryActorId: null }],
  startsOn: '2025-07-01',
  endsOn: '2026-06-30',
};
const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand) =>
  applyCommand(snapshot, command, NOW);
const withAction = () => run(withPartner(), [create]);
const actionOf = (snapshot: ReturnType<typeof withPartner>): Action => snapshot.actions[0] as Action;
const indicator: PartnershipCommand = {
  type: 'AddIndicator',
  actionId: 'act-1',
  indicatorId: 'i-1',
  name: 'Households connected',
  unit: 'households',
  baseline: 0,
  target: 400,
  proposedBy: PARTNER,
};

describe('actions', () => {
  it('creates a planned action with themes, SDGs, location, initiator and operators', () => {
    const { state, events } = expectOk(apply(withPartner(), create));
    expect(actionOf(state)).toMatchObject({ status: 'planned', locatedIn: [PARTNER], initiatedBy: PARTNER });
    expect(events[0]).toMatchObject({ type: 'ActionCreated', actionId: 'act-1', initiatedBy: PARTNER });
  });

  it('records who proposed an action as a fact the entering side states, confirmed by the other side', () => {
    // By default the side that entered the action proposed it, unconfirmed.
    expect(actionOf(withAction()).proposal).toEqual({
      proposedBy: PARTNER,
      statedBy: PARTNER,
      confirmedBy: null,
    });
    // The partner enters an action the initiator proposed: the figures follow the fact, not who typed it.
    const stated = expectOk(apply(withPartner(), { ...create, proposedBy: INITIATOR }));
    expect(actionOf(stated.state).proposal).toEqual({
      proposedBy: INITIATOR,
      statedBy: PARTNER,
      confirmedBy: null,
    });
    expect(stated.events[0]).toMatchObject({
      type: 'ActionCreated',
      initiatedBy: PARTNER,
      proposedBy: INITIATOR,
    });
    const confirm = (byParty: string): PartnershipCommand => ({
      type: 'ConfirmActionProposer',
      actionId: 'act-1',
      byParty,
    });
    expectError(apply(stated.state, confirm(PARTNER)), 'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE');
    const confirmed = expectOk(apply(stated.state, confirm(INITIATOR)));
    expect(actionOf(confirmed.state).proposal.confirmedBy).toBe(INITIATOR);
    expect(confirmed.events[0]).toMatchObject({ type: 'ActionProposerConfirmed', byParty: INITIATOR });
    expectError(apply(withPartner(), { ...create, proposedBy: 'stranger' }), 'PARTNERSHIP.UNKNOWN_PARTY');
  });

  describe('correcting who proposed an action', () => {
    const correct = (proposedBy: string, byParty: string): PartnershipCommand => ({
      type: 'CorrectActionProposer',
      actionId: 'act-1',
      proposedBy,
      byParty,
    });
    const confirm = (byParty: string): PartnershipCommand => ({
      type: 'ConfirmActionProposer',
      actionId: 'act-1',
      byParty,
    });
    // The partner entered the action and said it proposed it (the default).
    const stated = () => withAction();

    it('lets the side that stated it correct it before confirmation, still to be confirmed by the other', () => {
      const corrected = expectOk(apply(stated(), correct(INITIATOR, PARTNER)));
      expect(actionOf(corrected.state).proposal).toEqual({
        proposedBy: INITIATOR,
        statedBy: PARTNER,
        confirmedBy: null,
      });
      expect(corrected.events).toEqual([
        {
          type: 'ActionProposerCorrected',
          at: NOW,
          partnershipId: corrected.state.partnership.id,
          actionId: 'act-1',
          from: PARTNER,
          proposedBy: INITIATOR,
          byParty: PARTNER,
          unconfirmed: null,
        },
      ]);
      expectError(apply(corrected.state, confirm(PARTNER)), 'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE');
      expect(actionOf(expectOk(apply(corrected.state, confirm(INITIATOR))).state).proposal.confirmedBy).toBe(
        INITIATOR,
      );
    });

    it('lets the other side correct it instead of confirming: its statement then awaits the first side', () => {
      const corrected = expectOk(apply(stated(), correct(INITIATOR, INITIATOR)));
      expect(actionOf(corrected.state).proposal).toEqual({
        proposedBy: INITIATOR,
        statedBy: INITIATOR,
        confirmedBy: null,
      });
      // Who stated it changed: now the partner confirms, the initiator no longer can.
      expectError(apply(corrected.state, confirm(INITIATOR)), 'ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE');
      expectOk(apply(corrected.state, confirm(PARTNER)));
    });

    it('undoes a confirmation: after it, a correction by either side needs a new confirmation', () => {
      const confirmed = expectOk(apply(stated(), confirm(INITIATOR))).state;
      for (const byParty of [PARTNER, INITIATOR]) {
        const corrected = expectOk(apply(confirmed, correct(INITIATOR, byParty)));
        expect(actionOf(corrected.state).proposal).toEqual({
          proposedBy: INITIATOR,
          statedBy: byParty,
          confirmedBy: null,
        });
        expect(corrected.events[0]).toMatchObject({ from: PARTNER, unconfirmed: INITIATOR });
      }
    });

    it('never holds a fact confirmed by the side that stated it, whatever the corrections and confirmations', () => {
      const side = fc.constantFrom(PARTNER, INITIATOR);
      const step = fc.oneof(
        fc.record({ kind: fc.constant('correct' as const), proposedBy: side, byParty: side }),
        fc.record({ kind: fc.constant('confirm' as const), byParty: side }),
      );
      fc.assert(
        fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
          let snapshot = stated();
          for (const next of steps) {
            const before = actionOf(snapshot).proposal;
            const outcome = apply(
              snapshot,
              next.kind === 'correct' ? correct(next.proposedBy, next.byParty) : confirm(next.byParty),
            );
            if (!outcome.ok) continue;
            snapshot = outcome.value.state;
            const after = actionOf(snapshot).proposal;
            expect(after.confirmedBy === null || after.confirmedBy !== after.statedBy).toBe(true);
            if (next.kind === 'correct') expect(after.confirmedBy).toBeNull();
            else expect(after.proposedBy).toBe(before.proposedBy);
          }
        }),
      );
    });

    it('refuses to restate the same proposer, an unknown party, and an action that does not exist', () => {
      expectError(apply(stated(), correct(PARTNER, INITIATOR)), 'ACTION.PROPOSER_UNCHANGED');
      expectError(apply(stated(), correct('stranger', PARTNER)), 'PARTNERSHIP.UNKNOWN_PARTY');
      expectError(apply(stated(), correct(INITIATOR, 'stranger')), 'PARTNERSHIP.UNKNOWN_PARTY');
      expectError(
        apply(stated(), { ...correct(INITIATOR, PARTNER), actionId: 'act-404' } as PartnershipCommand),
        'RECORD.NOT_FOUND',
      );
    });

    it('may still be corrected while suspended, never once the partnership is terminated', () => {
      const suspended = run(stated(), [{ type: 'SuspendPartnership', reason: 'Elections' }]);
      expectOk(apply(suspended, correct(INITIATOR, PARTNER)));
      const terminated = {
        ...stated(),
        partnership: { ...stated().partnership, status: 'terminated' as const },
      };
      expectError(apply(terminated, correct(INITIATOR, PARTNER)), 'PARTNERSHIP.TERMINATED');
    });
  });

  it('tells where an action is as seen from each party: here, there or both', () => {
    const action = actionOf(withAction());
    expect(actionLocationFor(action, PARTNER)).toBe('here');
    expect(actionLocationFor(action, INITIATOR)).toBe('there');
    expect(actionLocationFor({ ...action, locatedIn: [PARTNER, INITIATOR] }, INITIATOR)).toBe('both');
  });

  it('refuses an action without theme, with an unknown theme, an invalid SDG, no location or dates in the wrong order', () => {
    expectError(
      apply(withPartner(), { ...create, themes: [] } as PartnershipCommand),
      'ACTION.THEME_REQUIRED',
    );
    expectError(
      apply(withPartner(), { ...create, themes: ['sports'] } as unknown as PartnershipCommand),
      'ACTION.THEME_REQUIRED',
    );
    expectError(apply(withPartner(), { ...create, sdgs: [18] } as PartnershipCommand), 'ACTION.INVALID_SDG');
    expectError(
      apply(withPartner(), { ...create, locatedIn: [] } as PartnershipCommand),
      'ACTION.LOCATION_REQUIRED',
    );
    expectError(
      apply(withPartner(), { ...create, locatedIn: ['org-x'] } as PartnershipCommand),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
    expectError(
      apply(withPartner(), { ...create, endsOn: '2025-06-01' } as PartnershipCommand),
      'ACTION.END_BEFORE_START',
    );
  });

  it('moves along its status table only', () => {
    expect(ACTION_STATUS_TRANSITIONS.completed).toEqual([]);
    expect(canMoveAction('planned', 'completed')).toBe(false);
    expectError(
      apply(withAction(), {
        type: 'ChangeActionStatus',
        actionId: 'act-1',
        to: 'completed',
        byParty: PARTNER,
      }),
      'ACTION.INVALID_TRANSITION',
    );
    const started = run(withAction(), [
      { type: 'ChangeActionStatus', actionId: 'act-1', to: 'in_progress', byParty: PARTNER },
    ]);
    expect(actionOf(started).status).toBe('in_progress');
  });

  it('lets only the party that initiated an action change its status; the other party cannot close it', () => {
    const byOtherParty = { type: 'ChangeActionStatus', actionId: 'act-1', byParty: INITIATOR } as const;
    expectError(
      apply(withAction(), { ...byOtherParty, to: 'in_progress' }),
      'ACTION.STATUS_BY_INITIATOR_ONLY',
    );
    const started = run(withAction(), [
      { type: 'ChangeActionStatus', actionId: 'act-1', to: 'in_progress', byParty: PARTNER },
    ]);
    expectError(apply(started, { ...byOtherParty, to: 'completed' }), 'ACTION.STATUS_BY_INITIATOR_ONLY');
    expectError(apply(started, { ...byOtherParty, to: 'cancelled' }), 'ACTION.STATUS_BY_INITIATOR_ONLY');
    expect(actionStatusMovesFor(actionOf(started), INITIATOR)).toEqual([]);
    expect(actionStatusMovesFor(actionOf(started), PARTNER)).toEqual(['on_hold', 'completed', 'cancelled']);
    expect(mayChangeActionStatus(actionOf(started), PARTNER)).toBe(true);
  });

  it('adds budget lines with a non-negative amount in an ISO currency', () => {
    const line = {
      id: 'b-1',
      funder: 'ministry_call' as const,
      funderName: 'MEAE call',
      partyId: null,
      amount: 20_000,
      currency: 'EUR',
      status: 'granted' as const,
      ...UNSTATED_LINE_FIGURES,
    };
    expect(actionOf(run(withAction(), [{ type: 'AddBudgetLine', actionId: 'act-1', line }])).budget).toEqual([
      line,
    ]);
    expectError(
      apply(withAction(), { type: 'AddBudgetLine', actionId: 'act-1', line: { ...line, amount: -1 } }),
      'ACTION.INVALID_AMOUNT',
    );
    expectError(
      apply(withAction(), { type: 'AddBudgetLine', actionId: 'act-1', line: { ...line, currency: 'euro' } }),
      'ACTION.INVALID_CURRENCY',
    );
    expectError(
      apply(withAction(), { type: 'AddBudgetLine', actionId: 'missing', line }),
      'RECORD.NOT_FOUND',
    );
  });

  it('starts an indicator validated by its proposer only, then by each party', () => {
    const proposed = run(withAction(), [indicator]);
    expect(actionOf(proposed).indicators[0]?.validatedBy).toEqual([PARTNER]);
    expectError(
      apply(proposed, { type: 'ValidateIndicator', actionId: 'act-1', indicatorId: 'i-1', partyId: PARTNER }),
      'ACTION.INDICATOR_ALREADY_VALIDATED',
    );
    const { events } = expectOk(
      apply(proposed, {
        type: 'ValidateIndicator',
        actionId: 'act-1',
        indicatorId: 'i-1',
        partyId: INITIATOR,
      }),
    );
    expect(events[0]).toMatchObject({ type: 'IndicatorValidated', coValidated: true });
  });

  it('refuses an indicator with a non-numeric target', () => {
    expectError(
      apply(withAction(), { ...indicator, target: Number.NaN } as PartnershipCommand),
      'RECORD.INVALID_VALUE',
    );
  });

  it('refuses to measure an indicator before every party validated it', () => {
    const measure: PartnershipCommand = {
      type: 'RecordMeasurement',
      unit: 'households',
      actionId: 'act-1',
      indicatorId: 'i-1',
      on: '2025-07-15',
      value: 120,
      recordedBy: PARTNER,
    };
    expectError(apply(run(withAction(), [indicator]), measure), 'ACTION.INDICATOR_NOT_CO_VALIDATED');
    const validated = run(withAction(), [
      indicator,
      { type: 'ValidateIndicator', actionId: 'act-1', indicatorId: 'i-1', partyId: INITIATOR },
      measure,
    ]);
    expect(actionOf(validated).indicators[0]?.measurements).toEqual([
      { on: '2025-07-15', value: 120, recordedBy: PARTNER, breakdown: [], evidenceIds: [] },
    ]);
  });

  it('refuses a measurement in another unit than its indicator, or dated before the action starts', () => {
    const coValidated = run(withAction(), [
      indicator,
      { type: 'ValidateIndicator', actionId: 'act-1', indicatorId: 'i-1', partyId: INITIATOR },
    ]);
    const measure = {
      type: 'RecordMeasurement' as const,
      actionId: 'act-1',
      indicatorId: 'i-1',
      on: '2025-07-15',
      value: 120,
      unit: 'households',
      recordedBy: PARTNER,
    };
    expect(
      expectError(apply(coValidated, { ...measure, unit: '%' }), 'ACTION.MEASUREMENT_WRONG_UNIT'),
    ).toEqual(expect.objectContaining({ details: { unit: '%', expectedUnit: 'households' } }));
    expectError(apply(coValidated, { ...measure, on: '2025-06-30' }), 'ACTION.MEASUREMENT_BEFORE_START');
  });

  it('checks a measurement, a log entry and an evaluation against the partnership and that one action only', () => {
    const coValidated = run(withAction(), [
      indicator,
      { type: 'ValidateIndicator', actionId: 'act-1', indicatorId: 'i-1', partyId: INITIATOR },
    ]);
    // What the API hands over: the partnership itself and the action named, nothing appended to it.
    const context = { partnership: coValidated.partnership, actions: coValidated.actions };
    const measured = expectOk(
      recordMeasurement(
        context,
        {
          type: 'RecordMeasurement',
          actionId: 'act-1',
          indicatorId: 'i-1',
          on: '2025-07-15',
          value: 120,
          unit: 'households',
          recordedBy: PARTNER,
        },
        NOW,
      ),
    );
    expect(measured.state).toEqual({
      on: '2025-07-15',
      value: 120,
      recordedBy: PARTNER,
      breakdown: [],
      evidenceIds: [],
    });
    expect(measured.events[0]).toMatchObject({ type: 'MeasurementRecorded', actionId: 'act-1' });
    const logged = expectOk(
      addLogEntry(
        context,
        {
          type: 'AddLogEntry',
          actionId: 'act-1',
          entryId: 'log-1',
          byParty: PARTNER,
          kind: 'delivery',
          text: 'Pompes livrées',
          attachmentIds: ['f-1', 'f-1'],
        },
        NOW,
      ),
    );
    expect(logged.state).toMatchObject({ id: 'log-1', at: NOW, attachmentIds: ['f-1'] });
    expectError(
      recordJointEvaluation(
        { ...context, actions: [] },
        {
          type: 'RecordJointEvaluation',
          actionId: 'act-1',
          evaluationId: 'ev-1',
          on: '2025-07-15',
          parties: [INITIATOR, PARTNER],
          summary: 'Bilan',
        },
        NOW,
      ),
      'RECORD.NOT_FOUND',
    );
  });

  it('ranks actions by priority and changes it later', () => {
    expect(actionOf(withAction()).priority).toBe('medium');
    const raised = run(withAction(), [{ type: 'SetActionPriority', actionId: 'act-1', priority: 'high' }]);
    expect(actionOf(raised).priority).toBe('high');
    expectError(
      apply(withAction(), { type: 'SetActionPriority', actionId: 'act-1', priority: 'urgent' } as never),
      'RECORD.INVALID_VALUE',
    );
  });

  it('records joint evaluations only with at least two parties', () => {
    const evaluation: PartnershipCommand = {
      type: 'RecordJointEvaluation',
      actionId: 'act-1',
      evaluationId: 'ev-1',
      on: '2025-06-01',
      parties: [INITIATOR, PARTNER],
      summary: 'Mid-term review',
    };
    expect(actionOf(run(withAction(), [evaluation])).evaluations).toHaveLength(1);
    expectError(
      apply(withAction(), { ...evaluation, parties: [INITIATOR, INITIATOR] } as PartnershipCommand),
      'ACTION.EVALUATION_NOT_JOINT',
    );
  });

  it('lets any party add to the action log', () => {
    const logged = run(withAction(), [
      {
        type: 'AddLogEntry',
        attachmentIds: [],
        actionId: 'act-1',
        entryId: 'l-1',
        byParty: PARTNER,
        kind: 'training',
        text: 'Trained 12 plumbers',
      },
      {
        type: 'AddLogEntry',
        attachmentIds: [],
        actionId: 'act-1',
        entryId: 'l-2',
        byParty: INITIATOR,
        kind: 'mission',
        text: 'Technical mission',
      },
    ]);
    expect(actionOf(logged).log.map((l) => l.byParty)).toEqual([PARTNER, INITIATOR]);
    expectError(
      apply(logged, {
        type: 'AddLogEntry',
        attachmentIds: [],
        actionId: 'act-1',
        entryId: 'l-3',
        byParty: 'org-x',
        kind: 'other',
        text: 'x',
      }),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
  });

  it('refuses new actions while the partnership is suspended, but lets ongoing ones be wound down', () => {
    const suspended = run(withAction(), [{ type: 'SuspendPartnership', reason: 'Elections' }]);
    expectError(
      apply(suspended, { ...create, actionId: 'act-2' } as PartnershipCommand),
      'PARTNERSHIP.SUSPENDED',
    );
    expectOk(
      apply(suspended, { type: 'ChangeActionStatus', actionId: 'act-1', to: 'cancelled', byParty: PARTNER }),
    );
  });
});
