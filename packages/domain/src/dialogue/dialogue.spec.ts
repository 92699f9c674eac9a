import {
  type PartnershipAppend,
  type PartnershipCommand as DocumentCommand,
  applyCommand,
} from '../partnership/apply-command';

/** Commands and appends alike: in memory, both apply to the whole partnership. */
type PartnershipCommand = DocumentCommand | PartnershipAppend;
import {
  ENGINEER,
  FULL_PLAN,
  INITIATOR,
  MAYOR,
  NGO,
  NOW,
  PARTNER,
  PARTNER_ENGINEER,
  PARTNER_MAYOR,
  expectError,
  expectOk,
  instant,
  newPartnership,
  noon,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type Visit } from '../visit/visit';
import { type DialogueEvent, type DialoguePlan } from './dialogue';
import { addCadence, assessDialogueSleep, computeNextDialogueDue } from './dialogue-cadence';
import { recordDialogueEvent } from './dialogue-commands';

const plan: DialoguePlan = {
  audiences: FULL_PLAN,
  toleranceDays: 14,
  proposedAt: instant('2025-01-10T09:00:00Z'),
  approvedBy: [INITIATOR, PARTNER],
};

function event(id: string, audience: DialogueEvent['audience'], occurredAt: string): DialogueEvent {
  return {
    id,
    audience,
    occurredAt: instant(occurredAt),
    channel: 'email',
    participants: [],
    summary: 'Exchange',
    decisions: [],
    recordedBy: INITIATOR,
  };
}

function visit(endsOn: string, delegation = [MAYOR]): Visit {
  return {
    id: `v-${endsOn}`,
    direction: 'to_partner',
    partnerPartyId: PARTNER,
    startsOn: endsOn,
    endsOn,
    purpose: 'Visit',
    agenda: [],
    delegation,
    hosts: [],
    travelAdvisory: null,
    travelApproval: null,
    report: null,
    cancelled: false,
  };
}

describe('dialogue cadence', () => {
  it('adds a cadence in days, weeks or calendar months', () => {
    expect(addCadence('2025-01-31', { every: 1, unit: 'month' })).toBe('2025-02-28');
    expect(addCadence('2025-01-31', { every: 2, unit: 'week' })).toBe('2025-02-14');
    expect(addCadence('2025-01-31', { every: 10, unit: 'day' })).toBe('2025-02-10');
  });

  it('computes the next due date per audience from the plan before any exchange', () => {
    const dues = computeNextDialogueDue({ plan, events: [], visits: [] }, noon('2025-02-01'), 'Europe/Paris');
    expect(dues.map((d) => [d.audience, d.dueOn, d.status])).toEqual([
      ['elected_officials', '2025-04-10', 'on_track'],
      ['technicians', '2025-02-10', 'on_track'],
      ['territory_actors', '2025-02-21', 'on_track'],
    ]);
  });

  it('counts from the last exchange of that audience, and from visits where that audience took part', () => {
    const input = {
      plan,
      events: [
        event('e1', 'technicians', '2025-03-03T10:00:00Z'),
        event('e2', 'technicians', '2025-02-01T10:00:00Z'),
      ],
      visits: [visit('2025-03-20', [MAYOR, NGO])],
    };
    const dues = computeNextDialogueDue(input, noon('2025-04-01'), 'Europe/Paris');
    expect(dues.find((d) => d.audience === 'technicians')).toMatchObject({
      lastExchangeOn: '2025-03-03',
      dueOn: '2025-04-03',
      status: 'due_soon',
    });
    expect(dues.find((d) => d.audience === 'elected_officials')).toMatchObject({
      lastExchangeOn: '2025-03-20',
      dueOn: '2025-06-20',
    });
    expect(dues.find((d) => d.audience === 'territory_actors')).toMatchObject({
      lastExchangeOn: '2025-03-20',
      dueOn: '2025-05-01',
    });
  });

  it('ignores cancelled or future visits and future events', () => {
    const input = {
      plan,
      events: [event('future', 'technicians', '2025-05-01T10:00:00Z')],
      visits: [{ ...visit('2025-03-20', [ENGINEER]), cancelled: true }, visit('2025-04-20', [ENGINEER])],
    };
    const technicians = computeNextDialogueDue(input, noon('2025-04-01'), 'Europe/Paris').find(
      (d) => d.audience === 'technicians',
    );
    expect(technicians?.lastExchangeOn).toBeNull();
  });

  it('reports overdue exchanges with the number of days late', () => {
    const dues = computeNextDialogueDue({ plan, events: [], visits: [] }, noon('2025-02-15'), 'Europe/Paris');
    expect(dues.find((d) => d.audience === 'technicians')).toMatchObject({
      status: 'overdue',
      daysOverdue: 5,
    });
  });

  it('reads the day of an exchange in the reference time zone, across the March DST change', () => {
    // 22:30 UTC on Sunday 30 March 2025 is 00:30 on Monday 31 March in Paris (CEST), still 30 March in Bamako.
    const input = { plan, events: [event('late', 'technicians', '2025-03-30T22:30:00Z')], visits: [] };
    const paris = computeNextDialogueDue(input, noon('2025-04-05'), 'Europe/Paris').find(
      (d) => d.audience === 'technicians',
    );
    const bamako = computeNextDialogueDue(input, noon('2025-04-05'), 'Africa/Bamako').find(
      (d) => d.audience === 'technicians',
    );
    expect(paris).toMatchObject({ lastExchangeOn: '2025-03-31', dueOn: '2025-04-30' });
    expect(bamako).toMatchObject({ lastExchangeOn: '2025-03-30', dueOn: '2025-04-30' });
  });

  it('reads the day of an exchange in the reference time zone, across the October DST change', () => {
    // 23:30 UTC on Saturday 25 October 2025 is 01:30 CEST on Sunday 26 in Paris; in Tokyo it is Sunday 08:30.
    const input = { plan, events: [event('late', 'technicians', '2025-10-25T23:30:00Z')], visits: [] };
    expect(
      computeNextDialogueDue(input, noon('2025-11-01'), 'Europe/Paris').find(
        (d) => d.audience === 'technicians',
      )?.lastExchangeOn,
    ).toBe('2025-10-26');
    expect(
      computeNextDialogueDue(input, noon('2025-11-01'), 'America/Montreal').find(
        (d) => d.audience === 'technicians',
      )?.lastExchangeOn,
    ).toBe('2025-10-25');
    expect(
      computeNextDialogueDue(input, noon('2025-11-01'), 'Asia/Tokyo').find(
        (d) => d.audience === 'technicians',
      )?.lastExchangeOn,
    ).toBe('2025-10-26');
  });
});

