import { type PartnershipCommand, applyCommand } from '../partnership/apply-command';
import {
  DEPUTY,
  ENGINEER,
  MAYOR,
  NGO,
  NOW,
  PARTNER,
  PARTNER_ENGINEER,
  PARTNER_MAYOR,
  expectError,
  expectOk,
  newPartnership,
  noon,
  person,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import {
  DEFAULT_MAX_DELEGATION_SIZE,
  carriedByOnePersonWarnings,
  delegationWarnings,
  missingReportWarnings,
  reciprocityWarnings,
  travelAdvisoryWarnings,
} from './delegation-rules';
import { type Visit } from './visit';
import { type FollowUpInput } from './visit-commands';
import { assessPartnership } from '../assessment/assess-partnership';

const visitTo = (
  overrides: Partial<Extract<PartnershipCommand, { type: 'RecordVisit' }>> = {},
): PartnershipCommand => ({
  type: 'RecordVisit',
  agenda: [],
  visitId: 'v-1',
  direction: 'to_partner',
  partnerPartyId: PARTNER,
  startsOn: '2025-04-10',
  endsOn: '2025-04-14',
  purpose: 'Meet the partner and its actors',
  delegation: [MAYOR, ENGINEER, NGO],
  hosts: [PARTNER_MAYOR],
  travelAdvisory: { level: 'increased_vigilance', source: 'France Diplomatie', checkedOn: '2025-04-01' },
  travelApproval: null,
  ...overrides,
});
const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand, now = NOW) =>
  applyCommand(snapshot, command, now);
const visitOf = (snapshot: ReturnType<typeof withPartner>): Visit => snapshot.visits[0] as Visit;

describe('visits: recording', () => {
  it('records a visit with its delegation and travel advisory', () => {
    const { state, events } = expectOk(apply(withPartner(), visitTo()));
    expect(visitOf(state)).toMatchObject({ direction: 'to_partner', report: null, cancelled: false });
    expect(events[0]).toMatchObject({ type: 'VisitRecorded', visitId: 'v-1', startsOn: '2025-04-10' });
  });

  it('refuses a visit that ends before it starts', () => {
    expectError(
      apply(withPartner(), visitTo({ startsOn: '2025-04-14', endsOn: '2025-04-10' })),
      'VISIT.END_BEFORE_START',
    );
  });

  it('refuses a visit without a delegation, or with members of the wrong side', () => {
    expectError(apply(withPartner(), visitTo({ delegation: [] })), 'VISIT.EMPTY_DELEGATION');
    expectError(
      apply(withPartner(), visitTo({ delegation: [MAYOR, PARTNER_ENGINEER] })),
      'VISIT.MEMBER_OTHER_PARTY',
    );
    expectError(apply(withPartner(), visitTo({ hosts: [ENGINEER] })), 'VISIT.MEMBER_OTHER_PARTY');
  });

  it('refuses a visit to a partner that is not a party', () => {
    expectError(apply(newPartnership(), visitTo()), 'PARTNERSHIP.UNKNOWN_PARTY');
  });

  it('requires the travel advisory of the destination before sending a delegation', () => {
    expectError(apply(withPartner(), visitTo({ travelAdvisory: null })), 'VISIT.TRAVEL_ADVISORY_REQUIRED');
    expectOk(
      apply(
        withPartner(),
        visitTo({
          direction: 'from_partner',
          delegation: [PARTNER_MAYOR],
          hosts: [MAYOR],
          travelAdvisory: null,
        }),
      ),
    );
  });

  const red = {
    level: 'formally_advised_against' as const,
    source: 'France Diplomatie',
    checkedOn: '2025-04-01',
  };
  const orange = { ...red, level: 'advised_against_except_essential' as const };

  it('refuses any visit to a red zone, even approved by an elected official, and names the alternatives', () => {
    const byMayor = { approvedBy: MAYOR, approvedAt: NOW, reason: 'Urgent', decisionRef: 'DEL-12' };
    for (const command of [
      visitTo({ travelAdvisory: red }),
      visitTo({ travelAdvisory: red, travelApproval: byMayor }),
      visitTo({ travelAdvisory: red, startsOn: '2025-09-10', endsOn: '2025-09-12' }),
    ]) {
      const result = apply(withPartner(), command);
      expectError(result, 'VISIT.RED_ZONE_REFUSED');
      expect(result.ok ? null : result.error.details).toEqual({
        alternatives: ['third_place', 'remote_exchange'],
      });
    }
  });

  it('refuses an orange-zone visit without the approval, with its reason, of an elected official of the travelling side', () => {
    expectError(
      apply(withPartner(), visitTo({ travelAdvisory: orange })),
      'VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL',
    );
    const approval = (approvedBy = MAYOR, reason: string | null = 'Reopen the water plant') => ({
      approvedBy,
      approvedAt: NOW,
      reason,
      decisionRef: null,
    });
    for (const wrong of [
      approval(ENGINEER),
      approval(PARTNER_MAYOR),
      approval(MAYOR, '  '),
      approval(MAYOR, null),
    ]) {
      expectError(
        apply(withPartner(), visitTo({ travelAdvisory: orange, travelApproval: wrong })),
        'VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL',
      );
    }
    const byMayor = { ...approval(), decisionRef: 'DEL-12' };
    expect(
      visitOf(
        expectOk(apply(withPartner(), visitTo({ travelAdvisory: orange, travelApproval: byMayor }))).state,
      ).travelApproval,
    ).toEqual(byMayor);
  });

  it('keeps no approval on a visit that does not need one', () => {
    const byMayor = { approvedBy: MAYOR, approvedAt: NOW, reason: 'Why not', decisionRef: null };
    expect(
      visitOf(expectOk(apply(withPartner(), visitTo({ travelApproval: byMayor }))).state).travelApproval,
    ).toBeNull();
  });
});

