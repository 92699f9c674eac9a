import { ReminderEntity } from '../src/reminders/reminder.entity';
import { NotificationEntity } from '../src/notifications/notification.entity';
import type { UserEntity } from '../src/users/user.entity';
import { TestHttpClient } from './support/http-client';
import { ReminderStack, type World } from './support/reminder-stack';

interface CallBody {
  id: string;
  name: string;
  version: number;
  closesOn: string;
}

interface ApplicationBody {
  id: string;
  status: string;
  version: number;
  requestedAmount: number;
  grantedAmount: number | null;
  conditions: string;
  call: CallBody;
  mine: boolean;
  checks: Array<{
    rule: string;
    outcome: string;
    actual: number | null;
    limit: number | null;
    source: string;
  }>;
  tranches: Array<{ id: string; version: number; expectedAmount: number; receivedAmount: number | null }>;
  reports: Array<{ id: string; version: number; kind: string; dueOn: string; submittedOn: string | null }>;
}

interface FundingBody {
  applications: ApplicationBody[];
  openCalls: CallBody[];
  money: {
    totalEuros: { planned: number; committed: number; spent: number };
    byFunder: Array<{ funder: string; funderName: string; euros: { planned: number; spent: number } }>;
    lines: Array<{ currency: string; amounts: { planned: number }; euros: { planned: number } | null }>;
    cofinancing: {
      totalGranted: number;
      requested: number;
      funders: Array<{ funder: string; share: number | null; grantLeverage: number | null }>;
    };
    applications: { requested: number; granted: number; received: number; refused: number };
  };
}

/**
 * Calls for projects and applications end to end: an action of Angers funded through two calls — the
 * ministry's granted with its tranches and reports, the EU's refused —, what each side may do, and the
 * reminders before the call closes and before the report is due, in the inbox, as notifications and as
 * mails (real PostgreSQL, Redis, worker and SMTP server; one clock the spec moves).
 */
