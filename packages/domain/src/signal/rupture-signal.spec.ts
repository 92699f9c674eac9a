import fc from 'fast-check';
import { assessPartnership } from '../assessment/assess-partnership';
import { type PartnershipAppend, applyCommand } from '../partnership/apply-command';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { addDays } from '../shared/calendar-date';
import {
  INITIATOR,
  NOW,
  PARTNER,
  expectError,
  expectOk,
  noon,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import {
  RUPTURE_SIGNAL_AFTERMATH_DAYS,
  RUPTURE_SIGNAL_KINDS,
  RUPTURE_SIGNAL_LEAD_DAYS,
  type RecordRuptureSignalCommand,
  type RuptureSignal,
  activeRuptureSignals,
  isRuptureSignalActive,
  relationStability,
} from './rupture-signal';

function signal(overrides: Partial<RecordRuptureSignalCommand> = {}): RecordRuptureSignalCommand {
  return {
    type: 'RecordRuptureSignal',
    signalId: 'sig-1',
    kind: 'election',
    concernsPartyId: PARTNER,
    occursOn: '2025-09-14',
    note: 'Municipal elections: the mayor does not stand again',
    recordedBy: INITIATOR,
    ...overrides,
  };
}

describe('recording warning signs of rupture', () => {
  it('lets the initiator record a sign on the partner side, dated in the future', () => {
    const { state, events } = expectOk(applyCommand(withPartner(), signal(), NOW));
    expect(state.ruptureSignals).toEqual([
      expect.objectContaining({ id: 'sig-1', kind: 'election', concernsPartyId: PARTNER, recordedAt: NOW }),
    ]);
    expect(events).toEqual([
      expect.objectContaining({ type: 'RuptureSignalRecorded', signalId: 'sig-1', occursOn: '2025-09-14' }),
    ]);
  });

  it('lets a partner record a sign on its own side', () => {
    const recorded = applyCommand(
      withPartner(),
      signal({ recordedBy: PARTNER, concernsPartyId: PARTNER, kind: 'instability' }),
      NOW,
    );
    expect(expectOk(recorded).state.ruptureSignals).toHaveLength(1);
  });

  it("refuses a partner's sign about the initiator's side", () => {
    expectError(
      applyCommand(withPartner(), signal({ recordedBy: PARTNER, concernsPartyId: INITIATOR }), NOW),
      'SIGNAL.NOT_OWN_SIDE',
    );
  });

  it('refuses a sign about an organisation that is no party, without a note or with a bad date', () => {
    expectError(
      applyCommand(withPartner(), signal({ concernsPartyId: 'org-elsewhere' }), NOW),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
    expectError(applyCommand(withPartner(), signal({ note: '  ' }), NOW), 'RECORD.TEXT_REQUIRED');
    expectError(applyCommand(withPartner(), signal({ occursOn: '14/09/2025' }), NOW), 'RECORD.INVALID_VALUE');
  });

  it('records signs while suspended, never once terminated, and never twice under one id', () => {
    const suspended = run(withPartner(), [{ type: 'SuspendPartnership', reason: 'Elections in Bamako' }]);
    expect(expectOk(applyCommand(suspended, signal(), NOW)).state.ruptureSignals).toHaveLength(1);
    const once = run(withPartner(), [signal()]);
    expectError(applyCommand(once, signal(), NOW), 'RECORD.DUPLICATE_ID');
  });
});

describe('how a sign weighs on the relation', () => {
  const stored = (occursOn: string, id = 'sig-1'): RuptureSignal => ({
    id,
    kind: 'budget_cut',
    concernsPartyId: INITIATOR,
    occursOn,
    note: 'Budget halved',
    recordedBy: INITIATOR,
    recordedAt: NOW,
  });

  it('weighs from six months before its date to a year after it', () => {
    const on = '2025-06-02';
    expect(isRuptureSignalActive(stored(on), addDays(on, -RUPTURE_SIGNAL_LEAD_DAYS - 1))).toBe(false);
    expect(isRuptureSignalActive(stored(on), addDays(on, -RUPTURE_SIGNAL_LEAD_DAYS))).toBe(true);
    expect(isRuptureSignalActive(stored(on), addDays(on, RUPTURE_SIGNAL_AFTERMATH_DAYS))).toBe(true);
    expect(isRuptureSignalActive(stored(on), addDays(on, RUPTURE_SIGNAL_AFTERMATH_DAYS + 1))).toBe(false);
  });

  it('shows each active sign as a warning and marks the health score down', () => {
    const calm = withPartner();
    const worried = run(calm, [
      signal(),
      signal({ signalId: 'sig-2', kind: 'budget_cut', concernsPartyId: INITIATOR, occursOn: '2023-01-01' }),
    ]);
    const before = assessPartnership(calm, NOW);
    const after = assessPartnership(worried, NOW);
    const warnings = after.warnings.filter((warning) => warning.id === 'RELATION.RUPTURE_SIGNAL');
    // The budget cut of 2023 is behind the relation; the coming election weighs on it.
    expect(warnings).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({ signalId: 'sig-1', kind: 'election', upcoming: true }),
      }),
    ]);
    expect(after.figures.ruptureSignals.map((s) => s.id)).toEqual(['sig-1']);
    expect(after.figures.health.score).toBeLessThan(before.figures.health.score);
  });

  const kind = fc.constantFrom(...RUPTURE_SIGNAL_KINDS);
  const dayOffset = fc.integer({ min: -800, max: 800 });
  const signs = fc.array(fc.tuple(kind, dayOffset, fc.constantFrom(INITIATOR, PARTNER)), { maxLength: 8 });

  it('never lets the score rise when a sign is recorded, and keeps stability between 0 and 1', () => {
    fc.assert(
      fc.property(signs, kind, dayOffset, (earlier, nextKind, nextOffset) => {
        const today = '2025-06-02';
        const commands: PartnershipAppend[] = earlier.map(([k, offset, side], index) =>
          signal({
            signalId: `s-${index}`,
            kind: k,
            occursOn: addDays(today, offset),
            concernsPartyId: side,
          }),
        );
        const base: PartnershipSnapshot = run(withPartner(), commands, noon(today));
        const next = run(
          base,
          [signal({ signalId: 'next', kind: nextKind, occursOn: addDays(today, nextOffset) })],
          noon(today),
        );
        const scoreBefore = assessPartnership(base, noon(today)).figures.health.score;
        const scoreAfter = assessPartnership(next, noon(today)).figures.health.score;
        const active = activeRuptureSignals(next.ruptureSignals, today).length;
        const stability = relationStability(active);
        return scoreAfter <= scoreBefore && stability >= 0 && stability <= 1;
      }),
    );
  });
});
