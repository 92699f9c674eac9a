import fc from 'fast-check';
import { isActionOngoing } from '../action/action';
import { type PartnershipCommand, applyCommand } from '../partnership/apply-command';
import { todayOf } from '../partnership/command-support';
import { type PartnershipSnapshot, partyIds } from '../partnership/partnership';
import { addDays, daysBetween } from '../shared/calendar-date';
import {
  INITIATOR,
  MAYOR,
  NOW,
  PARTNER,
  PARTNER_MAYOR,
  TERMS,
  approvalCommands,
  compatibility,
  conventionInForce,
  readyForConvention,
  run,
  signCommand,
  withPartner,
} from '../testing/fixtures.test-helpers';
import {
  CONVENTION_STATES,
  type Convention,
  bindingTerms,
  currentVersion,
  isBindingConventionState,
  isFinalConventionState,
  partiesWhoApproved,
} from './convention';
import { missingForConventionApproval } from './convention-readiness';
import { canConventionMove } from './convention-state-machine';

const party = fc.constantFrom(INITIATOR, PARTNER);
const version = fc.integer({ min: 1, max: 3 });
const day = fc.constantFrom('2025-05-20', '2025-06-01', '2026-01-15', '2027-03-01');
const terms = fc.constantFrom(TERMS, {
  ...TERMS,
  durationMonths: 12,
  tacitRenewal: { periodMonths: 12, objectionNoticeDays: 30 },
});

/** Readiness commands (so approvals are sometimes allowed) mixed with every convention command. */
const commandArb: fc.Arbitrary<PartnershipCommand> = fc.oneof(
  fc.constantFrom<PartnershipCommand>(
    { type: 'ShareMotivation', motivationId: 'm-lyon' },
    { type: 'ShareMotivation', motivationId: 'm-bamako' },
    {
      type: 'StateMotivation',
      motivationId: 'm-bamako',
      partyId: PARTNER,
      category: 'financial',
      frameOfReference: 'pro_domo',
      text: 'Investment',
      authorId: 'a',
    },
    {
      type: 'ReviewMotivation',
      motivationId: 'm-bamako',
      decision: 'approved',
      reviewer: PARTNER_MAYOR,
      comment: null,
      councilDecisionRef: null,
      councilDecisionOn: null,
    },
    {
      type: 'ReviseMotivation',
      motivationId: 'm-lyon',
      category: 'political',
      frameOfReference: 'humanist',
      text: 'Revised',
    },
    {
      type: 'ReviewMotivation',
      motivationId: 'm-lyon',
      decision: 'approved',
      reviewer: MAYOR,
      comment: null,
      councilDecisionRef: null,
      councilDecisionOn: null,
    },
    compatibility(INITIATOR, MAYOR),
    compatibility(PARTNER, PARTNER_MAYOR),
    { type: 'OpenConventionNegotiation' },
    { type: 'ExpireConvention' },
    { type: 'ResumeConvention' },
    { type: 'SuspendConvention', reason: 'Security' },
    { type: 'SuspendConvention', reason: '' },
  ),
  fc.tuple(fc.nat(5), fc.subarray([INITIATOR, PARTNER])).map(([n, agreedBy]): PartnershipCommand => ({
    type: 'RecordPriority',
    priorityId: `pr-${n}`,
    title: 'Priority',
    stakeIds: [],
    agreedBy,
  })),
  fc.tuple(fc.nat(3), terms).map(([n, t]): PartnershipCommand => ({
    type: 'DraftConvention',
    content: {
      objectives: 'Water for all',
      priorities: [],
      themes: [],
      governance: '',
      dialogueModalities: '',
      fundingCommitments: '',
      terminationClause: '',
    },
    conventionId: `conv-${n}`,
    text: 'Agreement',
    terms: t,
  })),
  terms.map((t): PartnershipCommand => ({
    type: 'ReviseConvention',
    content: {
      objectives: 'Water for all',
      priorities: [],
      themes: [],
      governance: '',
      dialogueModalities: '',
      fundingCommitments: '',
      terminationClause: '',
    },
    text: 'Revised agreement',
    terms: t,
  })),
  fc.tuple(party, version, day).map(([partyId, v, decidedOn]): PartnershipCommand => ({
    type: 'ApproveConvention',
    decisionFileId: null,
    partyId,
    version: v,
    councilDecisionRef: 'DEL',
    decidedOn,
  })),
  fc
    .tuple(version, day, fc.subarray([INITIATOR, PARTNER], { minLength: 1 }))
    .map(([v, signedOn, signers]): PartnershipCommand => ({
      type: 'SignConvention',
      signedFileId: null,
      version: v,
      signedOn,
      signatories: signers.map((partyId) => ({ partyId, name: `Signatory ${partyId}`, title: 'Mayor' })),
    })),
  day.map((effectiveOn): PartnershipCommand => ({ type: 'BringConventionIntoForce', effectiveOn })),
  fc
    .tuple(party, day)
    .map(([partyId, on]): PartnershipCommand => ({ type: 'ObjectToTacitRenewal', partyId, on })),
  fc.constantFrom<PartnershipCommand>(
    { type: 'RenewConvention', kind: 'tacit', decisionRef: null, newExpiresOn: null },
    { type: 'RenewConvention', kind: 'explicit', decisionRef: 'DEL', newExpiresOn: '2031-01-01' },
  ),
  fc
    .tuple(fc.constantFrom('', 'Refocus'), day, day)
    .map(([reason, noticeGivenOn, effectiveOn]): PartnershipCommand => ({
      type: 'TerminateConvention',
      reason,
      noticeGivenOn,
      effectiveOn,
      actionDecisions: [],
    })),
);