describe('falling asleep', () => {
  it('is falling asleep when an audience is overdue beyond the tolerance and nothing happened since the last visit', () => {
    const input = {
      plan,
      events: [event('before', 'technicians', '2025-02-01T10:00:00Z')],
      visits: [visit('2025-03-01')],
    };
    const sleep = assessDialogueSleep(input, noon('2025-05-01'), 'Europe/Paris');
    expect(sleep).toMatchObject({
      fallingAsleep: true,
      lastVisitEndedOn: '2025-03-01',
      lastDialogueEventOn: '2025-02-01',
    });
    expect(sleep.overdueBeyondTolerance).toContain('technicians');
  });

  it('is falling asleep when one audience is silent beyond the tolerance, even if another exchanged after the last visit', () => {
    const input = {
      plan,
      events: [event('after', 'elected_officials', '2025-04-20T10:00:00Z')],
      visits: [visit('2025-03-01')],
    };
    const sleep = assessDialogueSleep(input, noon('2025-05-01'), 'Europe/Paris');
    expect(sleep.overdueBeyondTolerance).toContain('technicians');
    expect(sleep.overdueBeyondTolerance).not.toContain('elected_officials');
    expect(sleep.fallingAsleep).toBe(true);
    // The mayor's visit was no exchange between technicians: their silence runs from the plan's proposal.
    expect(sleep.silences.find((silence) => silence.audience === 'technicians')).toEqual({
      audience: 'technicians',
      lastExchangeOn: null,
      silentDays: 111,
    });
  });

  it('is not falling asleep while every audience exchanges within its cadence and the tolerance', () => {
    const input = {
      plan,
      events: (['elected_officials', 'technicians', 'territory_actors'] as const).map((audience) =>
        event(`recent-${audience}`, audience, '2025-04-25T10:00:00Z'),
      ),
      visits: [visit('2025-03-01')],
    };
    const sleep = assessDialogueSleep(input, noon('2025-05-01'), 'Europe/Paris');
    expect(sleep).toMatchObject({ fallingAsleep: false, silences: [] });
  });

  it('is not falling asleep when audiences are late but within the tolerance', () => {
    const input = { plan, events: [], visits: [] };
    expect(assessDialogueSleep(input, noon('2025-02-20'), 'Europe/Paris').fallingAsleep).toBe(false);
    expect(assessDialogueSleep(input, noon('2025-02-25'), 'Europe/Paris').fallingAsleep).toBe(true);
  });
});

