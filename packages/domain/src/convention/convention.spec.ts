import { type PartnershipCommand, applyCommand } from '../partnership/apply-command';
import {
  INITIATOR,
  MAYOR,
  MONTREAL,
  NOW,
  PARTNER,
  PARTNER_ENGINEER,
  PARTNER_MAYOR,
  TERMS,
  approvalCommands,
  compatibility,
  conventionInForce,
  expectError,
  expectOk,
  motivationCommands,
  newPartnership,
  noon,
  readyForConvention,
  run,
  signCommand,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { tacitRenewalObjectionDeadline } from './convention';
import { missingForConventionApproval, missingForConventionApprovalByParty } from './convention-readiness';
import {
  CONVENTION_COMMANDS_BY_STATE,
  CONVENTION_TRANSITIONS,
  canConventionMove,
} from './convention-state-machine';

const draft: PartnershipCommand = {
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
  conventionId: 'conv-1',
  text: 'Agreement',
  terms: TERMS,
};
const open: PartnershipCommand = { type: 'OpenConventionNegotiation' };
const apply = (state: Parameters<typeof applyCommand>[0], command: PartnershipCommand, now = NOW) =>
  applyCommand(state, command, now);

describe('convention readiness (the political dialogue it concludes)', () => {
  it('lists every missing prerequisite before any approval', () => {
    expect(missingForConventionApproval(withPartner())).toEqual([
      'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
      'CONVENTION.COMPATIBILITY_REVIEWED',
      'CONVENTION.PRIORITIES_SET',
    ]);
    expect(missingForConventionApproval(readyForConvention())).toEqual([]);
  });

  it("refuses to approve a convention before the partner's motivations are on the table", () => {
    const onlyOurs = run(withPartner(), [{ type: 'ShareMotivation', motivationId: 'm-lyon' }, draft, open]);
    const error = expectError(
      apply(onlyOurs, approvalCommands()[0] as PartnershipCommand),
      'CONVENTION.NOT_APPROVABLE',
    );
    expect(error.details?.['missingCriteria']).toContain('CONVENTION.MOTIVATIONS_SHARED_BY_ALL');
  });

  it('refuses approval when compatibility was reviewed before the last motivation was shared', () => {
    const ready = readyForConvention();
    const later = noon('2025-06-03');
    const reopened = run(
      ready,
      [
        ...motivationCommands('m-lyon-2', INITIATOR, MAYOR),
        { type: 'ShareMotivation', motivationId: 'm-lyon-2' },
        draft,
        open,
      ],
      later,
    );
    const error = expectError(
      apply(reopened, approvalCommands()[0] as PartnershipCommand, later),
      'CONVENTION.NOT_APPROVABLE',
    );
    expect(error.details).toEqual({ missingCriteria: ['CONVENTION.COMPATIBILITY_REVIEWED'] });
  });

  it('refuses approval when a side judged the motivations incompatible', () => {
    const state = run(withPartner(), [
      { type: 'ShareMotivation', motivationId: 'm-lyon' },
      ...motivationCommands('m-bamako', PARTNER, PARTNER_MAYOR),
      { type: 'ShareMotivation', motivationId: 'm-bamako' },
      compatibility(INITIATOR, MAYOR),
      { ...compatibility(PARTNER, PARTNER_MAYOR), decision: 'changes_requested' } as PartnershipCommand,
      {
        type: 'RecordPriority',
        priorityId: 'pr',
        title: 'Water',
        stakeIds: [],
        agreedBy: [INITIATOR, PARTNER],
      },
      draft,
      open,
    ]);
    expectError(apply(state, approvalCommands()[0] as PartnershipCommand), 'CONVENTION.NOT_APPROVABLE');
  });

  it('refuses approval while no priority is agreed by every party', () => {
    const state = run(withPartner(), [
      { type: 'ShareMotivation', motivationId: 'm-lyon' },
      ...motivationCommands('m-bamako', PARTNER, PARTNER_MAYOR),
      { type: 'ShareMotivation', motivationId: 'm-bamako' },
      compatibility(INITIATOR, MAYOR),
      compatibility(PARTNER, PARTNER_MAYOR),
      { type: 'RecordPriority', priorityId: 'pr', title: 'Water', stakeIds: [], agreedBy: [INITIATOR] },
      draft,
      open,
    ]);
    const error = expectError(
      apply(state, approvalCommands()[0] as PartnershipCommand),
      'CONVENTION.NOT_APPROVABLE',
    );
    expect(error.details).toEqual({ missingCriteria: ['CONVENTION.PRIORITIES_SET'] });
  });

  it('tells which party each missing step-5 condition still waits for, not the party that did its part', () => {
    const state = run(withPartner(), [
      { type: 'ShareMotivation', motivationId: 'm-lyon' },
      ...motivationCommands('m-bamako', PARTNER, PARTNER_MAYOR),
      { type: 'ShareMotivation', motivationId: 'm-bamako' },
      compatibility(INITIATOR, MAYOR),
      { type: 'RecordPriority', priorityId: 'pr', title: 'Water', stakeIds: [], agreedBy: [INITIATOR] },
    ]);
    expect(missingForConventionApprovalByParty(state)).toEqual([
      { criterion: 'CONVENTION.COMPATIBILITY_REVIEWED', awaitedParties: [PARTNER] },
      { criterion: 'CONVENTION.PRIORITIES_SET', awaitedParties: [PARTNER] },
    ]);
    const nothingShared = withPartner();
    expect(missingForConventionApprovalByParty(nothingShared)[0]).toEqual({
      criterion: 'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
      awaitedParties: [INITIATOR, PARTNER],
    });
  });

  it('requires compatibility to be reviewed by an elected official of the same side', () => {
    const state = withPartner();
    expectError(apply(state, compatibility(PARTNER, PARTNER_ENGINEER)), 'REVIEW.REVIEWER_NOT_ELECTED');
    expectError(apply(state, compatibility(PARTNER, MAYOR)), 'REVIEW.REVIEWER_OTHER_PARTY');
  });

  it('lets each party agree to a priority in turn, once', () => {
    const proposed = run(withPartner(), [
      { type: 'RecordPriority', priorityId: 'pr', title: 'Water', stakeIds: [], agreedBy: [INITIATOR] },
    ]);
    const agree: PartnershipCommand = { type: 'AgreePriority', priorityId: 'pr', partyId: PARTNER };
    const agreed = expectOk(apply(proposed, agree)).state;
    expect(agreed.politicalDialogue.priorities[0]?.agreedBy).toEqual([INITIATOR, PARTNER]);
    expectError(apply(agreed, agree), 'CONVENTION.PRIORITY_ALREADY_AGREED');
    expectError(apply(proposed, { ...agree, priorityId: 'nope' }), 'RECORD.NOT_FOUND');
  });

  it('refuses priorities agreed by organisations that are not parties', () => {
    expectError(
      apply(withPartner(), {
        type: 'RecordPriority',
        priorityId: 'pr',
        title: 'Water',
        stakeIds: [],
        agreedBy: ['org-x'],
      }),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
  });
});

describe('convention state machine', () => {
  it('is described by tables: final states accept nothing', () => {
    expect(CONVENTION_COMMANDS_BY_STATE.expired).toEqual([]);
    expect(CONVENTION_TRANSITIONS.terminated).toEqual([]);
    expect(canConventionMove('draft', 'signed')).toBe(false);
    expect(canConventionMove('in_force', 'renewed')).toBe(true);
  });

  it('needs a partner to draft a convention, and valid terms', () => {
    expectError(apply(newPartnership(), draft), 'PARTNERSHIP.NEEDS_PARTNER');
    expectError(
      apply(withPartner(), { ...draft, terms: { ...TERMS, durationMonths: 0 } } as PartnershipCommand),
      'CONVENTION.INVALID_TERMS',
    );
    expectError(
      apply(withPartner(), { ...draft, terms: { ...TERMS, terminationNoticeDays: 0 } } as PartnershipCommand),
      'CONVENTION.INVALID_TERMS',
    );
  });

  it('refuses a second live convention, and commands without any convention', () => {
    const drafted = run(withPartner(), [draft]);
    expectError(
      apply(drafted, { ...draft, conventionId: 'conv-2' } as PartnershipCommand),
      'CONVENTION.ALREADY_EXISTS',
    );
    expectError(apply(withPartner(), open), 'RECORD.NOT_FOUND');
  });

  it('refuses commands the current state does not accept', () => {
    const drafted = run(readyForConvention(), [draft]);
    expectError(apply(drafted, approvalCommands()[0] as PartnershipCommand), 'CONVENTION.INVALID_TRANSITION');
    expectError(apply(drafted, { type: 'ExpireConvention' }), 'CONVENTION.INVALID_TRANSITION');
  });

  it('becomes approved only when every party approved the current version', () => {
    const negotiating = run(readyForConvention(), [draft, open]);
    const first = expectOk(apply(negotiating, approvalCommands()[0] as PartnershipCommand));
    expect(first.state.convention?.state).toBe('in_negotiation');
    expect(first.events[0]).toMatchObject({ type: 'ConventionApproved', approvedByAll: false });
    const second = expectOk(apply(first.state, approvalCommands()[1] as PartnershipCommand));
    expect(second.state.convention?.state).toBe('approved');
    expectError(
      apply(first.state, approvalCommands()[0] as PartnershipCommand),
      'CONVENTION.ALREADY_APPROVED',
    );
  });

  it('refuses an approval of another version than the current one', () => {
    const negotiating = run(readyForConvention(), [
      draft,
      open,
      {
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
        text: 'v2',
        terms: TERMS,
      },
    ]);
    expectError(
      apply(negotiating, approvalCommands(1)[0] as PartnershipCommand),
      'CONVENTION.VERSION_MISMATCH',
    );
  });

  it('refuses a council decision dated in the future', () => {
    const negotiating = run(readyForConvention(), [draft, open]);
    expectError(
      apply(negotiating, {
        type: 'ApproveConvention',
        decisionFileId: null,
        partyId: INITIATOR,
        version: 1,
        councilDecisionRef: 'D',
        decidedOn: '2025-06-03',
      }),
      'RECORD.INVALID_VALUE',
    );
  });

  it('refuses to sign a convention before every party approved the same version', () => {
    const halfApproved = run(readyForConvention(), [
      draft,
      open,
      approvalCommands()[0] as PartnershipCommand,
    ]);
    const error = expectError(apply(halfApproved, signCommand()), 'CONVENTION.NOT_SIGNABLE');
    expect(error.details).toMatchObject({ approvedBy: [INITIATOR] });
  });

  it('sends an approved convention back to negotiation when revised, so old approvals no longer allow signing', () => {
    const revised = run(readyForConvention(), [
      draft,
      open,
      ...approvalCommands(),
      {
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
        text: 'v2',
        terms: TERMS,
      },
    ]);
    expect(revised.convention?.state).toBe('in_negotiation');
    expectError(apply(revised, signCommand(2)), 'CONVENTION.NOT_SIGNABLE');
  });

  it('needs a signatory for every party, a signature after the approvals and of the approved version', () => {
    const approved = run(readyForConvention(), [draft, open, ...approvalCommands()]);
    expectError(
      apply(approved, {
        ...signCommand(),
        signatories: [{ partyId: INITIATOR, name: 'Mayor', title: 'Mayor' }],
      } as PartnershipCommand),
      'CONVENTION.SIGNATORY_MISSING',
    );
    expectError(
      apply(approved, { ...signCommand(), signedOn: '2025-05-21' } as PartnershipCommand),
      'CONVENTION.SIGNED_BEFORE_APPROVAL',
    );
    expectError(apply(approved, signCommand(2)), 'CONVENTION.VERSION_MISMATCH');
    const signed = expectOk(apply(approved, signCommand()));
    expect(signed.state.convention?.state).toBe('signed');
    expect(signed.events[0]).toMatchObject({ type: 'ConventionSigned', version: 1, signedOn: '2025-05-30' });
  });

  it('enters into force after signature and computes the expiry from the duration', () => {
    const signed = run(readyForConvention(), [draft, open, ...approvalCommands(), signCommand()]);
    expectError(
      apply(signed, { type: 'BringConventionIntoForce', effectiveOn: '2025-05-01' }),
      'CONVENTION.EFFECTIVE_BEFORE_SIGNATURE',
    );
    const inForce = expectOk(
      apply(signed, { type: 'BringConventionIntoForce', effectiveOn: '2025-06-01' }),
    ).state;
    expect(inForce.convention).toMatchObject({
      state: 'in_force',
      effectiveOn: '2025-06-01',
      expiresOn: '2028-06-01',
    });
  });

  it('expires on its expiry date, not before', () => {
    const inForce = conventionInForce();
    expectError(
      apply(inForce, { type: 'ExpireConvention' }, noon('2028-05-31')),
      'CONVENTION.NOT_YET_EXPIRED',
    );
    const expired = expectOk(apply(inForce, { type: 'ExpireConvention' }, noon('2028-06-01'))).state;
    expect(expired.convention?.state).toBe('expired');
  });

  it('starts a new convention once the previous one expired, keeping the history', () => {
    const expired = run(conventionInForce(), [{ type: 'ExpireConvention' }], noon('2028-06-02'));
    const next = run(
      expired,
      [{ ...draft, conventionId: 'conv-2' } as PartnershipCommand],
      noon('2028-06-02'),
    );
    expect(next.convention?.id).toBe('conv-2');
    expect(next.conventionHistory.map((c) => c.id)).toEqual(['conv-1']);
    expectError(apply(expired, draft, noon('2028-06-02')), 'RECORD.DUPLICATE_ID');
  });

  describe('tacit renewal', () => {
    const tacit = { ...TERMS, tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 } };

    it('computes the objection deadline from the expiry date', () => {
      const convention = conventionInForce(tacit).convention;
      expect(convention && tacitRenewalObjectionDeadline(convention)).toBe('2028-04-02');
    });

    it('renews tacitly on the expiry date unless a party objected, and refuses to expire instead', () => {
      const inForce = conventionInForce(tacit);
      expectError(
        apply(inForce, { type: 'ExpireConvention' }, noon('2028-06-01')),
        'CONVENTION.TACIT_RENEWAL_APPLIES',
      );
      expectError(
        apply(
          inForce,
          { type: 'RenewConvention', kind: 'tacit', decisionRef: null, newExpiresOn: null },
          noon('2028-05-31'),
        ),
        'CONVENTION.NOT_YET_EXPIRED',
      );
      const renewed = expectOk(
        apply(
          inForce,
          { type: 'RenewConvention', kind: 'tacit', decisionRef: null, newExpiresOn: null },
          noon('2028-06-01'),
        ),
      ).state;
      expect(renewed.convention).toMatchObject({ state: 'renewed', expiresOn: '2029-06-01' });
    });

    it('lets a party object until the deadline, after which the convention can expire', () => {
      const inForce = conventionInForce(tacit);
      expectError(
        apply(
          inForce,
          { type: 'ObjectToTacitRenewal', partyId: PARTNER, on: '2028-04-03' },
          noon('2028-04-03'),
        ),
        'CONVENTION.OBJECTION_TOO_LATE',
      );
      const objected = run(
        inForce,
        [{ type: 'ObjectToTacitRenewal', partyId: PARTNER, on: '2028-04-02' }],
        noon('2028-04-02'),
      );
      expectError(
        apply(
          objected,
          { type: 'RenewConvention', kind: 'tacit', decisionRef: null, newExpiresOn: null },
          noon('2028-06-01'),
        ),
        'CONVENTION.RENEWAL_OBJECTED',
      );
      expect(
        expectOk(apply(objected, { type: 'ExpireConvention' }, noon('2028-06-01'))).state.convention?.state,
      ).toBe('expired');
    });

    it('refuses tacit renewal or objection when the convention does not provide for it', () => {
      const inForce = conventionInForce();
      expectError(
        apply(inForce, { type: 'ObjectToTacitRenewal', partyId: PARTNER, on: '2025-06-02' }),
        'CONVENTION.TACIT_RENEWAL_NOT_PROVIDED',
      );
      expectError(
        apply(
          inForce,
          { type: 'RenewConvention', kind: 'tacit', decisionRef: null, newExpiresOn: null },
          noon('2028-06-01'),
        ),
        'CONVENTION.TACIT_RENEWAL_NOT_PROVIDED',
      );
    });
  });

  it('renews explicitly with the councils’ decision and a later expiry date', () => {
    const inForce = conventionInForce();
    expectError(
      apply(inForce, {
        type: 'RenewConvention',
        kind: 'explicit',
        decisionRef: null,
        newExpiresOn: '2031-06-01',
      }),
      'CONVENTION.RENEWAL_NEEDS_DECISION',
    );
    expectError(
      apply(inForce, {
        type: 'RenewConvention',
        kind: 'explicit',
        decisionRef: 'DEL',
        newExpiresOn: '2027-01-01',
      }),
      'RECORD.INVALID_VALUE',
    );
    const renewed = expectOk(
      apply(inForce, {
        type: 'RenewConvention',
        kind: 'explicit',
        decisionRef: 'DEL',
        newExpiresOn: '2031-06-01',
      }),
    ).state;
    expect(renewed.convention).toMatchObject({ state: 'renewed', expiresOn: '2031-06-01' });
  });

  it('suspends with a reason and resumes into force', () => {
    const inForce = conventionInForce();
    expectError(
      apply(inForce, { type: 'SuspendConvention', reason: '' }),
      'CONVENTION.SUSPENSION_NEEDS_REASON',
    );
    const suspended = run(inForce, [{ type: 'SuspendConvention', reason: 'Security situation' }]);
    expect(suspended.convention?.state).toBe('suspended');
    expect(expectOk(apply(suspended, { type: 'ResumeConvention' })).state.convention?.state).toBe('in_force');
  });

  it('terminates a binding convention only with reason, notice and decisions on ongoing actions', () => {
    const inForce = run(conventionInForce(), [
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
    ]);
    const base = {
      type: 'TerminateConvention' as const,
      reason: 'Refocus',
      noticeGivenOn: '2025-06-02',
      effectiveOn: '2025-09-01',
      actionDecisions: [{ actionId: 'act-1', fate: 'hand_over' as const }],
    };
    expectError(apply(inForce, { ...base, reason: '' }), 'CONVENTION.TERMINATION_NEEDS_REASON');
    expectError(
      apply(inForce, { ...base, effectiveOn: '2025-07-01' }),
      'CONVENTION.TERMINATION_NEEDS_NOTICE',
    );
    expectError(
      apply(inForce, { ...base, actionDecisions: [] }),
      'CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS',
    );
    const terminated = expectOk(apply(inForce, base)).state;
    expect(terminated.convention?.state).toBe('terminated');
    expect(terminated.partnership.status).toBe('active');
  });

  it('abandons a draft with a reason only', () => {
    const drafted = run(withPartner(), [draft]);
    const abandon = {
      type: 'TerminateConvention' as const,
      reason: 'Not the right time',
      noticeGivenOn: '2025-06-02',
      effectiveOn: '2025-06-02',
      actionDecisions: [],
    };
    expect(expectOk(apply(drafted, abandon)).state.convention?.state).toBe('terminated');
  });

  it('counts every party of a mini-network for approvals', () => {
    const network = run(readyForConvention(), [{ type: 'AddParty', organisation: MONTREAL }, draft, open]);
    // A third party joined: its motivations are not on the table yet.
    expectError(apply(network, approvalCommands()[0] as PartnershipCommand), 'CONVENTION.NOT_APPROVABLE');
  });
});
