import fc from 'fast-check';
import { type Action, type BudgetLine, UNSTATED_LINE_FIGURES } from '../action/action';
import { computeReminderSchedule, reminderInputFrom } from '../reminder/reminders';
import { INITIATOR, PARTNER, withPartner } from '../testing/fixtures.test-helpers';
import { computeActionMoney, inEuros } from './action-money';
import { checkApplicationAgainstCall } from './application-checks';
import {
  FUNDING_APPLICATION_STATUSES,
  FUNDING_APPLICATION_TRANSITIONS,
  type FundingApplication,
  type FundingApplicationEvent,
  type FundingCall,
  checkFundingCall,
  draftApplication,
  moveApplication,
  reviseDraftApplication,
} from './funding-application';
import { computeFundingInboxItems, fundingDeadlinesOf } from './funding-deadlines';
import { planReport, planTranche, receiveTranche, submitReport } from './funding-follow-up';

const CALL: FundingCall = {
  id: 'call-1',
  organisationId: INITIATOR,
  funder: 'ministry_call',
  funderName: 'Ministère — appel à projets 2026',
  name: 'Appel à projets 2026',
  link: null,
  opensOn: '2026-01-15',
  closesOn: '2026-03-31',
  rules: [
    { kind: 'min_own_funds_share', share: 0.3, source: 'Règlement, art. 4' },
    { kind: 'max_staff_time_share', share: 0.1, source: 'Règlement, art. 6' },
    { kind: 'max_call_share', share: 0.5, source: 'Règlement, art. 5' },
    { kind: 'max_requested_amount', amount: 50_000, source: 'Règlement, art. 3' },
  ],
};

function line(overrides: Partial<BudgetLine> & Pick<BudgetLine, 'id' | 'amount'>): BudgetLine {
  return {
    funder: 'own_budget',
    funderName: '',
    partyId: INITIATOR,
    currency: 'EUR',
    status: 'granted',
    ...UNSTATED_LINE_FIGURES,
    ...overrides,
  };
}