describe('visits: report and cancellation', () => {
  it('accepts a report from the last day of the visit on, not before', () => {
    const planned = run(withPartner(), [visitTo({ startsOn: '2025-06-10', endsOn: '2025-06-14' })]);
    const report: PartnershipCommand = {
      type: 'RecordVisitReport',
      peopleMet: [],
      followUps: [],
      visitId: 'v-1',
      summary: 'Met the water utility',
      outcomes: ['Joint diagnosis'],
    };
    expectError(apply(planned, report), 'VISIT.NOT_YET_ENDED');
    const reported = expectOk(apply(planned, report, noon('2025-06-14'))).state;
    expect(visitOf(reported).report).toMatchObject({
      summary: 'Met the water utility',
      outcomes: ['Joint diagnosis'],
    });
  });

  it('cancels a visit that has not started, once', () => {
    const planned = run(withPartner(), [visitTo({ startsOn: '2025-07-10', endsOn: '2025-07-14' })]);
    const cancel: PartnershipCommand = { type: 'CancelVisit', visitId: 'v-1', reason: 'Security' };
    const cancelled = expectOk(apply(planned, cancel)).state;
    expect(visitOf(cancelled).cancelled).toBe(true);
    expectError(apply(cancelled, cancel), 'VISIT.CANCELLED');
    expectError(
      apply(
        cancelled,
        {
          type: 'RecordVisitReport',
          peopleMet: [],
          followUps: [],
          visitId: 'v-1',
          summary: 'x',
          outcomes: [],
        },
        noon('2025-08-01'),
      ),
      'VISIT.CANCELLED',
    );
  });

  it('refuses to cancel a visit that has already started', () => {
    expectError(
      apply(run(withPartner(), [visitTo()]), { type: 'CancelVisit', visitId: 'v-1', reason: 'x' }),
      'VISIT.ALREADY_TAKEN_PLACE',
    );
  });
});

