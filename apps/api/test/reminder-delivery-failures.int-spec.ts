import IORedis from 'ioredis';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { ReconcileReminders } from '../src/reminders/jobs/reconcile-reminders';
import { ReminderEntity } from '../src/reminders/reminder.entity';
import type { UserEntity } from '../src/users/user.entity';
import { isolatedRedisUrl, proposePlan, ReminderStack, type World } from './support/reminder-stack';

/** This spec's own Redis database: it flushes it, and no other spec uses it. */
const REDIS_DATABASE = 11;

/**
 * What goes wrong around a reminder: the mail server refusing for a while or for good, Redis losing every
 * job. PostgreSQL keeps the schedule, so each reminder still goes exactly once, or is shown as failed to
 * the organisation's admins, who can send it again.
 */
describe('dialogue reminders when delivery fails', () => {
  const stack = new ReminderStack();

  beforeAll(async () => {
    await stack.start({ REDIS_URL: isolatedRedisUrl(REDIS_DATABASE), REMINDER_ATTEMPTS: '6' });
  });

  afterAll(async () => {
    await stack.stop();
  });

  const reminderMailsTo = (...users: UserEntity[]) =>
    stack.smtp
      .mailsTo(users.map((user) => user.email))
      .filter((mail) => mail.messageId.startsWith('<reminder-'));

  /** The rows of Angers' reminders a week before the exchange due on `dueOn`. */
  async function angersWeekBefore(world: World, dueOn: string): Promise<ReminderEntity[]> {
    return (await stack.reminders(world.partnershipId)).filter(
      (row) => row.subjectDate === dueOn && row.offsetDays === 7 && row.organisationId === world.a.id,
    );
  }

  it('retries while the mail server refuses, then delivers once when it is back', async () => {
    await stack.advanceTo(new Date('2032-03-01T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 15 March
    stack.smtp.mode = 'refuse';
    await stack.advanceTo(new Date('2032-03-08T07:59:59.500Z')); // 08:59:59.5 in Paris (UTC+1)
    await stack.until('two failed attempts for each Angers recipient', async () =>
      (await angersWeekBefore(world, '2032-03-15')).every((row) => row.attempts >= 2),
    );
    const failing = await angersWeekBefore(world, '2032-03-15');
    for (const row of failing) {
      expect(row.status).toBe('pending');
      expect(row.lastError).toContain('451');
    }
    expect(reminderMailsTo(world.a.staff.admin, world.a.staff.officer)).toHaveLength(0);

    stack.smtp.mode = 'accept';
    await stack.until(
      'the mails once the server is back',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    await stack.settle(500);
    expect(reminderMailsTo(world.a.staff.admin)).toHaveLength(1);
    expect(reminderMailsTo(world.a.staff.officer)).toHaveLength(1);
    for (const row of await angersWeekBefore(world, '2032-03-15')) {
      expect(row.status).toBe('sent');
      // Each attempt counts when it starts: the refused ones, and the one that went.
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row.lastError).toBeNull();
    }
  });

  it('marks a reminder failed after the last attempt, shows it to its organisation’s admins, who retry it', async () => {
    await stack.advanceTo(new Date('2032-04-05T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 19 April
    stack.smtp.mode = 'refuse';
    await stack.advanceTo(new Date('2032-04-12T06:59:59.500Z')); // 08:59:59.5 in Paris (UTC+2)
    await stack.until(
      'both Angers reminders failed',
      async () => (await angersWeekBefore(world, '2032-04-19')).every((row) => row.status === 'failed'),
      15_000,
    );
    stack.smtp.mode = 'accept';
    const failed = await angersWeekBefore(world, '2032-04-19');
    for (const row of failed) {
      expect(row.attempts).toBe(6);
      expect(row.closedAt).toEqual(expect.any(Date));
    }

    // Angers' admin sees them, with what went wrong; Moncton's admin does not; an officer may not look.
    const listed = await world.a.admin.request('GET', '/api/organisation/reminders?status=failed');
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as Array<Record<string, unknown>>;
    const ours = items.filter((item) => item.partnershipId === world.partnershipId);
    expect(ours).toHaveLength(2);
    expect(ours[0]).toMatchObject({
      partnershipTitle: world.title,
      kind: 'dialogue-due',
      audience: 'technicians',
      status: 'failed',
      attempts: 6,
      subjectDate: '2032-04-19',
      lastError: expect.stringContaining('451'),
    });
    expect(ours.map((item) => (item.recipient as { email: string }).email).sort()).toEqual(
      [world.a.staff.admin.email, world.a.staff.officer.email].sort(),
    );
    const theirs = (await world.b.admin.request('GET', '/api/organisation/reminders?status=failed')).json();
    expect(theirs.items).toEqual([]);
    expect((await world.a.officer.request('GET', '/api/organisation/reminders')).statusCode).toBe(403);
    const forged = Buffer.from(JSON.stringify({ at: '2026-01-01T00:00:00.000Z', id: '1' })).toString(
      'base64url',
    );
    const forgedPage = await world.a.admin.request('GET', `/api/organisation/reminders?cursor=${forged}`);
    expect([forgedPage.statusCode, forgedPage.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);

    const health = (await world.a.admin.request('GET', '/api/organisation/reminders/health')).json();
    expect(health.schedule).toMatchObject({ failed: 2 });
    expect(health.schedule.pending).toBeGreaterThan(0);
    expect(health.queue.failed).toBeGreaterThanOrEqual(2);
    expect(health.queue).toEqual({
      waiting: expect.any(Number),
      delayed: expect.any(Number),
      active: expect.any(Number),
      failed: expect.any(Number),
    });

    // The server is back: the admin retries the officer's reminder, which goes once.
    const officerRow = failed.find((row) => row.recipientId === world.a.staff.officer.id)!;
    const retried = await world.a.admin.request('POST', `/api/organisation/reminders/${officerRow.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({
      id: officerRow.id,
      status: 'pending',
      attempts: 0,
      lastError: null,
    });
    await stack.until('the retried mail', () => reminderMailsTo(world.a.staff.officer).length === 1);
    await stack.settle(500);
    expect(reminderMailsTo(world.a.staff.officer)).toHaveLength(1);
    expect(reminderMailsTo(world.a.staff.admin)).toHaveLength(0);
    const sent = await stack.dataSource.manager.findOneByOrFail(ReminderEntity, { id: officerRow.id });
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    const audit = await stack.dataSource.manager.findOneByOrFail(AuditEventEntity, {
      entityType: 'reminder',
      entityId: officerRow.id,
    });
    expect(audit).toMatchObject({
      action: 'reminder.retried',
      actorUserId: world.a.staff.admin.id,
      organisationId: world.a.id,
    });

    // Only a failed reminder can be retried, and only by its own organisation.
    const again = await world.a.admin.request('POST', `/api/organisation/reminders/${officerRow.id}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'REMINDER.NOT_FAILED', status: 409, reminderStatus: 'sent' });
    const adminRow = failed.find((row) => row.recipientId === world.a.staff.admin.id)!;
    const foreign = await world.b.admin.request('POST', `/api/organisation/reminders/${adminRow.id}/retry`);
    expect(foreign.statusCode).toBe(404);
  });

  it('puts back every pending reminder’s job after Redis lost them all, without duplicating any', async () => {
    await stack.advanceTo(new Date('2032-05-03T10:00:00Z'));
    const world = await stack.world();
    await proposePlan(world, {
      technicians: { every: 2, unit: 'week' }, // due 17 May
      elected_officials: { every: 1, unit: 'month' }, // due 3 June
    });
    // The earlier cases' leftovers are past due and would go out during the count: out of the way.
    await stack.dataSource.query(
      `UPDATE reminder SET status = 'cancelled' WHERE status = 'pending' AND partnership_id <> $1`,
      [world.partnershipId],
    );
    const pending = await stack.dataSource.manager.countBy(ReminderEntity, { status: 'pending' });
    expect(pending).toBe(12 + 18);

    const redis = new IORedis(isolatedRedisUrl(REDIS_DATABASE));
    try {
      await redis.flushdb();
    } finally {
      redis.disconnect();
    }
    const lost = await stack.queue.getJobCounts('waiting', 'delayed', 'active');
    expect(lost.waiting! + lost.delayed! + lost.active!).toBe(0);

    const reconcile = stack.worker!.get(ReconcileReminders);
    expect(await reconcile.run('test')).toEqual({ pending, missing: pending, stale: 0 });
    const rows = await stack.dataSource.manager.findBy(ReminderEntity, { status: 'pending' });
    for (const row of rows) expect(await stack.jobExists(row.id)).toBe(true);
    const back = await stack.queue.getJobCounts('waiting', 'delayed', 'active');
    expect(back.waiting! + back.delayed! + back.active!).toBe(pending);

    // Run again (another worker's schedule, say): nothing is missing, nothing is added twice.
    expect(await reconcile.run('test')).toEqual({ pending, missing: 0, stale: 0 });
    const still = await stack.queue.getJobCounts('waiting', 'delayed', 'active');
    expect(still.waiting! + still.delayed! + still.active!).toBe(pending);

    // And the reminders go at their time, once.
    await stack.advanceTo(new Date('2032-05-10T06:59:59.500Z'));
    await stack.until(
      'the reminders after the flush',
      () => reminderMailsTo(world.a.staff.admin, world.a.staff.officer).length === 2,
    );
    await stack.settle(500);
    expect(reminderMailsTo(world.a.staff.admin, world.a.staff.officer)).toHaveLength(2);
  });
});