function everyPartyApproved(state: PartnershipSnapshot, convention: Convention, version: number): boolean {
  const approvedBy = partiesWhoApproved(convention, version);
  return partyIds(state).every((partyId) => approvedBy.includes(partyId));
}

/** The rules no reachable state may break. */
function checkInvariants(state: PartnershipSnapshot): void {
  const convention = state.convention;
  if (!convention) return;
  expect(CONVENTION_STATES).toContain(convention.state);
  if (convention.state === 'approved')
    expect(everyPartyApproved(state, convention, currentVersion(convention).number)).toBe(true);
  if (convention.signature) {
    const { signature } = convention;
    expect(everyPartyApproved(state, convention, signature.version)).toBe(true);
    for (const partyId of partyIds(state))
      expect(signature.signatories.map((s) => s.partyId)).toContain(partyId);
    for (const approval of convention.approvals.filter((a) => a.version === signature.version)) {
      expect(signature.signedOn >= approval.decidedOn).toBe(true);
    }
  }
  if (isBindingConventionState(convention.state)) expect(convention.signature).not.toBeNull();
  if (convention.effectiveOn) {
    expect(convention.signature).not.toBeNull();
    expect((convention.expiresOn ?? '') > convention.effectiveOn).toBe(true);
  }
}

function checkTransition(
  before: PartnershipSnapshot,
  command: PartnershipCommand,
  after: PartnershipSnapshot,
  now: Date,
): void {
  const previous = before.convention;
  const next = after.convention;
  if (command.type === 'ApproveConvention') expect(missingForConventionApproval(before)).toEqual([]);
  if (!next) return;
  if (previous && previous.id === next.id && previous.state !== next.state) {
    expect(canConventionMove(previous.state, next.state)).toBe(true);
  }
  if (previous && previous.id !== next.id) expect(isFinalConventionState(previous.state)).toBe(true);
  if (command.type === 'TerminateConvention' && previous && isBindingConventionState(previous.state)) {
    const termination = next.termination;
    expect(termination).not.toBeNull();
    if (!termination) return;
    expect(daysBetween(termination.noticeGivenOn, termination.effectiveOn)).toBeGreaterThanOrEqual(
      bindingTerms(previous).terminationNoticeDays,
    );
    expect(termination.noticeGivenOn <= todayOf(before, now)).toBe(true);
  }
}

/** A legal way forward from any live state: abandon/terminate in order, or start a new convention. */
function wayForward(state: PartnershipSnapshot, now: Date): PartnershipCommand {
  const convention = state.convention;
  if (!convention || isFinalConventionState(convention.state)) {
    return {
      type: 'DraftConvention',
      content: {
        objectives: 'Water for all',
        priorities: [],
        themes: [],
        governance: '',
        dialogueModalities: '',
        fundingCommitments: '',
        terminationClause: '',
      },
      conventionId: `conv-next-${now.getTime()}`,
      text: 'New agreement',
      terms: TERMS,
    };
  }
  const today = todayOf(state, now);
  return {
    type: 'TerminateConvention',
    reason: 'Orderly end',
    noticeGivenOn: today,
    effectiveOn: addDays(today, bindingTerms(convention).terminationNoticeDays),
    actionDecisions: state.actions
      .filter(isActionOngoing)
      .map((a) => ({ actionId: a.id, fate: 'hand_over' as const })),
  };
}

const negotiating = run(readyForConvention(), [
  {
    type: 'DraftConvention',
    content: {
      objectives: 'Water for all',
      priorities: [],
      themes: [],
      governance: '',
      dialogueModalities: '',
      fundingCommitments: '',
      terminationClause: '',
    },
    conventionId: 'conv-0',
    text: 'Agreement',
    terms: TERMS,
  },
  { type: 'OpenConventionNegotiation' },
]);

/** Starting points along the machine, so that random walks explore every state, not only the first ones. */
const START_STATES: readonly PartnershipSnapshot[] = [
  withPartner(),
  readyForConvention(),
  negotiating,
  run(negotiating, [...approvalCommands(), signCommand()]),
  conventionInForce(),
  conventionInForce({
    ...TERMS,
    durationMonths: 12,
    tacitRenewal: { periodMonths: 12, objectionNoticeDays: 30 },
  }),
];
const startArb = fc.constantFrom(...START_STATES);
const stepsArb = (minLength: number, maxLength: number) =>
  fc.array(fc.tuple(commandArb, fc.integer({ min: 0, max: 200 })), { minLength, maxLength });

describe('convention state machine (property-based)', () => {
  it('no sequence of commands reaches a state the rules forbid, and every live state has a legal way forward', () => {
    fc.assert(
      fc.property(startArb, stepsArb(0, 40), (start, steps) => {
        let state = start;
        let now = NOW;
        for (const [command, days] of steps) {
          now = new Date(now.getTime() + days * 86_400_000);
          const result = applyCommand(state, command, now);
          if (result.ok) {
            checkTransition(state, command, result.value.state, now);
            state = result.value.state;
          }
          checkInvariants(state);
          expect(applyCommand(state, wayForward(state, now), now).ok).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('explores every state of the machine (the generator is not vacuous)', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(startArb, stepsArb(20, 60), (start, steps) => {
        let state = start;
        let now = NOW;
        for (const [command, days] of steps) {
          now = new Date(now.getTime() + days * 86_400_000);
          const result = applyCommand(state, command, now);
          if (result.ok) state = result.value.state;
          if (state.convention) reached.add(state.convention.state);
        }
      }),
      { numRuns: 400, seed: 42 },
    );
    expect([...reached]).toEqual(
      expect.arrayContaining([
        'draft',
        'in_negotiation',
        'approved',
        'signed',
        'in_force',
        'renewed',
        'suspended',
        'expired',
        'terminated',
      ]),
    );
  });
});