describe('visits: delegation rules (warnings)', () => {
  const base = visitOf(run(withPartner(), [visitTo()]));

  it('warns when a delegation is larger than the configurable limit (default 6)', () => {
    expect(DEFAULT_MAX_DELEGATION_SIZE).toBe(6);
    const seven = Array.from({ length: 7 }, (_, i) =>
      person(`p${i}`, base.delegation[0]?.partyId ?? '', i % 2 ? 'elected' : 'technician'),
    );
    expect(
      delegationWarnings({ ...base, delegation: seven }, { maxDelegationSize: 6 }).map((w) => w.id),
    ).toEqual(['INITIATION.DELEGATION_TOO_LARGE']);
    expect(delegationWarnings({ ...base, delegation: seven }, { maxDelegationSize: 8 })).toEqual([]);
  });

  it('warns when a delegation is made only of executives (one kind of member)', () => {
    const warnings = delegationWarnings({ ...base, delegation: [MAYOR, DEPUTY] }, { maxDelegationSize: 6 });
    expect(warnings).toEqual([
      expect.objectContaining({
        id: 'INITIATION.DELEGATION_NOT_DIVERSE',
        // The visit is named by its direction and dates, so that two visits' warnings are told apart.
        details: {
          visitId: 'v-1',
          direction: 'to_partner',
          startsOn: '2025-04-10',
          endsOn: '2025-04-14',
          roles: ['elected'],
        },
      }),
    ]);
    expect(delegationWarnings(base, { maxDelegationSize: 6 })).toEqual([]);
  });

  it('warns when visits with a partner went in one direction only', () => {
    const oneWay = run(withPartner(), [visitTo()]);
    expect(reciprocityWarnings(oneWay, '2025-06-02').map((w) => w.details)).toEqual([
      { partnerPartyId: PARTNER, toPartner: 1, fromPartner: 0 },
    ]);
    const bothWays = run(oneWay, [
      visitTo({
        visitId: 'v-2',
        direction: 'from_partner',
        delegation: [PARTNER_MAYOR, PARTNER_ENGINEER],
        hosts: [MAYOR],
        travelAdvisory: null,
        startsOn: '2025-05-01',
        endsOn: '2025-05-03',
      }),
    ]);
    expect(reciprocityWarnings(bothWays, '2025-06-02')).toEqual([]);
  });

  it('warns when one side of the relation is carried by a single person', () => {
    const single = run(withPartner(), [
      visitTo({ delegation: [MAYOR], hosts: [PARTNER_MAYOR, PARTNER_ENGINEER] }),
    ]);
    expect(carriedByOnePersonWarnings(single).map((w) => w.details)).toEqual([
      { partyId: base.delegation[0]?.partyId, personId: MAYOR.personId },
    ]);
    const several = run(withPartner(), [visitTo()]);
    expect(carriedByOnePersonWarnings(several).map((w) => w.details)).toEqual([
      { partyId: PARTNER, personId: PARTNER_MAYOR.personId },
    ]);
  });

  it('warns when the travel advisory of an upcoming visit is older than 30 days', () => {
    const upcoming = run(withPartner(), [
      visitTo({
        startsOn: '2025-07-01',
        endsOn: '2025-07-05',
        travelAdvisory: { level: 'normal_vigilance', source: 'FD', checkedOn: '2025-04-01' },
      }),
    ]);
    expect(travelAdvisoryWarnings(upcoming, '2025-06-02', 30).map((w) => w.id)).toEqual([
      'INITIATION.TRAVEL_ADVISORY_OUTDATED',
    ]);
    expect(travelAdvisoryWarnings(upcoming, '2025-04-20', 30)).toEqual([]);
  });

  it('warns when a visit has no report some days after return', () => {
    const past = run(withPartner(), [visitTo()]);
    expect(missingReportWarnings(past, '2025-04-21', 7)).toEqual([]);
    expect(missingReportWarnings(past, '2025-04-22', 7).map((w) => w.id)).toEqual([
      'INITIATION.VISIT_REPORT_MISSING',
    ]);
  });
});