describe('dialogue commands', () => {
  const propose: PartnershipCommand = {
    type: 'ProposeDialoguePlan',
    proposedBy: INITIATOR,
    audiences: FULL_PLAN,
    toleranceDays: 14,
  };
  const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand, now = NOW) =>
    applyCommand(snapshot, command, now);

  it('proposes a plan agreed by the proposing side, then by each other side', () => {
    const proposed = expectOk(apply(withPartner(), propose)).state;
    expect(proposed.dialoguePlan?.approvedBy).toEqual([INITIATOR]);
    const { state, events } = expectOk(apply(proposed, { type: 'ApproveDialoguePlan', partyId: PARTNER }));
    expect(state.dialoguePlan?.approvedBy).toEqual([INITIATOR, PARTNER]);
    expect(events[0]).toMatchObject({ type: 'DialoguePlanApproved', approvedByAll: true });
    expectError(apply(state, { type: 'ApproveDialoguePlan', partyId: PARTNER }), 'DIALOGUE.ALREADY_APPROVED');
  });

  it('refuses to approve when there is no plan', () => {
    expectError(apply(withPartner(), { type: 'ApproveDialoguePlan', partyId: PARTNER }), 'DIALOGUE.NO_PLAN');
  });

  it('needs a partner to plan a dialogue', () => {
    expectError(apply(newPartnership(), propose), 'PARTNERSHIP.NEEDS_PARTNER');
  });

  it("refuses a channel that does not work with a partner's constraints (video with intermittent internet)", () => {
    const audiences = [{ ...FULL_PLAN[0], channels: ['video_call'] }];
    const error = expectError(
      apply(withPartner(), { ...propose, audiences } as PartnershipCommand),
      'DIALOGUE.CHANNEL_NOT_USABLE',
    );
    expect(error.details).toMatchObject({ channel: 'video_call', partyIds: [PARTNER] });
  });

  it('refuses a plan with a duplicated audience, an invalid cadence or tolerance, or no channel', () => {
    const first = FULL_PLAN[0] as (typeof FULL_PLAN)[number];
    expectError(
      apply(withPartner(), { ...propose, audiences: [first, first] } as PartnershipCommand),
      'DIALOGUE.DUPLICATE_AUDIENCE',
    );
    expectError(
      apply(withPartner(), {
        ...propose,
        audiences: [{ ...first, cadence: { every: 0, unit: 'week' } }],
      } as PartnershipCommand),
      'DIALOGUE.INVALID_CADENCE',
    );
    expectError(
      apply(withPartner(), { ...propose, toleranceDays: -1 } as PartnershipCommand),
      'DIALOGUE.INVALID_TOLERANCE',
    );
    expectError(
      apply(withPartner(), { ...propose, audiences: [{ ...first, channels: [] }] } as PartnershipCommand),
      'DIALOGUE.CHANNEL_REQUIRED',
    );
  });

  it('requires participants on every side for each audience', () => {
    const first = FULL_PLAN[0] as (typeof FULL_PLAN)[number];
    const error = expectError(
      apply(withPartner(), {
        ...propose,
        audiences: [{ ...first, participants: [MAYOR] }],
      } as PartnershipCommand),
      'DIALOGUE.PARTICIPANTS_MISSING',
    );
    expect(error.details).toMatchObject({ partyIds: [PARTNER] });
  });

  it('records exchanges that took place, refusing those in the future', () => {
    const command: PartnershipCommand = {
      type: 'RecordDialogueEvent',
      decisions: [],
      recordedBy: 'org-lyon',
      eventId: 'e-1',
      audience: 'technicians',
      occurredAt: instant('2025-06-01T14:00:00Z'),
      channel: 'phone',
      participants: [ENGINEER, PARTNER_ENGINEER],
      summary: 'Monthly technical call',
    };
    expect(expectOk(apply(withPartner(), command)).state.dialogueEvents).toHaveLength(1);
    expectError(
      apply(withPartner(), { ...command, occurredAt: instant('2025-06-03T00:00:00Z') } as PartnershipCommand),
      'DIALOGUE.EVENT_IN_FUTURE',
    );
    expectError(apply(run(withPartner(), [command]), command), 'RECORD.DUPLICATE_ID');
  });

  it('checks an exchange against the partnership itself only, leaving its id to the store', () => {
    const partnership = withPartner();
    const exchange = {
      type: 'RecordDialogueEvent' as const,
      decisions: [' Relancer ', ''],
      recordedBy: PARTNER,
      eventId: 'e-9',
      audience: 'technicians' as const,
      occurredAt: instant('2025-06-01T14:00:00Z'),
      channel: 'phone' as const,
      participants: [PARTNER_ENGINEER],
      summary: 'Point',
    };
    const recorded = expectOk(recordDialogueEvent({ partnership: partnership.partnership }, exchange, NOW));
    expect(recorded.state).toMatchObject({ id: 'e-9', decisions: ['Relancer'], recordedBy: PARTNER });
    expect(recorded.events).toEqual([
      expect.objectContaining({ type: 'DialogueEventRecorded', eventId: 'e-9', audience: 'technicians' }),
    ]);
    expectError(
      recordDialogueEvent(
        { partnership: partnership.partnership },
        { ...exchange, recordedBy: 'org-x' },
        NOW,
      ),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
  });

  it('keeps the dialogue open during a suspension', () => {
    const suspended = run(withPartner(), [{ type: 'SuspendPartnership', reason: 'Elections' }]);
    expectOk(
      apply(suspended, {
        type: 'RecordDialogueEvent',
        decisions: [],
        recordedBy: 'org-lyon',
        eventId: 'e',
        audience: 'elected_officials',
        occurredAt: NOW,
        channel: 'phone',
        participants: [MAYOR, PARTNER_MAYOR],
        summary: 'Call',
      }),
    );
  });
});
