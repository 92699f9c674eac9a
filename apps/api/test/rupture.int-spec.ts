import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { addDays, calendarDateAt } from '@passerelle/domain';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OrderlyRupture1795477230000 } from '../src/database/migrations/1795477230000-orderly-rupture';
import { EndDueNotices } from '../src/partnership-status/jobs/end-due-notices';
import { QUEUES, type SendMailJobPayload } from '../src/queues/queue-names';
import type { UserEntity } from '../src/users/user.entity';
import { WorkerModule } from '../src/worker.module';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SmtpTestServer } from './support/smtp-test-server';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface StatusBody {
  version: number;
  status: string;
  canAbandon: boolean;
  termination: { reason: string; effectiveOn: string } | null;
  rupture: {
    stage: string;
    responses: Array<{ partyId: string; text: string }>;
    deliberation: { body: string; reference: string; recordedBy: string } | null;
    effectiveOn: string | null;
    notHeard: string[];
    earliestDecisionOn: string | null;
    noticeDaysLeft: number | null;
  } | null;
}

describe('ending a partnership in order: negotiation, deliberation, notice', () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let factory: Factory;
  let angersId: string;
  let bamakoId: string;
  let angersOfficerUser: UserEntity;
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoOfficerUser: UserEntity;
  const today = () => calendarDateAt(new Date(), 'Europe/Paris');

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = new SmtpTestServer();
    const config = buildTestConfig(database.url, {
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'http://passerelle.test',
    });
    app = await startTestApp(config);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    angersId = angers.id;
    bamakoId = bamako.id;
    const angersStaff = await factory.staff(angers.id);
    angersOfficerUser = angersStaff.officer;
    bamakoOfficerUser = await factory.user(bamako.id, 'officer', { displayName: 'Ibrahim Keïta' });
    const as = async (userId: string) => TestHttpClient.withSession(app, await factory.session(userId));
    angersOfficer = await as(angersStaff.officer.id);
    angersElected = await as(angersStaff.elected.id);
    angersViewer = await as(angersStaff.viewer.id);
    bamakoOfficer = await as(bamakoOfficerUser.id);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
    await database.drop();
  });

  const url = (partnershipId: string, path = '') => `/api/partnerships/${partnershipId}${path}`;

  async function statusOf(partnershipId: string, client = angersOfficer): Promise<StatusBody> {
    const response = await client.request('GET', url(partnershipId, '/status'));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function post(
    client: TestHttpClient,
    partnershipId: string,
    path: string,
    body: Record<string, unknown>,
    status: number,
  ) {
    const response = await client.request('POST', url(partnershipId, path), {
      ...body,
      version: (await statusOf(partnershipId)).version,
    });
    expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status });
    return response.json();
  }

  async function mailJobs(partnershipId: string, kind: string): Promise<SendMailJobPayload[]> {
    const queue = app.get<Queue<SendMailJobPayload>>(getQueueToken(QUEUES.mail), { strict: false });
    const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    return jobs.filter((job) => job.id?.startsWith(`mail-${kind}-${partnershipId}-`)).map((job) => job.data);
  }

  const decision = (noticeDays: number) => ({
    deliberation: { body: 'Conseil municipal', reference: 'DEL-2026-114', adoptedOn: today() },
    noticeGivenOn: today(),
    effectiveOn: addDays(today(), noticeDays),
    actionDecisions: [],
  });

  it('proposes, hears the partner, records the deliberation and runs the notice before ending', async () => {
    const partnershipId = (await factory.partnership(angersId, angersOfficerUser.id, [bamakoId])).id;
    expect(await statusOf(partnershipId)).toMatchObject({
      status: 'active',
      canAbandon: true,
      rupture: null,
    });

    const proposed: StatusBody = await post(
      angersOfficer,
      partnershipId,
      '/rupture',
      { reason: 'Le nouveau conseil recentre son action internationale' },
      200,
    );
    expect(proposed.rupture).toMatchObject({ stage: 'negotiating', notHeard: [bamakoId] });
    expect(proposed.canAbandon).toBe(false);
    const proposals = await mailJobs(partnershipId, 'rupture_proposed');
    expect(proposals.flatMap((job) => job.to)).toEqual([bamakoOfficerUser.email]);
    expect(proposals[0]?.text).toContain('vous pouvez répondre sur Passerelle avant toute décision');

    // No decision before the partner is heard (or the negotiation days have passed).
    const early = await post(angersElected, partnershipId, '/rupture/decision', decision(30), 409);
    expect(early.code).toBe('PARTNERSHIP.RUPTURE_NOT_NEGOTIATED');
    const ownAnswer = await post(angersOfficer, partnershipId, '/rupture/responses', { text: 'Moi' }, 403);
    expect(ownAnswer.code).toBe('PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER');
    const heard: StatusBody = await post(
      bamakoOfficer,
      partnershipId,
      '/rupture/responses',
      { text: 'Nous demandons d’achever le forage en cours.' },
      200,
    );
    expect(heard.rupture).toMatchObject({ notHeard: [], earliestDecisionOn: today() });
    expect(await mailJobs(partnershipId, 'rupture_answered')).not.toEqual([]);

    // A viewer cannot record the decision; the deliberation needs its reference; the notice is owed.
    const viewer = await angersViewer.request('POST', url(partnershipId, '/rupture/decision'), {
      ...decision(30),
      version: heard.version,
    });
    expect([viewer.statusCode, viewer.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const noReference = await post(
      angersElected,
      partnershipId,
      '/rupture/decision',
      { ...decision(30), deliberation: { ...decision(30).deliberation, reference: ' ' } },
      422,
    );
    expect(noReference.code).toBe('PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION');
    const short = await post(angersElected, partnershipId, '/rupture/decision', decision(10), 422);
    expect(short.code).toBe('PARTNERSHIP.TERMINATION_NEEDS_NOTICE');
    const decided: StatusBody = await post(
      angersElected,
      partnershipId,
      '/rupture/decision',
      decision(30),
      200,
    );
    expect(decided).toMatchObject({
      status: 'active',
      termination: null,
      rupture: {
        stage: 'notice',
        deliberation: { body: 'Conseil municipal', reference: 'DEL-2026-114', recordedBy: 'elected' },
        noticeDaysLeft: 30,
      },
    });
    const notices = await mailJobs(partnershipId, 'rupture_decided');
    expect(notices[0]?.text).toContain('Délibération : Conseil municipal, DEL-2026-114');

    // During notice the partnership runs: the partner logs an exchange and answers again; nothing new starts.
    const exchange = await bamakoOfficer.request('POST', url(partnershipId, '/dialogue/events'), {
      audience: 'technicians',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      channel: 'phone',
      participants: [{ userId: bamakoOfficerUser.id, partyId: bamakoId, role: 'technician' }],
      summary: 'Passation du forage',
      decisions: [],
    });
    expect(exchange.statusCode).toBe(201);
    await post(bamakoOfficer, partnershipId, '/rupture/responses', { text: 'Merci pour la passation' }, 200);
    const suspension = await post(angersOfficer, partnershipId, '/suspension', { reason: 'Élections' }, 409);
    expect(suspension.code).toBe('PARTNERSHIP.IN_NOTICE');

    // The daily job leaves it running until the effective date, then ends it and tells every party.
    const endNotices = worker.get(EndDueNotices);
    expect(await endNotices.run()).toEqual({ candidates: 0, ended: 0 });
    await dataSource.query(
      `UPDATE partnership SET rupture = jsonb_set(rupture, '{effectiveOn}', to_jsonb($2::text)) WHERE id = $1`,
      [partnershipId, addDays(today(), -1)],
    );
    expect(await endNotices.run()).toEqual({ candidates: 1, ended: 1 });
    expect(await endNotices.run()).toEqual({ candidates: 0, ended: 0 });
    const ended = await statusOf(partnershipId);
    expect(ended).toMatchObject({
      status: 'terminated',
      termination: { reason: 'Le nouveau conseil recentre son action internationale' },
      rupture: { stage: 'ended' },
    });
    const endMails = await mailJobs(partnershipId, 'partnership_terminated');
    expect(endMails.flatMap((job) => job.to)).toEqual(
      expect.arrayContaining([bamakoOfficerUser.email, angersOfficerUser.email]),
    );
    const [audited] = await dataSource.query(
      `SELECT organisation_id, actor_user_id FROM audit_event
        WHERE entity_id = $1 AND action = 'lifecycle.PartnershipTerminated'`,
      [partnershipId],
    );
    expect(audited).toEqual({ organisation_id: angersId, actor_user_id: null });
  });

  it('lets the negotiation keep the partnership, and refuses to end at once one a rupture is under way for', async () => {
    const partnershipId = (await factory.partnership(angersId, angersOfficerUser.id, [bamakoId])).id;
    await post(angersOfficer, partnershipId, '/rupture', { reason: 'Budget en baisse' }, 200);
    const abandon = await post(
      angersOfficer,
      partnershipId,
      '/termination',
      { reason: 'Budget', noticeGivenOn: today(), effectiveOn: today(), actionDecisions: [] },
      409,
    );
    expect(abandon.code).toBe('PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH');
    const withdrawn: StatusBody = await post(
      angersOfficer,
      partnershipId,
      '/rupture/withdrawal',
      { reason: 'Un cofinancement a été trouvé ensemble' },
      200,
    );
    expect(withdrawn).toMatchObject({ status: 'active', canAbandon: true, rupture: { stage: 'withdrawn' } });
    expect(await mailJobs(partnershipId, 'rupture_withdrawn')).not.toEqual([]);
  });

  it('carries partnerships terminated before: those still within their notice run it out', async () => {
    const serving = (await factory.partnership(angersId, angersOfficerUser.id, [bamakoId])).id;
    const over = (await factory.partnership(angersId, angersOfficerUser.id, [bamakoId])).id;
    const termination = (effectiveOn: string) =>
      JSON.stringify({
        reason: 'Fin du mandat',
        noticeGivenOn: addDays(today(), -40),
        effectiveOn,
        actionDecisions: [],
        decidedAt: { $date: new Date().toISOString() },
      });
    await dataSource.query(`ALTER TABLE partnership DROP COLUMN rupture`);
    await dataSource.query(
      `UPDATE partnership SET status = 'terminated', termination = $2::jsonb WHERE id = $1`,
      [serving, termination(addDays(today(), 50))],
    );
    await dataSource.query(
      `UPDATE partnership SET status = 'terminated', termination = $2::jsonb WHERE id = $1`,
      [over, termination(addDays(today(), -10))],
    );
    const runner = dataSource.createQueryRunner();
    try {
      await new OrderlyRupture1795477230000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await statusOf(serving)).toMatchObject({
      status: 'active',
      termination: null,
      rupture: { stage: 'notice', deliberation: null, effectiveOn: addDays(today(), 50) },
    });
    expect(await statusOf(over)).toMatchObject({
      status: 'terminated',
      termination: { reason: 'Fin du mandat' },
      rupture: { stage: 'ended' },
    });
  });
});