describe('visits: planning ahead', () => {
  const orange = {
    level: 'advised_against_except_essential' as const,
    source: 'France Diplomatie',
    checkedOn: '2025-05-30',
  };
  const red = { ...orange, level: 'formally_advised_against' as const };
  const future = { startsOn: '2025-09-10', endsOn: '2025-09-14' };
  const replan = (overrides: Record<string, unknown> = {}): PartnershipCommand => ({
    type: 'ReplanVisit',
    visitId: 'v-1',
    startsOn: '2025-10-01',
    endsOn: '2025-10-04',
    purpose: 'Meet the partner and its actors',
    agenda: ['Water utility', 'Council session'],
    delegation: [MAYOR, ENGINEER],
    hosts: [PARTNER_MAYOR],
    travelAdvisory: { level: 'increased_vigilance', source: 'France Diplomatie', checkedOn: '2025-05-30' },
    ...overrides,
  });

  it('plans an orange-zone visit still to come, flags it, and lets an elected official of the travelling side approve it with a reason', () => {
    const planned = run(withPartner(), [visitTo({ ...future, travelAdvisory: orange })]);
    expect(assessWarnings(planned)).toContain('INITIATION.ORANGE_ZONE_APPROVAL_MISSING');
    const approve = (approvedBy = MAYOR, reason = ' Sign the water convention '): PartnershipCommand => ({
      type: 'ApproveOrangeZoneVisit',
      visitId: 'v-1',
      approvedBy,
      reason,
      decisionRef: 'DEL-2025-12',
    });
    expectError(apply(planned, approve(ENGINEER)), 'REVIEW.REVIEWER_NOT_ELECTED');
    expectError(apply(planned, approve(PARTNER_MAYOR)), 'REVIEW.REVIEWER_OTHER_PARTY');
    expectError(apply(planned, approve(MAYOR, ' ')), 'RECORD.TEXT_REQUIRED');
    const { state: approved, events } = expectOk(apply(planned, approve()));
    expect(visitOf(approved).travelApproval).toMatchObject({
      approvedBy: MAYOR,
      reason: 'Sign the water convention',
      decisionRef: 'DEL-2025-12',
    });
    // The audit trail keeps the reason: it is written from this event.
    expect(events[0]).toMatchObject({
      type: 'OrangeZoneVisitApproved',
      personId: MAYOR.personId,
      reason: 'Sign the water convention',
      decisionRef: 'DEL-2025-12',
    });
    expect(assessWarnings(approved)).not.toContain('INITIATION.ORANGE_ZONE_APPROVAL_MISSING');
    expectError(apply(planned, approve(), noon('2025-09-10')), 'VISIT.ALREADY_TAKEN_PLACE');
    expectError(apply(run(withPartner(), [visitTo(future)]), approve()), 'VISIT.APPROVAL_NOT_NEEDED');
  });

  it('moves a planned visit; the dates are checked again, and a started visit cannot move', () => {
    const planned = run(withPartner(), [visitTo(future)]);
    const { state, events } = expectOk(apply(planned, replan()));
    expect(visitOf(state)).toMatchObject({
      startsOn: '2025-10-01',
      agenda: ['Water utility', 'Council session'],
    });
    expect(events[0]).toMatchObject({ type: 'VisitReplanned', startsOn: '2025-10-01' });
    expectError(apply(planned, replan({ endsOn: '2025-09-30' })), 'VISIT.END_BEFORE_START');
    expectError(apply(planned, replan({ delegation: [PARTNER_MAYOR] })), 'VISIT.MEMBER_OTHER_PARTY');
    expectError(apply(planned, replan(), noon('2025-09-11')), 'VISIT.ALREADY_TAKEN_PLACE');
  });

  it('a destination that turns orange needs an approval before the visit; one that turns red is refused', () => {
    const planned = run(withPartner(), [visitTo(future)]);
    const { state } = expectOk(apply(planned, replan({ ...future, travelAdvisory: orange })));
    expect(visitOf(state).travelApproval).toBeNull();
    expect(assessWarnings(state)).toContain('INITIATION.ORANGE_ZONE_APPROVAL_MISSING');
    expectError(apply(planned, replan({ ...future, travelAdvisory: red })), 'VISIT.RED_ZONE_REFUSED');
  });

  it('an orange-zone approval is dropped when the destination is no longer orange', () => {
    const approved = run(withPartner(), [
      visitTo({ ...future, travelAdvisory: orange }),
      {
        type: 'ApproveOrangeZoneVisit',
        visitId: 'v-1',
        approvedBy: MAYOR,
        reason: 'Urgent',
        decisionRef: null,
      },
    ]);
    expect(visitOf(approved).travelApproval).not.toBeNull();
    const { state } = expectOk(apply(approved, replan(future)));
    expect(visitOf(state).travelApproval).toBeNull();
  });
});

