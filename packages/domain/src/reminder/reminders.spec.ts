import { type DialoguePlan } from '../dialogue/dialogue';
import {
  FULL_PLAN,
  INITIATOR,
  PARTNER,
  TERMS,
  conventionInForce,
  instant,
  noon,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type Visit } from '../visit/visit';
import {
  type ReminderInput,
  canOptOutOfReminder,
  computeReminderSchedule,
  computeUpcomingReminders,
  reminderInputFrom,
} from './reminders';

const technicians = FULL_PLAN.filter((a) => a.audience === 'technicians');
const plan: DialoguePlan = {
  audiences: technicians,
  toleranceDays: 14,
  proposedAt: instant('2025-03-02T10:00:00Z'),
  approvedBy: [INITIATOR, PARTNER],
};

function input(overrides: Partial<ReminderInput> = {}): ReminderInput {
  return {
    partnershipId: 'p-1',
    plan,
    dialogueEvents: [],
    visits: [],
    convention: null,
    referenceTimeZone: 'Europe/Paris',
    recipientTimeZone: 'Europe/Paris',
    ...overrides,
  };
}

const visit: Visit = {
  id: 'v-1',
  direction: 'to_partner',
  partnerPartyId: PARTNER,
  startsOn: '2025-09-15',
  endsOn: '2025-09-20',
  purpose: 'Mission',
  agenda: [],
  delegation: [],
  hosts: [],
  travelAdvisory: null,
  travelApproval: null,
  report: null,
  cancelled: false,
};

