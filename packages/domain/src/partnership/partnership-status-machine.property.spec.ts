import fc from 'fast-check';
import { ACTION_STATUSES, isActionOngoing } from '../action/action';
import { isBindingConventionState, isFinalConventionState } from '../convention/convention';
import {
  INITIATOR,
  MONTREAL,
  NOW,
  PARTNER,
  conventionInForce,
  withPartner,
} from '../testing/fixtures.test-helpers';
import {
  type PartnershipAppend,
  type PartnershipCommand as DocumentCommand,
  applyCommand,
} from './apply-command';

/** Commands and appends alike: in memory, both apply to the whole partnership. */
type PartnershipCommand = DocumentCommand | PartnershipAppend;
import { todayOf } from './command-support';
import { PARTNERSHIP_STATUS_TRANSITIONS, type PartnershipSnapshot, canPartnershipMove } from './partnership';

const actionId = fc.constantFrom('act-0', 'act-1', 'act-2');

const commandArb: fc.Arbitrary<PartnershipCommand> = fc.oneof(
  fc
    .constantFrom('', 'Elections')
    .map((reason): PartnershipCommand => ({ type: 'SuspendPartnership', reason })),
  fc.constant<PartnershipCommand>({ type: 'ResumePartnership' }),
  fc
    .record({
      reason: fc.constantFrom('', 'Political change'),
      noticeGivenOn: fc.constantFrom('2025-05-01', '2025-06-02', '2026-06-01'),
      effectiveOn: fc.constantFrom('2025-06-10', '2025-09-15', '2027-01-01'),
      decisions: fc.subarray(['act-0', 'act-1', 'act-2', 'ghost']),
    })
    .map(({ decisions, ...rest }): PartnershipCommand => ({
      type: 'TerminatePartnership',
      ...rest,
      actionDecisions: decisions.map((id) => ({ actionId: id, fate: 'stop' as const })),
    })),
  actionId.map((id): PartnershipCommand => ({
    type: 'CreateAction',
    priority: 'medium',
    actionId: id,
    title: 'Action',
    themes: ['culture'],
    sdgs: [],
    locatedIn: [PARTNER],
    initiatedBy: INITIATOR,
    operators: [],
    startsOn: null,
    endsOn: null,
  })),
  fc.tuple(actionId, fc.constantFrom(...ACTION_STATUSES)).map(([id, to]): PartnershipCommand => ({
    type: 'ChangeActionStatus',
    actionId: id,
    to,
    byParty: INITIATOR,
  })),
  fc.nat(1000).map((n): PartnershipCommand => ({
    type: 'RecordDialogueEvent',
    decisions: [],
    recordedBy: 'org-lyon',
    eventId: `ev-${n}`,
    audience: 'technicians',
    occurredAt: NOW,
    channel: 'email',
    participants: [],
    summary: 'Monthly call',
  })),
  fc.constant<PartnershipCommand>({ type: 'AddParty', organisation: MONTREAL }),
);

/** Commands that should always offer a way forward from a non-final status. */
function waysForward(state: PartnershipSnapshot, now: Date): PartnershipCommand[] {
  const today = todayOf(state, now);
  return [
    { type: 'ResumePartnership' },
    { type: 'SuspendPartnership', reason: 'Elections' },
    { type: 'ProposeRupture', partyId: INITIATOR, reason: 'End of the relation' },
    { type: 'RespondToRupture', partyId: PARTNER, text: 'Heard' },
    {
      type: 'TerminatePartnership',
      reason: 'End of the relation',
      noticeGivenOn: today,
      effectiveOn: today,
      actionDecisions: state.actions
        .filter(isActionOngoing)
        .map((a) => ({ actionId: a.id, fate: 'hand_over' as const })),
    },
  ];
}

function checkStep(
  before: PartnershipSnapshot,
  command: PartnershipCommand,
  after: PartnershipSnapshot,
  now: Date,
): void {
  const from = before.partnership.status;
  const to = after.partnership.status;
  expect(from).not.toBe('terminated');
  expect(to === from || canPartnershipMove(from, to)).toBe(true);
  if (command.type === 'CreateAction' || command.type === 'AddParty') expect(from).toBe('active');
  if (to === 'terminated') {
    const termination = after.partnership.termination;
    expect(termination?.reason.trim()).not.toBe('');
    if (!termination) return;
    // Abandoned at once when nothing binds; otherwise only at the end of the notice (rupture.spec.ts).
    const binding = before.convention !== null && isBindingConventionState(before.convention.state);
    expect(binding).toBe(false);
    expect(termination.effectiveOn <= todayOf(before, now)).toBe(true);
    expect(termination.noticeGivenOn <= todayOf(before, now)).toBe(true);
    const decided = termination.actionDecisions.map((d) => d.actionId);
    for (const action of before.actions.filter(isActionOngoing)) expect(decided).toContain(action.id);
    expect(after.convention === null || isFinalConventionState(after.convention.state)).toBe(true);
  }
}

function checkState(state: PartnershipSnapshot, now: Date): void {
  const status = state.partnership.status;
  expect(status === 'suspended').toBe(state.partnership.suspension !== null);
  expect(status === 'terminated').toBe(state.partnership.termination !== null);
  if (PARTNERSHIP_STATUS_TRANSITIONS[status].length === 0) return;
  const legal = waysForward(state, now).some((command) => applyCommand(state, command, now).ok);
  expect(legal).toBe(true);
}

describe('partnership status machine (property-based)', () => {
  it.each([
    ['without a convention', () => withPartner()],
    ['with a convention in force', () => conventionInForce()],
  ])('never reaches a forbidden status and always has a way forward (%s)', (_label, initial) => {
    const start = initial();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(commandArb, fc.integer({ min: 0, max: 40 })), { maxLength: 30 }),
        (steps) => {
          let state = start;
          let now = NOW;
          for (const [command, days] of steps) {
            now = new Date(now.getTime() + days * 86_400_000);
            const result = applyCommand(state, command, now);
            if (result.ok) {
              checkStep(state, command, result.value.state, now);
              state = result.value.state;
            } else if (state.partnership.status === 'terminated') {
              expect(result.error.code).toBe('PARTNERSHIP.TERMINATED');
            }
            checkState(state, now);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