describe('funding: calls, applications, tranches, reports', () => {
  const stack = new ReminderStack();
  let world: World;
  let actionId: string;
  let ministryCall: CallBody;
  let euCall: CallBody;
  let ministryApplication: ApplicationBody;
  let euApplication: ApplicationBody;

  beforeAll(async () => {
    await stack.start();
    // 10 January 2031, 11:00 in Paris.
    await stack.advanceTo(new Date('2031-01-10T10:00:00Z'));
    world = await stack.world();
    const action = await world.a.officer.request('POST', url('/actions'), {
      title: 'Forage et château d’eau',
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn: [world.b.id],
      operators: [],
      priority: 'high',
      startsOn: '2031-01-05',
      endsOn: '2032-12-31',
    });
    expect(action.statusCode).toBe(201);
    actionId = action.json().action.id;
    const line = async (body: Record<string, unknown>) => {
      const response = await world.a.officer.request('POST', url(`/actions/${actionId}/budget-lines`), body);
      expect([response.statusCode, response.json().code]).toEqual([201, undefined]);
    };
    await line({
      funder: 'own_budget',
      funderName: 'Ville d’Angers',
      amount: 25_000,
      currency: 'EUR',
      status: 'granted',
      committedAmount: 20_000,
      committedOn: '2031-01-08',
      paidAmount: 5_000,
      paidOn: '2031-01-09',
    });
    await line({
      funder: 'ministry_call',
      funderName: 'MEAE — DAECT',
      partyId: null,
      amount: 15_000,
      currency: 'EUR',
      status: 'granted',
    });
    // The partner's own share, in CFA francs at the peg: 10,000 euros.
    await line({
      funder: 'own_budget',
      funderName: 'Mairie partenaire',
      partyId: world.b.id,
      amount: 6_559_570,
      currency: 'XOF',
      eurRate: 655.957,
      status: 'granted',
    });
  });

  afterAll(async () => {
    await stack.stop();
  });

  function url(path: string): string {
    return `/api/partnerships/${world.partnershipId}${path}`;
  }

  async function funding(client: TestHttpClient = world.a.officer): Promise<FundingBody> {
    const response = await client.request('GET', url(`/actions/${actionId}/funding`));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function expectStatus(
    response: Promise<{ statusCode: number; json: () => { code?: string } }>,
    status: number,
    code?: string,
  ): Promise<void> {
    const answered = await response;
    expect([answered.statusCode, answered.json().code]).toEqual([status, code]);
  }

  const fundingRows = async (kind: string) =>
    (await stack.reminders(world.partnershipId)).filter((row) => row.kind === kind);
  const mailsTo = (...users: UserEntity[]) =>
    stack.smtp
      .mailsTo(users.map((user) => user.email))
      .filter((mail) => mail.messageId.startsWith('<reminder-'));

  it('keeps each authority’s calls to itself, with their rules and sources', async () => {
    const created = await world.a.officer.request('POST', '/api/funding-calls', {
      funder: 'ministry_call',
      funderName: 'MEAE — DAECT',
      name: 'Appel à projets 2031',
      link: 'https://www.diplomatie.gouv.fr/',
      opensOn: '2031-01-01',
      closesOn: '2031-01-31',
      rules: [
        { kind: 'min_own_funds_share', share: 0.3, source: 'Règlement, art. 4' },
        { kind: 'max_staff_time_share', share: 0.1, source: 'Règlement, art. 6' },
        { kind: 'max_call_share', share: 0.5, source: 'Règlement, art. 5' },
      ],
    });
    expect(created.statusCode).toBe(201);
    ministryCall = created.json();
    const eu = await world.a.officer.request('POST', '/api/funding-calls', {
      funder: 'european_union',
      funderName: 'Union européenne',
      name: 'Autorités locales 2031',
      opensOn: '2031-01-01',
      closesOn: '2031-03-15',
      rules: [{ kind: 'max_requested_amount', amount: 40_000, source: 'Guidelines §2.1' }],
    });
    expect(eu.statusCode).toBe(201);
    euCall = eu.json();

    await expectStatus(
      world.a.officer.request('POST', '/api/funding-calls', {
        ...(created.json() as Record<string, unknown>),
        id: undefined,
        version: undefined,
        applications: undefined,
        closesOn: '2030-12-01',
      }),
      422,
      'FUNDING.CALL_DATES',
    );
    const viewer = TestHttpClient.withSession(
      stack.api,
      await stack.factory.session(world.a.staff.viewer.id),
    );
    await expectStatus(
      viewer.request('POST', '/api/funding-calls', {
        ...(eu.json() as Record<string, unknown>),
        id: undefined,
        version: undefined,
      }),
      403,
      'AUTH.FORBIDDEN',
    );
    expect((await viewer.request('GET', '/api/funding-calls')).json().calls).toHaveLength(2);
    expect((await world.b.officer.request('GET', '/api/funding-calls')).json().calls).toHaveLength(0);
    await expectStatus(
      world.b.officer.request('PUT', `/api/funding-calls/${euCall.id}`, {
        ...(eu.json() as Record<string, unknown>),
        id: undefined,
        applications: undefined,
        version: 1,
      }),
      404,
      'RESOURCE.NOT_FOUND',
    );
  });

  it('checks a draft against its call’s rules, each explained, and lets only the applicant change it', async () => {
    const drafted = await world.a.officer.request('POST', url(`/actions/${actionId}/funding-applications`), {
      callId: ministryCall.id,
      requestedAmount: 15_000,
      staffTimeAmount: 6_000,
    });
    expect(drafted.statusCode).toBe(201);
    ministryApplication = drafted.json();
    expect(ministryApplication).toMatchObject({ status: 'draft', mine: true, version: 1 });
    // Budget 50,000 euros: Angers' own 25,000 is 50 %; staff time 6,000 is 12 % (10 % allowed).
    expect(
      ministryApplication.checks.map((check) => [check.rule, check.outcome, check.actual, check.limit]),
    ).toEqual([
      ['call_open', 'met', null, null],
      ['min_own_funds_share', 'met', 0.5, 0.3],
      ['max_staff_time_share', 'not_met', 0.12, 0.1],
      ['max_call_share', 'met', 0.3, 0.5],
    ]);
    expect(ministryApplication.checks[2]?.source).toBe('Règlement, art. 6');

    await expectStatus(
      world.a.officer.request('POST', url(`/actions/${actionId}/funding-applications`), {
        callId: ministryCall.id,
        requestedAmount: 1,
        staffTimeAmount: 0,
      }),
      409,
      'RESOURCE.CONFLICT',
    );
    // The partner reads the application but neither changes it nor applies with Angers' call.
    const seen = await funding(world.b.officer);
    expect(seen.applications.map((application) => [application.id, application.mine])).toEqual([
      [ministryApplication.id, false],
    ]);
    await expectStatus(
      world.b.officer.request('POST', url(`/funding-applications/${ministryApplication.id}/submission`), {
        version: 1,
        on: '2031-01-20',
      }),
      403,
      'AUTH.FORBIDDEN',
    );
    await expectStatus(
      world.b.officer.request('POST', url(`/actions/${actionId}/funding-applications`), {
        callId: euCall.id,
        requestedAmount: 1,
        staffTimeAmount: 0,
      }),
      404,
      'RESOURCE.NOT_FOUND',
    );
    // An authority that is not a party sees nothing of it.
    const rennes = await stack.factory.organisation('Ville de Rennes');
    const stranger = TestHttpClient.withSession(
      stack.api,
      await stack.factory.session((await stack.factory.user(rennes.id, 'officer')).id),
    );
    await expectStatus(
      stranger.request('GET', url(`/actions/${actionId}/funding`)),
      404,
      'RESOURCE.NOT_FOUND',
    );

    const revised = await world.a.officer.request(
      'PUT',
      url(`/funding-applications/${ministryApplication.id}`),
      {
        version: 1,
        requestedAmount: 15_000,
        staffTimeAmount: 4_000,
      },
    );
    expect(revised.statusCode).toBe(200);
    expect(revised.json().checks.every((check: { outcome: string }) => check.outcome === 'met')).toBe(true);
    await expectStatus(
      world.a.officer.request('PUT', url(`/funding-applications/${ministryApplication.id}`), {
        version: 1,
        requestedAmount: 15_000,
        staffTimeAmount: 0,
      }),
      409,
      'RESOURCE.CONFLICT',
    );
    ministryApplication = revised.json();
  });

  it('reminds the applicant’s officers before the call closes, in the inbox, as a notification and by mail', async () => {
    const rows = await fundingRows('funding-call-closing');
    // 14 and 3 days before 31 January, to Angers' admin and officer only.
    expect(rows.map((row) => [row.subjectDate, row.offsetDays]).sort()).toEqual([
      ['2031-01-31', 14],
      ['2031-01-31', 14],
      ['2031-01-31', 3],
      ['2031-01-31', 3],
    ]);
    expect(new Set(rows.map((row) => row.recipientId))).toEqual(
      new Set([world.a.staff.admin.id, world.a.staff.officer.id]),
    );
    expect(rows.every((row) => row.fundingSubjectId === ministryApplication.id)).toBe(true);

    const inbox = (await world.a.officer.request('GET', '/api/inbox')).json();
    const item = inbox.items.find((candidate: { kind: string }) => candidate.kind === 'funding-call-closing');
    expect(item).toMatchObject({
      subjectId: ministryApplication.id,
      subjectLabel: 'Appel à projets 2031',
      dueOn: '2031-01-31',
      overdue: false,
      path: `/partenariats/${world.partnershipId}/actions`,
    });
    const partnerInbox = (await world.b.officer.request('GET', '/api/inbox')).json();
    expect(
      partnerInbox.items.some((candidate: { kind: string }) => candidate.kind.startsWith('funding-')),
    ).toBe(false);

    // 09:00 in Paris on 17 January.
    await stack.advanceTo(new Date('2031-01-17T07:59:59.500Z'));
    await stack.until(
      'the two mails of Angers',
      () => mailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    const mail = mailsTo(world.a.staff.officer)[0]!;
    expect(mail.subject).toBe(
      `L’appel « Appel à projets 2031 » se clôt le 31 janvier 2031 — « ${world.title} »`,
    );
    expect(mail.text).toContain('(dans 14 jours)');
    expect(mailsTo(world.b.staff.admin, world.b.staff.officer)).toHaveLength(0);
    const notifications = await stack.dataSource.manager.findBy(NotificationEntity, {
      partnershipId: world.partnershipId,
      kind: 'funding-call-closing',
    });
    expect(notifications).toHaveLength(2);
  });

  it('submits while the call is open, which ends the closing reminders', async () => {
    await expectStatus(
      world.a.officer.request('POST', url(`/funding-applications/${ministryApplication.id}/submission`), {
        version: ministryApplication.version,
        on: '2031-02-02',
      }),
      422,
      'FUNDING.CALL_NOT_OPEN',
    );
    const submitted = await world.a.officer.request(
      'POST',
      url(`/funding-applications/${ministryApplication.id}/submission`),
      { version: ministryApplication.version, on: '2031-01-20' },
    );
    expect(submitted.statusCode).toBe(200);
    ministryApplication = submitted.json();
    expect(ministryApplication).toMatchObject({ status: 'submitted', checks: [] });
    const rows = await fundingRows('funding-call-closing');
    expect(rows.filter((row) => row.offsetDays === 3).map((row) => row.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(rows.filter((row) => row.offsetDays === 14).map((row) => row.status)).toEqual(['sent', 'sent']);
  });

  it('records a refusal on one call and a grant on the other, with tranches within the grant', async () => {
    const drafted = await world.a.officer.request('POST', url(`/actions/${actionId}/funding-applications`), {
      callId: euCall.id,
      requestedAmount: 30_000,
      staffTimeAmount: 0,
    });
    euApplication = drafted.json();
    const euSubmitted = await world.a.officer.request(
      'POST',
      url(`/funding-applications/${euApplication.id}/submission`),
      {
        version: euApplication.version,
        on: '2031-02-01',
      },
    );
    const refused = await world.a.officer.request(
      'POST',
      url(`/funding-applications/${euApplication.id}/decision`),
      {
        version: euSubmitted.json().version,
        outcome: 'refused',
        on: '2031-04-01',
        conditions: 'Hors des priorités géographiques',
      },
    );
    expect(refused.json()).toMatchObject({
      status: 'refused',
      conditions: 'Hors des priorités géographiques',
    });
    await expectStatus(
      world.a.officer.request('POST', url(`/funding-applications/${euApplication.id}/withdrawal`), {
        version: refused.json().version,
        on: '2031-04-02',
      }),
      409,
      'FUNDING.TRANSITION_NOT_ALLOWED',
    );

    await expectStatus(
      world.a.officer.request('POST', url(`/funding-applications/${ministryApplication.id}/decision`), {
        version: ministryApplication.version,
        outcome: 'granted',
        on: '2031-03-01',
        grantedAmount: 20_000,
        conditions: '',
      }),
      422,
      'FUNDING.GRANT_ABOVE_REQUEST',
    );
    const granted = await world.a.officer.request(
      'POST',
      url(`/funding-applications/${ministryApplication.id}/decision`),
      {
        version: ministryApplication.version,
        outcome: 'granted',
        on: '2031-03-01',
        grantedAmount: 15_000,
        conditions: 'Rapport intermédiaire avant le 30 juin',
      },
    );
    expect(granted.json()).toMatchObject({ status: 'granted', grantedAmount: 15_000 });
    ministryApplication = granted.json();

    const tranches = url(`/funding-applications/${ministryApplication.id}/tranches`);
    const advance = { label: 'Avance', expectedOn: '2031-03-15', expectedAmount: 9_000 };
    const key = { headers: { 'idempotency-key': 'tranche-advance-1' } };
    const first = await world.a.officer.request('POST', tranches, advance, key);
    const again = await world.a.officer.request('POST', tranches, advance, key);
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    await expectStatus(
      world.a.officer.request('POST', tranches, { ...advance, expectedAmount: 1 }, key),
      422,
      'REQUEST.IDEMPOTENCY_KEY_REUSED',
    );
    await expectStatus(
      world.a.officer.request('POST', tranches, {
        label: 'Solde',
        expectedOn: '2032-01-15',
        expectedAmount: 7_000,
      }),
      422,
      'FUNDING.TRANCHES_ABOVE_GRANT',
    );
    const balance = await world.a.officer.request('POST', tranches, {
      label: 'Solde',
      expectedOn: '2032-01-15',
      expectedAmount: 6_000,
    });
    expect(balance.statusCode).toBe(201);
    const receipt = `${tranches}/${first.json().id}/receipt`;
    const received = await world.a.officer.request('PUT', receipt, {
      version: 1,
      on: '2031-03-20',
      amount: 9_000,
    });
    expect(received.json()).toMatchObject({ receivedAmount: 9_000, receivedOn: '2031-03-20', version: 2 });
    await expectStatus(
      world.a.officer.request('PUT', receipt, { version: 1, on: '2031-03-21', amount: 9_000 }),
      409,
      'RESOURCE.CONFLICT',
    );
    await expectStatus(
      world.b.officer.request('POST', tranches, { label: 'x', expectedOn: '2031-05-01', expectedAmount: 1 }),
      403,
      'AUTH.FORBIDDEN',
    );
  });

  it('reminds before a report is due until it is sent, in the inbox and by mail', async () => {
    const reports = url(`/funding-applications/${ministryApplication.id}/reports`);
    const key = { headers: { 'idempotency-key': 'report-interim-1' } };
    const planned = await world.a.officer.request(
      'POST',
      reports,
      { kind: 'interim', dueOn: '2031-06-30' },
      key,
    );
    const replayed = await world.a.officer.request(
      'POST',
      reports,
      { kind: 'interim', dueOn: '2031-06-30' },
      key,
    );
    expect(replayed.json().id).toBe(planned.json().id);
    const rows = await fundingRows('funding-report-due');
    expect(rows.map((row) => [row.subjectDate, row.offsetDays, row.fundingSubjectId]).sort()).toEqual([
      ['2031-06-30', 14, planned.json().id],
      ['2031-06-30', 14, planned.json().id],
      ['2031-06-30', 3, planned.json().id],
      ['2031-06-30', 3, planned.json().id],
    ]);

    await stack.advanceTo(new Date('2031-06-10T08:00:00Z'));
    const inbox = (await world.a.officer.request('GET', '/api/inbox')).json();
    expect(inbox.items.find((item: { kind: string }) => item.kind === 'funding-report-due')).toMatchObject({
      subjectId: planned.json().id,
      dueOn: '2031-06-30',
      overdue: false,
    });

    // 09:00 in Paris (summer time) on 16 June.
    await stack.advanceTo(new Date('2031-06-16T06:59:59.500Z'));
    await stack.until('the report mails', () =>
      mailsTo(world.a.staff.officer).some((mail) => mail.subject.startsWith('Rapport au financeur')),
    );
    const mail = mailsTo(world.a.staff.officer).find((candidate) => candidate.subject.startsWith('Rapport'))!;
    expect(mail.subject).toBe(
      `Rapport au financeur attendu le 30 juin 2031 : « Appel à projets 2031 » — « ${world.title} »`,
    );

    const sent = await world.a.officer.request('PUT', `${reports}/${planned.json().id}/submission`, {
      version: 1,
      on: '2031-06-20',
    });
    expect(sent.json()).toMatchObject({ submittedOn: '2031-06-20', version: 2 });
    const after = await fundingRows('funding-report-due');
    expect(after.filter((row) => row.offsetDays === 3).map((row) => row.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    const inboxAfter = (await world.a.officer.request('GET', '/api/inbox')).json();
    expect(inboxAfter.items.some((item: { kind: string }) => item.kind === 'funding-report-due')).toBe(false);
    await expectStatus(
      world.a.officer.request('PUT', `${reports}/${planned.json().id}/submission`, {
        version: 2,
        on: '2031-06-21',
      }),
      409,
      'FUNDING.REPORT_ALREADY_SUBMITTED',
    );
  });

  it('shows money as it happens: planned, committed and spent in euros, co-financing and leverage, requests apart', async () => {
    const body = await funding();
    expect(body.applications.map((application) => [application.call.name, application.status])).toEqual([
      ['Appel à projets 2031', 'granted'],
      ['Autorités locales 2031', 'refused'],
    ]);
    expect(body.applications[0]?.tranches.map((tranche) => tranche.receivedAmount)).toEqual([9_000, null]);
    expect(body.money.applications).toEqual({
      requested: 0,
      granted: 15_000,
      received: 9_000,
      refused: 30_000,
    });
    expect(body.money.totalEuros).toEqual({ planned: 50_000, committed: 20_000, spent: 5_000 });
    expect(body.money.lines.find((line) => line.currency === 'XOF')).toMatchObject({
      amounts: { planned: 6_559_570 },
      euros: { planned: 10_000 },
    });
    expect(body.money.cofinancing.totalGranted).toBe(50_000);
    expect(body.money.cofinancing.funders).toEqual([
      expect.objectContaining({ funder: 'ministry_call', share: 0.3, grantLeverage: 35_000 / 15_000 }),
    ]);
    // Both calls are applied to: nothing left open for this action.
    expect(body.openCalls).toEqual([]);

    const audit: Array<{ action: string }> = await stack.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'funding_application' AND entity_id = $1 ORDER BY id`,
      [ministryApplication.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'funding_application.drafted',
      'funding_application.revised',
      'funding_application.submitted',
      'funding_application.granted',
      'funding_application.tranche_planned',
      'funding_application.tranche_planned',
      'funding_application.tranche_received',
      'funding_application.report_planned',
      'funding_application.report_submitted',
    ]);
    expect(
      await stack.dataSource.manager.countBy(ReminderEntity, {
        kind: 'funding-report-due',
        status: 'pending',
      }),
    ).toBe(0);
  });
});
