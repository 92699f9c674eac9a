import {
  INITIATOR,
  NOW,
  PARTNER,
  TERMS,
  conventionInForce,
  expectError,
  expectOk,
  noon,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { applyCommand } from './apply-command';
import { type PartnershipAppend, type PartnershipCommand } from './apply-command';
import { type PartnershipSnapshot } from './partnership';
import { terminatePartnership } from './partnership-status-machine';
import { RUPTURE_NEGOTIATION_DAYS } from './rupture-record';
import { earliestRuptureDecisionOn, isRuptureDue, noticeDaysLeft } from './rupture';

const propose: PartnershipCommand = {
  type: 'ProposeRupture',
  partyId: INITIATOR,
  reason: 'The new council refocuses its international action',
};
const answer: PartnershipCommand = {
  type: 'RespondToRupture',
  partyId: PARTNER,
  text: 'We ask to finish the water project first',
};

function decide(adoptedOn: string, noticeGivenOn: string, effectiveOn: string): PartnershipCommand {
  return {
    type: 'DecideRupture',
    deliberation: {
      body: 'Conseil municipal',
      reference: 'DEL-2025-114',
      adoptedOn,
      recordedBy: 'officer',
    },
    noticeGivenOn,
    effectiveOn,
    actionDecisions: [{ actionId: 'act-1', fate: 'complete_during_notice' }],
  };
}

function withAction(snapshot: PartnershipSnapshot): PartnershipSnapshot {
  return run(snapshot, [
    {
      type: 'CreateAction',
      priority: 'medium',
      actionId: 'act-1',
      title: 'Water',
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn: [PARTNER],
      initiatedBy: INITIATOR,
      operators: [],
      startsOn: null,
      endsOn: null,
    },
  ]);
}

const exchange = (eventId: string, at: Date): PartnershipAppend => ({
  type: 'RecordDialogueEvent',
  decisions: [],
  recordedBy: INITIATOR,
  eventId,
  audience: 'technicians',
  occurredAt: at,
  channel: 'email',
  participants: [],
  summary: 'Handing over the water project',
});

describe('orderly rupture', () => {
  it('refuses to end at once a partnership whose convention binds the parties', () => {
    expectError(
      terminatePartnership(
        conventionInForce(),
        {
          type: 'TerminatePartnership',
          reason: 'Budget cut',
          noticeGivenOn: '2025-06-02',
          effectiveOn: '2025-06-02',
          actionDecisions: [],
        },
        NOW,
      ),
      'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH',
    );
  });

  it('keeps abandoning a relation no convention binds a simple act, effective at once', () => {
    const abandon = {
      type: 'TerminatePartnership' as const,
      reason: 'No shared project emerged',
      noticeGivenOn: '2025-06-02',
      effectiveOn: '2025-06-02',
      actionDecisions: [],
    };
    const { state } = expectOk(terminatePartnership(withPartner(), abandon, NOW));
    expect(state.partnership.status).toBe('terminated');
    expectError(
      terminatePartnership(withPartner(), { ...abandon, effectiveOn: '2025-07-02' }, NOW),
      'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH',
    );
  });

  it('walks negotiation, deliberation and notice, and ends only when the notice is over', () => {
    const start = withAction(conventionInForce());
    const negotiating = run(start, [propose]);
    expect(negotiating.partnership.rupture?.stage).toBe('negotiating');
    expect(negotiating.partnership.status).toBe('active');

    // The decision waits for the partner's answer (or the negotiation period).
    expectError(
      applyCommand(negotiating, decide('2025-06-02', '2025-06-02', '2025-09-01'), NOW),
      'PARTNERSHIP.RUPTURE_NOT_NEGOTIATED',
    );
    const heard = run(negotiating, [answer]);
    expect(earliestRuptureDecisionOn(heard)).toBe('2025-06-02');

    // The convention's 90 days of notice are owed, after the deliberation.
    expectError(
      applyCommand(heard, decide('2025-06-02', '2025-06-02', '2025-07-01'), NOW),
      'PARTNERSHIP.TERMINATION_NEEDS_NOTICE',
    );
    const inNotice = run(heard, [decide('2025-06-02', '2025-06-02', '2025-09-01')]);
    expect(inNotice.partnership.rupture?.stage).toBe('notice');
    expect(inNotice.partnership.status).toBe('active');
    expect(inNotice.convention?.state).toBe('in_force');
    expect(noticeDaysLeft(inNotice, NOW)).toBe(91);

    // During notice the partnership runs: exchanges, the action to complete, the partner's answers.
    const later = noon('2025-07-15');
    const ran = run(
      inNotice,
      [
        exchange('ev-notice', later),
        { type: 'ChangeActionStatus', actionId: 'act-1', to: 'in_progress', byParty: INITIATOR },
        { type: 'ChangeActionStatus', actionId: 'act-1', to: 'completed', byParty: INITIATOR },
        { ...answer, text: 'Thank you for the handover plan' },
      ],
      later,
    );
    expect(ran.actions[0]?.status).toBe('completed');
    expect(ran.partnership.rupture?.responses).toHaveLength(2);
    // Nothing new starts.
    expectError(
      applyCommand(ran, { type: 'SuspendPartnership', reason: 'Elections' }, later),
      'PARTNERSHIP.IN_NOTICE',
    );

    expectError(applyCommand(ran, { type: 'EndRuptureNotice' }, later), 'PARTNERSHIP.NOTICE_NOT_OVER');
    const end = noon('2025-09-01');
    expect(isRuptureDue(ran, end)).toBe(true);
    const { state, events } = expectOk(applyCommand(ran, { type: 'EndRuptureNotice' }, end));
    expect(state.partnership.termination?.decidedAt).toEqual(NOW);
    expect(state.partnership.status).toBe('terminated');
    expect(state.partnership.termination).toMatchObject({
      noticeGivenOn: '2025-06-02',
      effectiveOn: '2025-09-01',
    });
    expect(state.convention?.state).toBe('terminated');
    expect(events.map((event) => event.type)).toEqual(['PartnershipTerminated', 'ConventionTerminated']);
  });

  it('lets the authority decide without an answer once the negotiation period has passed', () => {
    const negotiating = run(withAction(conventionInForce()), [propose]);
    const after = noon('2025-07-02');
    expect(earliestRuptureDecisionOn(negotiating)).toBe('2025-07-02');
    expect(RUPTURE_NEGOTIATION_DAYS).toBe(30);
    expectOk(applyCommand(negotiating, decide('2025-07-02', '2025-07-02', '2025-10-01'), after));
  });

  it('needs the deliberation: its body, reference and a date between the proposal and today', () => {
    const heard = run(withAction(conventionInForce()), [propose, answer]);
    const decision = decide('2025-06-02', '2025-06-02', '2025-09-01');
    if (decision.type !== 'DecideRupture') throw new Error('unexpected command');
    for (const deliberation of [
      { ...decision.deliberation, reference: ' ' },
      { ...decision.deliberation, body: '' },
      { ...decision.deliberation, adoptedOn: '2025-06-03' },
      { ...decision.deliberation, adoptedOn: '2025-05-01' },
    ])
      expectError(
        applyCommand(heard, { ...decision, deliberation }, NOW),
        'PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION',
      );
  });

  it('lets the negotiation keep the partnership: a withdrawn rupture leaves it as it was', () => {
    const withdrawn = run(conventionInForce(), [
      propose,
      answer,
      { type: 'WithdrawRupture', reason: 'A new joint programme was agreed' },
    ]);
    expect(withdrawn.partnership.rupture?.stage).toBe('withdrawn');
    expect(withdrawn.partnership.status).toBe('active');
    expectError(
      applyCommand(withdrawn, decide('2025-06-02', '2025-06-02', '2025-09-01'), NOW),
      'PARTNERSHIP.NO_OPEN_RUPTURE',
    );
    expect(run(withdrawn, [propose]).partnership.rupture?.stage).toBe('negotiating');
  });

  it('hears the other parties only: the proposer cannot answer its own proposal', () => {
    const negotiating = run(conventionInForce(), [propose]);
    expectError(
      applyCommand(negotiating, { ...answer, partyId: INITIATOR }, NOW),
      'PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER',
    );
    expectError(applyCommand(negotiating, propose, NOW), 'PARTNERSHIP.RUPTURE_ALREADY_OPEN');
    expect(TERMS.terminationNoticeDays).toBe(90);
  });
});