function draft(requestedAmount = 20_000, staffTimeAmount = 2_000): FundingApplication {
  const result = draftApplication({
    id: 'app-1',
    callId: CALL.id,
    actionId: 'act-1',
    requestedAmount,
    staffTimeAmount,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function granted(amount = 15_000): FundingApplication {
  const submitted = moveApplication(draft(), CALL, { type: 'submit', on: '2026-03-01' });
  if (!submitted.ok) throw new Error('not submitted');
  const decided = moveApplication(submitted.value, CALL, {
    type: 'grant',
    on: '2026-06-01',
    grantedAmount: amount,
    conditions: 'Interim report in December',
  });
  if (!decided.ok) throw new Error(decided.error.message);
  return decided.value;
}

describe('a funding application', () => {
  it('is submitted while its call is open, then granted at most what was requested', () => {
    const submitted = moveApplication(draft(), CALL, { type: 'submit', on: '2026-03-31' });
    expect(submitted.ok && submitted.value.status).toBe('submitted');
    const late = moveApplication(draft(), CALL, { type: 'submit', on: '2026-04-01' });
    expect(!late.ok && late.error.code).toBe('FUNDING.CALL_NOT_OPEN');
    if (!submitted.ok) return;
    const tooMuch = moveApplication(submitted.value, CALL, {
      type: 'grant',
      on: '2026-06-01',
      grantedAmount: 25_000,
      conditions: '',
    });
    expect(!tooMuch.ok && tooMuch.error.code).toBe('FUNDING.GRANT_ABOVE_REQUEST');
    const early = moveApplication(submitted.value, CALL, {
      type: 'refuse',
      on: '2026-02-01',
      conditions: '',
    });
    expect(!early.ok && early.error.code).toBe('FUNDING.DECISION_BEFORE_SUBMISSION');
  });

  it('refuses to be granted while still a draft, and to move once refused', () => {
    const grant = moveApplication(draft(), CALL, {
      type: 'grant',
      on: '2026-06-01',
      grantedAmount: 1,
      conditions: '',
    });
    expect(!grant.ok && grant.error.code).toBe('FUNDING.TRANSITION_NOT_ALLOWED');
    const submitted = moveApplication(draft(), CALL, { type: 'submit', on: '2026-03-01' });
    if (!submitted.ok) throw new Error('not submitted');
    const refused = moveApplication(submitted.value, CALL, {
      type: 'refuse',
      on: '2026-06-01',
      conditions: 'Out of scope',
    });
    if (!refused.ok) throw new Error('not refused');
    const withdrawn = moveApplication(refused.value, CALL, { type: 'withdraw', on: '2026-06-02' });
    expect(!withdrawn.ok && withdrawn.error.code).toBe('FUNDING.TRANSITION_NOT_ALLOWED');
  });

  it('is revised only as a draft', () => {
    expect(reviseDraftApplication(draft(), { requestedAmount: 10, staffTimeAmount: 0 }).ok).toBe(true);
    const revised = reviseDraftApplication(granted(), { requestedAmount: 10, staffTimeAmount: 0 });
    expect(!revised.ok && revised.error.code).toBe('FUNDING.NOT_A_DRAFT');
  });

  const eventArb: fc.Arbitrary<FundingApplicationEvent> = fc.oneof(
    fc.record({
      type: fc.constant('submit' as const),
      on: fc.constantFrom('2026-01-01', '2026-02-01', '2026-04-02'),
    }),
    fc.record({
      type: fc.constant('grant' as const),
      on: fc.constantFrom('2026-01-20', '2026-06-01'),
      grantedAmount: fc.constantFrom(0, 5_000, 20_000, 30_000),
      conditions: fc.constant(''),
    }),
    fc.record({
      type: fc.constant('refuse' as const),
      on: fc.constantFrom('2026-01-20', '2026-06-01'),
      conditions: fc.constant(''),
    }),
    fc.record({ type: fc.constant('withdraw' as const), on: fc.constant('2026-06-01') }),
  );

  it('only ever takes a step its transition table allows, and keeps its figures consistent', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 8 }), (events) => {
        let application = draft();
        for (const event of events) {
          const before = application;
          const result = moveApplication(application, CALL, event);
          if (!result.ok) continue;
          application = result.value;
          const allowed: readonly string[] = FUNDING_APPLICATION_TRANSITIONS[before.status];
          expect(allowed).toContain(application.status);
        }
        expect(FUNDING_APPLICATION_STATUSES).toContain(application.status);
        if (application.grantedAmount !== null) {
          expect(application.grantedAmount).toBeGreaterThan(0);
          expect(application.grantedAmount).toBeLessThanOrEqual(application.requestedAmount);
        }
        if (application.submittedOn !== null) {
          expect(application.submittedOn >= CALL.opensOn && application.submittedOn <= CALL.closesOn).toBe(
            true,
          );
          if (application.decidedOn !== null)
            expect(application.decidedOn >= application.submittedOn).toBe(true);
        }
        if (application.status === 'granted' || application.status === 'refused')
          expect(application.submittedOn).not.toBeNull();
      }),
    );
  });

  it('never leaves a final status', () => {
    fc.assert(
      fc.property(fc.constantFrom('refused' as const, 'withdrawn' as const), eventArb, (status, event) => {
        const result = moveApplication({ ...draft(), status, submittedOn: '2026-02-01' }, CALL, event);
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('a call for projects', () => {
  it('closes after it opens and keeps each rule once with sensible figures', () => {
    expect(checkFundingCall(CALL).ok).toBe(true);
    expect(checkFundingCall({ ...CALL, closesOn: '2026-01-01' }).ok).toBe(false);
    expect(
      checkFundingCall({ ...CALL, rules: [{ kind: 'max_call_share', share: 1.5, source: '' }] }).ok,
    ).toBe(false);
    expect(checkFundingCall({ ...CALL, rules: [...CALL.rules, CALL.rules[0]!] }).ok).toBe(false);
  });
});

describe('tranches and reports', () => {
  it('plans tranches within the grant and records what was received with its date', () => {
    const application = granted(15_000);
    const first = planTranche(application, [], {
      id: 't1',
      applicationId: application.id,
      label: 'Advance',
      expectedOn: '2026-07-01',
      expectedAmount: 10_000,
    });
    if (!first.ok) throw new Error(first.error.message);
    const second = planTranche(application, [first.value], {
      id: 't2',
      applicationId: application.id,
      label: 'Balance',
      expectedOn: '2027-03-01',
      expectedAmount: 6_000,
    });
    expect(!second.ok && second.error.code).toBe('FUNDING.TRANCHES_ABOVE_GRANT');
    const received = receiveTranche(first.value, { on: '2026-07-10', amount: 10_000 });
    expect(received.ok && received.value.receivedOn).toBe('2026-07-10');
    const onDraft = planTranche(draft(), [], { ...first.value });
    expect(!onDraft.ok && onDraft.error.code).toBe('FUNDING.NOT_GRANTED');
  });

  it('sends a report once', () => {
    const report = planReport(granted(), {
      id: 'r1',
      applicationId: 'app-1',
      kind: 'interim',
      dueOn: '2026-12-15',
    });
    if (!report.ok) throw new Error('not planned');
    const sent = submitReport(report.value, '2026-12-10');
    if (!sent.ok) throw new Error('not sent');
    const again = submitReport(sent.value, '2026-12-11');
    expect(!again.ok && again.error.code).toBe('FUNDING.REPORT_ALREADY_SUBMITTED');
  });
});

describe('checks of a draft against its call', () => {
  const budget = [
    line({ id: 'own', amount: 10_000 }),
    line({
      id: 'min',
      amount: 20_000,
      funder: 'ministry_call',
      funderName: 'Ministère',
      partyId: null,
      status: 'requested',
    }),
    line({ id: 'bko', amount: 6_559_570, currency: 'XOF', eurRate: 655.957, partyId: PARTNER }),
  ];

  it('explains each rule with the figure found, the limit and its source', () => {
    const checks = checkApplicationAgainstCall({
      application: { requestedAmount: 20_000, staffTimeAmount: 5_000 },
      call: CALL,
      budget,
      applicant: INITIATOR,
      today: '2026-03-01',
    });
    expect(checks.map((check) => [check.rule, check.outcome, check.actual, check.limit])).toEqual([
      ['call_open', 'met', null, null],
      ['min_own_funds_share', 'not_met', 0.25, 0.3],
      ['max_staff_time_share', 'not_met', 0.125, 0.1],
      ['max_call_share', 'met', 0.5, 0.5],
      ['max_requested_amount', 'met', 20_000, 50_000],
    ]);
    expect(checks[1]?.source).toBe('Règlement, art. 4');
  });

  it('says a share is unknown rather than guess a rate that is not recorded', () => {
    const checks = checkApplicationAgainstCall({
      application: { requestedAmount: 20_000, staffTimeAmount: 0 },
      call: { ...CALL, closesOn: '2026-02-01' },
      budget: [...budget, line({ id: 'mad', amount: 1000, currency: 'MAD' })],
      applicant: INITIATOR,
      today: '2026-03-01',
    });
    expect(checks[0]?.outcome).toBe('not_met');
    expect(checks[1]).toMatchObject({ outcome: 'unknown', missing: 'rate' });
  });
});

describe('money as it happens', () => {
  it('gives planned, committed and spent per line in its currency and in euros, and per funder', () => {
    const action = {
      id: 'act-1',
      status: 'in_progress',
      budget: [
        line({
          id: 'own',
          amount: 10_000,
          committedAmount: 8_000,
          committedOn: '2026-02-01',
          paidAmount: 5_000,
          paidOn: '2026-03-01',
        }),
        line({
          id: 'bko',
          amount: 6_559_570,
          currency: 'XOF',
          eurRate: 655.957,
          partyId: PARTNER,
          paidAmount: 655_957,
          paidOn: '2026-03-01',
        }),
        line({ id: 'min', amount: 20_000, funder: 'ministry_call', funderName: 'Ministère', partyId: null }),
        line({
          id: 'eu',
          amount: 40_000,
          funder: 'european_union',
          funderName: 'UE',
          partyId: null,
          status: 'refused',
        }),
        line({
          id: 'afd',
          amount: 5_000,
          funder: 'development_agency',
          funderName: 'AFD',
          partyId: null,
          status: 'requested',
        }),
      ],
    } as unknown as Action;
    const money = computeActionMoney(action);
    expect(money.lines.map((l) => l.lineId)).toEqual(['own', 'bko', 'min', 'afd']);
    expect(money.lines[1]).toMatchObject({
      amounts: { planned: 6_559_570, committed: 0, spent: 655_957 },
      euros: { planned: 10_000, committed: 0, spent: 1_000 },
    });
    expect(money.totalEuros).toEqual({ planned: 45_000, committed: 8_000, spent: 6_000 });
    expect(money.byFunder.find((f) => f.funder === 'ministry_call')?.euros.planned).toBe(20_000);
    expect(money.cofinancing.totalGranted).toBe(40_000);
    expect(money.cofinancing.funders.find((f) => f.funder === 'ministry_call')).toMatchObject({
      granted: 20_000,
      share: 0.5,
      grantLeverage: 1,
    });
    expect(money.cofinancing.requested).toBe(5_000);
  });

  it('leaves a line without a rate out of the euro totals and counts it', () => {
    expect(inEuros(100, { currency: 'MAD', eurRate: null })).toBeNull();
    const money = computeActionMoney({
      id: 'a',
      status: 'planned',
      budget: [line({ id: 'mad', amount: 100, currency: 'MAD' })],
    } as unknown as Action);
    expect(money.linesWithoutRate).toBe(1);
    expect(money.totalEuros.planned).toBe(0);
  });
});

describe('funding deadlines', () => {
  const sources = [
    {
      partnershipId: 'p1',
      organisationId: INITIATOR,
      application: { id: 'app-draft', status: 'draft' as const },
      call: { name: 'AAP 2027', closesOn: '2026-07-01' },
      reports: [],
    },
    {
      partnershipId: 'p1',
      organisationId: INITIATOR,
      application: { id: 'app-granted', status: 'granted' as const },
      call: { name: 'AAP 2026', closesOn: '2026-03-31' },
      reports: [
        { id: 'r-sent', dueOn: '2026-06-01', submittedOn: '2026-05-30' },
        { id: 'r-due', dueOn: '2026-06-20', submittedOn: null },
      ],
    },
    {
      partnershipId: 'p1',
      organisationId: INITIATOR,
      application: { id: 'app-refused', status: 'refused' as const },
      call: { name: 'UE', closesOn: '2026-07-01' },
      reports: [{ id: 'r-refused', dueOn: '2026-06-20', submittedOn: null }],
    },
  ];

  it('are a draft call closing and a granted report not sent, nothing else', () => {
    expect(fundingDeadlinesOf(sources).map((d) => [d.kind, d.subjectId, d.dueOn])).toEqual([
      ['call-closing', 'app-draft', '2026-07-01'],
      ['report-due', 'r-due', '2026-06-20'],
    ]);
  });

  it('are reminded to the applying authority only, before the closing date and the due date', () => {
    const situation = { ...withPartner(), fundingDeadlines: fundingDeadlinesOf(sources) };
    const now = new Date('2026-06-01T08:00:00Z');
    const mine = computeReminderSchedule(reminderInputFrom(situation, 'Europe/Paris', INITIATOR), now).filter(
      (reminder) => reminder.kind.startsWith('funding-'),
    );
    expect(mine.map((r) => [r.kind, r.fundingSubjectId, r.offsetDays])).toEqual([
      ['funding-report-due', 'r-due', 14],
      ['funding-call-closing', 'app-draft', 14],
      ['funding-report-due', 'r-due', 3],
      ['funding-call-closing', 'app-draft', 3],
    ]);
    const theirs = computeReminderSchedule(reminderInputFrom(situation, 'Africa/Bamako', PARTNER), now);
    expect(theirs.some((reminder) => reminder.kind.startsWith('funding-'))).toBe(false);
  });

  it('wait in an officer’s inbox within a month of their date; a closed call no longer does', () => {
    const deadlines = fundingDeadlinesOf(sources);
    const items = computeFundingInboxItems(deadlines, { partyId: INITIATOR, role: 'officer' }, '2026-06-25');
    expect(items.map((item) => [item.kind, item.subjectId, item.overdue])).toEqual([
      ['funding-call-closing', 'app-draft', false],
      ['funding-report-due', 'r-due', true],
    ]);
    expect(
      computeFundingInboxItems(deadlines, { partyId: INITIATOR, role: 'officer' }, '2026-07-02'),
    ).toHaveLength(1);
    expect(
      computeFundingInboxItems(deadlines, { partyId: INITIATOR, role: 'elected' }, '2026-06-25'),
    ).toHaveLength(0);
    expect(
      computeFundingInboxItems(deadlines, { partyId: PARTNER, role: 'officer' }, '2026-06-25'),
    ).toHaveLength(0);
  });
});