describe('upcoming reminders', () => {
  it('reminds 7 days and 1 day before an exchange is due, at 09:00 local, keeping 09:00 across the DST change', () => {
    // Monthly technicians exchange due 2 April; 7 days before is in winter time, 1 day before in summer time.
    const reminders = computeUpcomingReminders(input(), noon('2025-03-10'));
    expect(reminders.map((r) => [r.key, r.sendAt.toISOString()])).toEqual([
      ['dialogue-due:p-1:technicians:2025-04-02:7', '2025-03-26T08:00:00.000Z'],
      ['dialogue-due:p-1:technicians:2025-04-02:1', '2025-04-01T07:00:00.000Z'],
      ['dialogue-overdue:p-1:technicians:2025-04-02', '2025-04-03T07:00:00.000Z'],
    ]);
  });

  it('sends at 09:00 in the recipient zone (Bamako has no DST)', () => {
    const reminders = computeUpcomingReminders(
      input({ recipientTimeZone: 'Africa/Bamako' }),
      noon('2025-03-10'),
    );
    expect(reminders.map((r) => r.sendAt.toISOString())).toEqual([
      '2025-03-26T09:00:00.000Z',
      '2025-04-01T09:00:00.000Z',
      '2025-04-03T09:00:00.000Z',
    ]);
  });

  it('only returns reminders still to be sent', () => {
    const reminders = computeUpcomingReminders(input(), noon('2025-03-28'));
    expect(reminders.map((r) => r.key)).toEqual([
      'dialogue-due:p-1:technicians:2025-04-02:1',
      'dialogue-overdue:p-1:technicians:2025-04-02',
    ]);
  });

  it('moves the due date after an exchange, which changes the keys (the old schedule becomes obsolete)', () => {
    const events = [
      {
        id: 'e',
        audience: 'technicians' as const,
        occurredAt: instant('2025-03-20T10:00:00Z'),
        channel: 'email' as const,
        participants: [],
        summary: 'Call',
        decisions: [],
        recordedBy: 'org-lyon',
      },
    ];
    const keys = computeUpcomingReminders(input({ dialogueEvents: events }), noon('2025-03-21')).map(
      (r) => r.key,
    );
    expect(keys).toEqual([
      'dialogue-due:p-1:technicians:2025-04-20:7',
      'dialogue-due:p-1:technicians:2025-04-20:1',
      'dialogue-overdue:p-1:technicians:2025-04-20',
    ]);
  });

  it('is deterministic: the same situation gives the same reminders', () => {
    expect(computeUpcomingReminders(input(), noon('2025-03-10'))).toEqual(
      computeUpcomingReminders(input(), noon('2025-03-10')),
    );
  });

  it('reminds 30 and 7 days before a visit and asks for the report after return', () => {
    const reminders = computeUpcomingReminders(input({ plan: null, visits: [visit] }), noon('2025-08-01'));
    expect(reminders.map((r) => [r.key, r.sendAt.toISOString()])).toEqual([
      ['visit-upcoming:p-1:v-1:2025-09-15:30', '2025-08-16T07:00:00.000Z'],
      ['visit-upcoming:p-1:v-1:2025-09-15:7', '2025-09-08T07:00:00.000Z'],
      ['visit-report-missing:p-1:v-1:2025-09-20', '2025-09-27T07:00:00.000Z'],
    ]);
    const reported = {
      ...visit,
      report: { writtenAt: noon('2025-09-21'), summary: 'ok', outcomes: [], peopleMet: [], followUps: [] },
    };
    expect(
      computeUpcomingReminders(input({ plan: null, visits: [reported] }), noon('2025-08-01')).map(
        (r) => r.kind,
      ),
    ).not.toContain('visit-report-missing');
    expect(
      computeUpcomingReminders(
        input({ plan: null, visits: [{ ...visit, cancelled: true }] }),
        noon('2025-08-01'),
      ),
    ).toEqual([]);
  });

  it('reminds 90 and 30 days before the convention expires', () => {
    const convention = conventionInForce().convention;
    const reminders = computeUpcomingReminders(input({ plan: null, convention }), noon('2028-01-01'));
    expect(reminders.map((r) => [r.key, r.sendAt.toISOString()])).toEqual([
      ['convention-expiring:p-1:conv-1:2028-06-01:90', '2028-03-03T08:00:00.000Z'],
      ['convention-expiring:p-1:conv-1:2028-06-01:30', '2028-05-02T07:00:00.000Z'],
    ]);
  });

  it('reminds before the tacit renewal objection deadline instead, when the convention renews tacitly', () => {
    const convention = conventionInForce({
      ...TERMS,
      tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
    }).convention;
    const reminders = computeUpcomingReminders(input({ plan: null, convention }), noon('2028-01-01'));
    expect(reminders.map((r) => r.key)).toEqual([
      'convention-tacit-renewal:p-1:conv-1:2028-04-02:30',
      'convention-tacit-renewal:p-1:conv-1:2028-04-02:7',
    ]);
  });

  it('shifts the mail of a reminder planned inside quiet hours to the next morning, not its notification', () => {
    const [first] = computeUpcomingReminders(input(), noon('2025-03-10'), { sendTime: '22:00' });
    expect(first?.notifyAt.toISOString()).toBe('2025-03-26T21:00:00.000Z');
    expect(first?.sendAt.toISOString()).toBe('2025-03-27T07:00:00.000Z');
  });

  it('reminds an exchange found overdue at once (out of quiet hours), and drops the other past reminders', () => {
    // Due 2 April, nothing logged; the schedule is computed on 20 April at noon (Paris).
    const now = noon('2025-04-20');
    const upcoming = computeUpcomingReminders(input(), now);
    expect(upcoming.map((r) => [r.key, r.notifyAt.toISOString(), r.sendAt.toISOString()])).toEqual([
      ['dialogue-overdue:p-1:technicians:2025-04-02', now.toISOString(), now.toISOString()],
    ]);
    const lateEvening = instant('2025-04-20T21:30:00Z');
    const [atNight] = computeUpcomingReminders(input(), lateEvening);
    expect(atNight?.notifyAt.toISOString()).toBe(lateEvening.toISOString());
    expect(atNight?.sendAt.toISOString()).toBe('2025-04-21T06:00:00.000Z');
  });

  it('keeps reminders whose time has passed in the schedule, so that one still being delivered stays valid', () => {
    const keys = computeReminderSchedule(input(), noon('2025-03-30')).map((r) => r.key);
    expect(keys).toEqual([
      'dialogue-due:p-1:technicians:2025-04-02:7',
      'dialogue-due:p-1:technicians:2025-04-02:1',
      'dialogue-overdue:p-1:technicians:2025-04-02',
    ]);
  });

  it('lets users opt out of every kind of reminder except those about the convention’s end', () => {
    expect(canOptOutOfReminder('dialogue-due')).toBe(true);
    expect(canOptOutOfReminder('visit-upcoming')).toBe(true);
    expect(canOptOutOfReminder('convention-expiring')).toBe(false);
    expect(canOptOutOfReminder('convention-tacit-renewal')).toBe(false);
  });

  it('reminds nobody while the partnership is suspended', () => {
    const live = run(withPartner(), [
      { type: 'ProposeDialoguePlan', proposedBy: INITIATOR, audiences: FULL_PLAN, toleranceDays: 14 },
    ]);
    const suspended = run(live, [{ type: 'SuspendPartnership', reason: 'Elections' }]);
    expect(
      computeUpcomingReminders(reminderInputFrom(suspended, 'Europe/Paris'), noon('2025-06-03')),
    ).toEqual([]);
  });

  it('builds its input from a snapshot and reminds nobody once the partnership is terminated', () => {
    const live = run(withPartner(), [
      { type: 'ProposeDialoguePlan', proposedBy: INITIATOR, audiences: FULL_PLAN, toleranceDays: 14 },
    ]);
    expect(
      computeUpcomingReminders(reminderInputFrom(live, 'Africa/Bamako'), noon('2025-06-03')).length,
    ).toBeGreaterThan(0);
    const terminated = run(live, [
      {
        type: 'TerminatePartnership',
        reason: 'End',
        noticeGivenOn: '2025-06-02',
        effectiveOn: '2025-06-02',
        actionDecisions: [],
      },
    ]);
    expect(
      computeUpcomingReminders(reminderInputFrom(terminated, 'Africa/Bamako'), noon('2025-06-03')),
    ).toEqual([]);
  });
});
