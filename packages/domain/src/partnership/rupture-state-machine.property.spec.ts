import fc from 'fast-check';
import { isActionOngoing } from '../action/action';
import { isBindingConventionState } from '../convention/convention';
import { addDays, daysBetween } from '../shared/calendar-date';
import { INITIATOR, NOW, PARTNER, conventionInForce, withPartner } from '../testing/fixtures.test-helpers';
import {
  type PartnershipAppend,
  type PartnershipCommand as DocumentCommand,
  applyCommand,
} from './apply-command';
import { todayOf } from './command-support';
import { type PartnershipSnapshot } from './partnership';
import { requiredPartnershipNoticeDays } from './partnership-status-machine';
import { RUPTURE_TRANSITIONS, type RuptureStage } from './rupture-record';
import { ruptureStageOf } from './rupture';

type PartnershipCommand = DocumentCommand | PartnershipAppend;

const party = fc.constantFrom(INITIATOR, PARTNER);
const offset = fc.constantFrom(-40, -1, 0, 1, 30, 90, 120);

/** A decision built relative to "today" at the time it is applied, so that some of them are lawful. */
interface DecisionDraft {
  readonly adoptedOffset: number;
  readonly noticeOffset: number;
  readonly effectiveAfterNotice: number;
  readonly reference: string;
}

type Step = PartnershipCommand | DecisionDraft;

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(party, fc.constantFrom('', 'Budget cut'))
    .map(([partyId, reason]): Step => ({ type: 'ProposeRupture', partyId, reason })),
  fc
    .tuple(party, fc.constantFrom('', 'We ask for time'))
    .map(([partyId, text]): Step => ({ type: 'RespondToRupture', partyId, text })),
  fc.constantFrom<Step>(
    { type: 'WithdrawRupture', reason: 'Agreement found' },
    { type: 'EndRuptureNotice' },
    { type: 'SuspendPartnership', reason: 'Elections' },
    { type: 'ResumePartnership' },
    {
      type: 'CreateAction',
      priority: 'medium',
      actionId: 'act-1',
      title: 'Water',
      themes: ['water_sanitation'],
      sdgs: [],
      locatedIn: [PARTNER],
      initiatedBy: INITIATOR,
      operators: [],
      startsOn: null,
      endsOn: null,
    },
    { type: 'ChangeActionStatus', actionId: 'act-1', to: 'in_progress', byParty: INITIATOR },
    { type: 'ChangeActionStatus', actionId: 'act-1', to: 'completed', byParty: INITIATOR },
  ),
  fc.record({
    adoptedOffset: offset,
    noticeOffset: fc.constantFrom(-1, 0, 1),
    effectiveAfterNotice: fc.constantFrom(10, 30, 90, 120),
    reference: fc.constantFrom('', 'DEL-114'),
  }),
);

function commandOf(step: Step, state: PartnershipSnapshot, now: Date): PartnershipCommand {
  if ('type' in step) return step;
  const today = todayOf(state, now);
  const adoptedOn = addDays(today, Math.min(0, step.adoptedOffset));
  const noticeGivenOn = addDays(adoptedOn, step.noticeOffset);
  return {
    type: 'DecideRupture',
    deliberation: { body: 'Conseil municipal', reference: step.reference, adoptedOn, recordedBy: 'elected' },
    noticeGivenOn,
    effectiveOn: addDays(noticeGivenOn, step.effectiveAfterNotice),
    actionDecisions: state.actions
      .filter(isActionOngoing)
      .map((action) => ({ actionId: action.id, fate: 'complete_during_notice' as const })),
  };
}

function exchange(n: number, now: Date): PartnershipCommand {
  return {
    type: 'RecordDialogueEvent',
    decisions: [],
    recordedBy: INITIATOR,
    eventId: `ev-${n}`,
    audience: 'technicians',
    occurredAt: now,
    channel: 'email',
    participants: [],
    summary: 'Call',
  };
}

function checkStep(
  before: PartnershipSnapshot,
  command: PartnershipCommand,
  after: PartnershipSnapshot,
  now: Date,
) {
  const from = ruptureStageOf(before);
  const to = ruptureStageOf(after);
  if (from !== to) {
    const allowed: readonly RuptureStage[] =
      from === 'none' || from === 'withdrawn' ? ['negotiating'] : RUPTURE_TRANSITIONS[from];
    expect(allowed).toContain(to);
  }
  const rupture = after.partnership.rupture;
  if (to === 'notice' && from === 'negotiating' && rupture) {
    // Decided by the elected body, after the partner was heard or the negotiation days passed.
    expect(rupture.deliberation?.reference.trim()).not.toBe('');
    const heard = rupture.responses.length > 0;
    expect(heard || daysBetween(rupture.proposedOn, todayOf(before, now)) >= 30).toBe(true);
    expect(daysBetween(rupture.noticeGivenOn!, rupture.effectiveOn!)).toBeGreaterThanOrEqual(
      requiredPartnershipNoticeDays(before),
    );
  }
  if (after.partnership.status === 'terminated' && before.partnership.status !== 'terminated') {
    const binding = before.convention !== null && isBindingConventionState(before.convention.state);
    if (binding) {
      // A binding convention ends only through the notice, never before its last day.
      expect(command.type).toBe('EndRuptureNotice');
      expect(after.partnership.termination!.effectiveOn <= todayOf(before, now)).toBe(true);
    }
  }
}

/** During notice the relation runs: an exchange is always accepted, nothing new starts. */
function checkNoticeRuns(state: PartnershipSnapshot, now: Date, n: number) {
  if (ruptureStageOf(state) !== 'notice' || state.partnership.status === 'terminated') return;
  expect(applyCommand(state, exchange(n, now), now).ok).toBe(true);
  const fresh = applyCommand(
    state,
    {
      type: 'CreateAction',
      priority: 'low',
      actionId: `new-${n}`,
      title: 'New project',
      themes: ['culture'],
      sdgs: [],
      locatedIn: [INITIATOR],
      initiatedBy: INITIATOR,
      operators: [],
      startsOn: null,
      endsOn: null,
    },
    now,
  );
  expect(fresh.ok ? 'accepted' : fresh.error.code).toMatch(/PARTNERSHIP\.(IN_NOTICE|SUSPENDED)/);
}

describe('rupture state machine (property-based)', () => {
  it.each([
    ['without a convention', () => withPartner()],
    ['with a convention in force', () => conventionInForce()],
  ])(
    'follows negotiation, deliberation and notice, and the relation runs during notice (%s)',
    (_l, initial) => {
      const start = initial();
      fc.assert(
        fc.property(
          fc.array(fc.tuple(stepArb, fc.integer({ min: 0, max: 45 })), { maxLength: 25 }),
          (steps) => {
            let state = start;
            let now = NOW;
            steps.forEach(([step, days], n) => {
              now = new Date(now.getTime() + days * 86_400_000);
              const command = commandOf(step, state, now);
              const result = applyCommand(state, command, now);
              if (result.ok) {
                checkStep(state, command, result.value.state, now);
                state = result.value.state;
              }
              checkNoticeRuns(state, now, n);
            });
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});