describe('visits: report follow-ups', () => {
  const ended = () => run(withPartner(), [visitTo()]);
  const report = (followUps: readonly FollowUpInput[]): PartnershipCommand => ({
    type: 'RecordVisitReport',
    visitId: 'v-1',
    summary: 'Met the water utility',
    outcomes: ['Joint diagnosis'],
    peopleMet: ['Director of the water utility'],
    followUps,
  });
  const followUp: FollowUpInput = {
    followUpId: 'f-1',
    title: 'Send the diagnosis template',
    owner: PARTNER_ENGINEER,
    dueOn: '2025-07-01',
  };

  it('turns follow-ups into tasks with an owner of either side and a due date, then marks them done', () => {
    const reported = expectOk(apply(ended(), report([followUp]))).state;
    expect(visitOf(reported).report?.followUps).toEqual([
      {
        id: 'f-1',
        title: 'Send the diagnosis template',
        owner: PARTNER_ENGINEER,
        dueOn: '2025-07-01',
        doneOn: null,
      },
    ]);
    expect(visitOf(reported).report?.peopleMet).toEqual(['Director of the water utility']);
    const done = expectOk(
      apply(reported, {
        type: 'CompleteVisitFollowUp',
        visitId: 'v-1',
        followUpId: 'f-1',
        doneOn: '2025-06-20',
      }),
    ).state;
    expect(visitOf(done).report?.followUps[0]?.doneOn).toBe('2025-06-20');
    const rewritten = expectOk(apply(done, report([followUp]))).state;
    expect(visitOf(rewritten).report?.followUps[0]?.doneOn).toBe('2025-06-20');
    expectError(
      apply(reported, {
        type: 'CompleteVisitFollowUp',
        visitId: 'v-1',
        followUpId: 'nope',
        doneOn: '2025-06-20',
      }),
      'RECORD.NOT_FOUND',
    );
  });

  it('refuses a follow-up owned by someone outside the parties, without title or with a bad date', () => {
    const stranger = person('someone', 'org-elsewhere', 'technician');
    expectError(apply(ended(), report([{ ...followUp, owner: stranger }])), 'VISIT.MEMBER_OTHER_PARTY');
    expectError(apply(ended(), report([{ ...followUp, title: ' ' }])), 'RECORD.TEXT_REQUIRED');
    expectError(apply(ended(), report([{ ...followUp, dueOn: '2025-02-30' }])), 'RECORD.INVALID_VALUE');
    expectError(apply(ended(), report([followUp, followUp])), 'RECORD.DUPLICATE_ID');
  });
});

function assessWarnings(snapshot: Parameters<typeof assessPartnership>[0]): string[] {
  return assessPartnership(snapshot, NOW).warnings.map((warning) => warning.id);
}
