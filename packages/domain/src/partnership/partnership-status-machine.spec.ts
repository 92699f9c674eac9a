import {
  BAMAKO,
  INITIATOR,
  LYON,
  MONTREAL,
  NOW,
  PARTNER,
  TERMS,
  conventionInForce,
  expectError,
  expectOk,
  newPartnership,
  noon,
  organisation,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { COMMAND_ALLOWED_STATUSES, PARTNERSHIP_COMMAND_TYPES } from './command-policy';
import { PARTNERSHIP_STATUS_TRANSITIONS, canPartnershipMove, initiatorId, partnerIds } from './partnership';
import {
  addParty,
  createPartnership,
  requiredPartnershipNoticeDays,
  resumePartnership,
  suspendPartnership,
  terminatePartnership,
} from './partnership-status-machine';
import { type TerminationRequest } from './termination';

const notice = (overrides: Partial<TerminationRequest> = {}) => ({
  type: 'TerminatePartnership' as const,
  reason: 'Political change in the partner authority',
  noticeGivenOn: '2025-06-01',
  effectiveOn: '2025-06-01',
  actionDecisions: [],
  ...overrides,
});

describe('partnership creation and parties', () => {
  it('creates an active partnership with the initiator, possibly alone while searching for partners', () => {
    const { state, events } = expectOk(
      createPartnership(
        {
          type: 'CreatePartnership',
          partnershipId: 'p',
          name: 'Lyon',
          form: 'twinning',
          approach: 'development',
          initiator: LYON,
          partners: [],
        },
        NOW,
      ),
    );
    expect(state.partnership.status).toBe('active');
    expect(initiatorId(state)).toBe(INITIATOR);
    expect(partnerIds(state)).toEqual([]);
    expect(events).toEqual([
      { type: 'PartnershipCreated', at: NOW, partnershipId: 'p', partyIds: [INITIATOR] },
    ]);
  });

  it('refuses the same organisation twice among the parties', () => {
    expectError(
      createPartnership(
        {
          type: 'CreatePartnership',
          partnershipId: 'p',
          name: 'x',
          form: 'network',
          approach: 'development',
          initiator: LYON,
          partners: [LYON],
        },
        NOW,
      ),
      'PARTNERSHIP.DUPLICATE_PARTY',
    );
  });

  it('refuses an invalid organisation or an empty name', () => {
    expectError(
      createPartnership(
        {
          type: 'CreatePartnership',
          partnershipId: 'p',
          name: 'x',
          form: 'network',
          approach: 'development',
          initiator: organisation('bad', { timeZone: 'Nowhere' }),
          partners: [],
        },
        NOW,
      ),
      'ORGANISATION.INVALID_TIME_ZONE',
    );
    expectError(
      createPartnership(
        {
          type: 'CreatePartnership',
          partnershipId: 'p',
          name: ' ',
          form: 'network',
          approach: 'development',
          initiator: LYON,
          partners: [],
        },
        NOW,
      ),
      'RECORD.TEXT_REQUIRED',
    );
  });

  it('lets a mini-network grow with a third authority', () => {
    const { state } = expectOk(
      addParty(newPartnership([BAMAKO]), { type: 'AddParty', organisation: MONTREAL }, NOW),
    );
    expect(partnerIds(state)).toEqual([PARTNER, MONTREAL.id]);
    expectError(
      addParty(state, { type: 'AddParty', organisation: MONTREAL }, NOW),
      'PARTNERSHIP.DUPLICATE_PARTY',
    );
  });
});

describe('partnership status machine', () => {
  it('declares its transitions as a table: terminated is final', () => {
    expect(PARTNERSHIP_STATUS_TRANSITIONS.terminated).toEqual([]);
    expect(canPartnershipMove('active', 'suspended')).toBe(true);
    expect(canPartnershipMove('terminated', 'active')).toBe(false);
  });

  it('suspends with a reason and resumes', () => {
    const suspended = expectOk(
      suspendPartnership(withPartner(), { type: 'SuspendPartnership', reason: 'Elections' }, NOW),
    );
    expect(suspended.state.partnership.status).toBe('suspended');
    expect(suspended.state.partnership.suspension).toEqual({ reason: 'Elections', since: '2025-06-02' });
    const resumed = expectOk(resumePartnership(suspended.state, { type: 'ResumePartnership' }, NOW));
    expect(resumed.state.partnership.status).toBe('active');
    expect(resumed.state.partnership.suspension).toBeNull();
  });

  it('refuses to suspend without a reason', () => {
    expectError(
      suspendPartnership(withPartner(), { type: 'SuspendPartnership', reason: ' ' }, NOW),
      'PARTNERSHIP.SUSPENSION_NEEDS_REASON',
    );
  });

  it('refuses to resume a partnership that is not suspended', () => {
    expectError(
      resumePartnership(withPartner(), { type: 'ResumePartnership' }, NOW),
      'PARTNERSHIP.NOT_SUSPENDED',
    );
  });

  it('refuses new work while suspended but keeps the dialogue open', () => {
    const suspended = run(withPartner(), [{ type: 'SuspendPartnership', reason: 'Elections' }]);
    expectError(
      addParty(suspended, { type: 'AddParty', organisation: MONTREAL }, NOW),
      'PARTNERSHIP.SUSPENDED',
    );
    expect(COMMAND_ALLOWED_STATUSES.RecordDialogueEvent).toContain('suspended');
    expect(COMMAND_ALLOWED_STATUSES.CreateAction).not.toContain('suspended');
  });

  it('refuses to close a partnership without a reason', () => {
    expectError(
      terminatePartnership(withPartner(), notice({ reason: '' }), NOW),
      'PARTNERSHIP.TERMINATION_NEEDS_REASON',
    );
  });

  it('refuses to abandon with a later end: notice takes the orderly path (rupture.ts)', () => {
    const error = expectError(
      terminatePartnership(withPartner(), notice({ effectiveOn: '2025-06-10' }), NOW),
      'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH',
    );
    expect(error.details).toMatchObject({ effectiveOn: '2025-06-10' });
  });

  it('refuses a notice dated in the future', () => {
    expectError(
      terminatePartnership(
        withPartner(),
        notice({ noticeGivenOn: '2025-06-03', effectiveOn: '2025-06-02' }),
        NOW,
      ),
      'PARTNERSHIP.TERMINATION_NEEDS_NOTICE',
    );
  });

  it('owes the notice period of the convention in force, through the orderly path only', () => {
    const inForce = conventionInForce();
    expect(requiredPartnershipNoticeDays(inForce)).toBe(TERMS.terminationNoticeDays);
    expectError(terminatePartnership(inForce, notice(), NOW), 'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH');
  });

  it('requires a decision on every ongoing action, and refuses decisions on unknown actions', () => {
    const withAction = run(withPartner(), [
      {
        type: 'CreateAction',
        priority: 'medium',
        actionId: 'act-1',
        title: 'School twinning',
        themes: ['education'],
        sdgs: [4],
        locatedIn: [PARTNER],
        initiatedBy: PARTNER,
        operators: [],
        startsOn: null,
        endsOn: null,
      },
    ]);
    const missing = expectError(
      terminatePartnership(withAction, notice(), NOW),
      'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS',
    );
    expect(missing.details).toMatchObject({ missingActionIds: ['act-1'] });
    expectError(
      terminatePartnership(
        withAction,
        notice({
          actionDecisions: [
            { actionId: 'act-1', fate: 'stop' },
            { actionId: 'ghost', fate: 'stop' },
          ],
        }),
        NOW,
      ),
      'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS',
    );
  });

  it('abandons a relation no convention binds: stopped actions are cancelled', () => {
    const inForce = run(withPartner(), [
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
      {
        type: 'CreateAction',
        priority: 'medium',
        actionId: 'act-2',
        title: 'Schools',
        themes: ['education'],
        sdgs: [],
        locatedIn: [INITIATOR],
        initiatedBy: PARTNER,
        operators: [],
        startsOn: null,
        endsOn: null,
      },
    ]);
    const { state, events } = expectOk(
      terminatePartnership(
        inForce,
        notice({
          actionDecisions: [
            { actionId: 'act-1', fate: 'stop' },
            { actionId: 'act-2', fate: 'complete_during_notice' },
          ],
        }),
        NOW,
      ),
    );
    expect(state.partnership.status).toBe('terminated');
    expect(state.actions.map((a) => a.status)).toEqual(['cancelled', 'planned']);
    expect(events.map((e) => e.type)).toEqual(['PartnershipTerminated']);
  });

  it('accepts nothing once terminated', () => {
    const terminated = run(withPartner(), [notice()]);
    expectError(resumePartnership(terminated, { type: 'ResumePartnership' }, NOW), 'PARTNERSHIP.TERMINATED');
    expectError(terminatePartnership(terminated, notice(), NOW), 'PARTNERSHIP.TERMINATED');
    for (const type of PARTNERSHIP_COMMAND_TYPES)
      expect(COMMAND_ALLOWED_STATUSES[type]).not.toContain('terminated');
  });

  it('reads "today" in the initiator\'s time zone for the notice', () => {
    // 23:30 UTC on 31 May is already 1 June in Lyon: notice given "on 1 June" is not in the future.
    const lateEvening = new Date('2025-05-31T23:30:00Z');
    const snapshot = withPartner(noon('2025-05-31'));
    expectOk(terminatePartnership(snapshot, notice(), lateEvening));
    expect(initiatorId(snapshot)).toBe(INITIATOR);
  });
});
