import IORedis from 'ioredis';
import { ReconcileReminders } from '../src/reminders/jobs/reconcile-reminders';
import { ReminderEntity } from '../src/reminders/reminder.entity';
import { CuttableTcpProxy } from './support/cuttable-tcp-proxy';
import {
  FAST_REMINDER_SETTINGS,
  isolatedRedisUrl,
  proposePlan,
  ReminderStack,
  type World,
} from './support/reminder-stack';

/** This spec's own Redis database: it flushes it, and no other spec uses it. */
const REDIS_DATABASE = 14;
/** The stack's SMTP socket timeout (FAST_REMINDER_SETTINGS): the RFC's 10 minutes, scaled. */
const SOCKET_TIMEOUT_MS = Number(FAST_REMINDER_SETTINGS.SMTP_SOCKET_TIMEOUT_MS);
/**
 * The claims' lease: long enough that a claim renewed just before PostgreSQL became unreachable outlasts
 * the socket timeout and the outage the spec makes.
 */
const LEASE_MS = 2.5 * SOCKET_TIMEOUT_MS;
/**
 * How early the clock is set before the reminders are due: the advance waits for the worker to put the
 * still-early jobs back, and on a loaded machine half a second was not always enough for that.
 */
const EARLY_BY_MS = 1_500;

/**
 * A delivery claims its reminder row (committed) before talking to the mail server, renews the claim while
 * the server takes its time, and records the outcome afterwards: a slow server gets each mail once, a
 * hanging one delays no user's write, Redis losing the jobs in flight duplicates nothing, and an attempt
 * made while PostgreSQL was unreachable is recorded when it is back. (The worker killed mid-delivery is
 * reminder-worker-crash.int-spec.ts.)
 */
describe('dialogue reminders while the mail server or PostgreSQL misbehave', () => {
  const stack = new ReminderStack();

  beforeAll(async () => {
    await stack.start({ REDIS_URL: isolatedRedisUrl(REDIS_DATABASE), REMINDER_LEASE_MS: String(LEASE_MS) });
  });

  afterAll(async () => {
    stack.smtp.release();
    await stack.stop();
  });

  const reminderMails = () => stack.smtp.accepted.filter((mail) => mail.messageId.startsWith('<reminder-'));

  /**
   * A new partnership whose technicians' exchange is due two weeks after `planOn`, and the clock
   * `EARLY_BY_MS` before Angers' reminders a week before it (09:00 in Paris, `utcOffsetHours` ahead of UTC): its
   * two recipients' mails go out at once, to a mail server that `holds` them or not. Earlier cases'
   * leftovers are cancelled, out of the way.
   */
  async function angersRemindedNow(planOn: string, utcOffsetHours: number, { hold = false } = {}) {
    await stack.dataSource.query(`UPDATE reminder SET status = 'cancelled' WHERE status = 'pending'`);
    await stack.advanceTo(new Date(`${planOn}T10:00:00Z`));
    const world = await stack.world();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } });
    const weekBefore = new Date(new Date(`${planOn}T00:00:00Z`).getTime() + 7 * 86_400_000);
    const rows = (await stack.reminders(world.partnershipId)).filter(
      (row) => row.offsetDays === 7 && row.organisationId === world.a.id,
    );
    expect(rows).toHaveLength(2);
    const nineInParis = new Date(weekBefore.getTime() + (9 - utcOffsetHours) * 3_600_000 - EARLY_BY_MS);
    if (hold) stack.smtp.mode = 'hold';
    // Counted before the clock moves: on a loaded machine the advance may outlast the last half second,
    // and the mails may already be accepted when it returns.
    const mailsBefore = reminderMails().length;
    await stack.advanceTo(nineInParis);
    return { world, rows, mailsBefore };
  }

  const rowsNow = (rows: readonly ReminderEntity[]) =>
    stack.dataSource.manager.find(ReminderEntity, {
      where: rows.map((row) => ({ id: row.id })),
      order: { id: 'ASC' },
    });

  async function suspend(world: World): Promise<number> {
    const statusUrl = `/api/partnerships/${world.partnershipId}`;
    const { version } = (await world.a.officer.request('GET', `${statusUrl}/status`)).json();
    const started = performance.now();
    const response = await world.a.officer.request('POST', `${statusUrl}/suspension`, {
      reason: 'Élections municipales',
      version,
    });
    expect(response.statusCode).toBe(200);
    return performance.now() - started;
  }

  it('sends each mail once to a server that answers 250 long after the old 30-second timeout (scaled)', async () => {
    // 0.6 × the socket timeout: 6 minutes at the RFC's scale, where the old 30 s timeout gave up and sent again.
    stack.smtp.answerDelayMs = Math.round(SOCKET_TIMEOUT_MS * 0.6);
    try {
      const { rows, mailsBefore } = await angersRemindedNow('2033-03-01', 1);
      await stack.until(
        'both rows sent',
        async () => (await rowsNow(rows)).every((row) => row.status === 'sent'),
        15_000,
      );
      await stack.settle(SOCKET_TIMEOUT_MS);
      expect(reminderMails().length - mailsBefore).toBe(2);
      for (const row of await rowsNow(rows)) {
        expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null, claimToken: null });
      }
    } finally {
      stack.smtp.answerDelayMs = 0;
    }
  });

  it('suspends a partnership at once while its reminders’ mail server hangs; the mails in flight count as sent', async () => {
    const { world, rows, mailsBefore } = await angersRemindedNow('2033-04-04', 2, { hold: true });
    await stack.until('both mails in the hands of the hanging server', () => stack.smtp.heldCount === 2);

    const tookMs = await suspend(world);
    expect(tookMs).toBeLessThan(SOCKET_TIMEOUT_MS / 2);
    expect((await rowsNow(rows)).map((row) => row.status)).toEqual(['cancelled', 'cancelled']);

    // The server finally takes the two mails that were on their way: they went, and the rows say so.
    stack.smtp.release();
    await stack.until('the rows recorded sent', async () =>
      (await rowsNow(rows)).every((row) => row.status === 'sent'),
    );
    await stack.settle(500);
    expect(reminderMails().length - mailsBefore).toBe(2);
    for (const row of await rowsNow(rows)) expect(row.closedAt).toBeNull();
  });

  it('gives up on a server that never answers after the socket timeout, records the attempt, and sends once later', async () => {
    const { rows, mailsBefore } = await angersRemindedNow('2033-05-02', 2, { hold: true });
    await stack.until('both mails in the hands of the hanging server', () => stack.smtp.heldCount === 2);
    await stack.until(
      'both attempts timed out and recorded',
      async () => (await rowsNow(rows)).every((row) => /timeout/i.test(row.lastError ?? '')),
      SOCKET_TIMEOUT_MS * 3,
    );
    for (const row of await rowsNow(rows)) expect(row.status).toBe('pending');

    stack.smtp.release();
    await stack.until('both rows sent', async () =>
      (await rowsNow(rows)).every((row) => row.status === 'sent'),
    );
    await stack.settle(500);
    expect(reminderMails().length - mailsBefore).toBe(2);
    for (const row of await rowsNow(rows)) {
      expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    }
  });

  it('duplicates nothing when Redis loses the jobs of mails in flight and reconciliation adds them again', async () => {
    const { rows, mailsBefore } = await angersRemindedNow('2033-06-06', 2, { hold: true });
    await stack.until('both mails in the hands of the mail server', () => stack.smtp.heldCount === 2);

    const redis = new IORedis(isolatedRedisUrl(REDIS_DATABASE));
    try {
      await redis.flushdb();
    } finally {
      redis.disconnect();
    }
    const report = await stack.worker!.get(ReconcileReminders).run('test');
    expect(report.missing).toBe(report.pending);
    for (const row of rows) expect(await stack.jobExists(row.id)).toBe(true);

    // The new jobs find the rows claimed and wait for the claims to end; the first deliveries finish.
    await stack.settle(300);
    stack.smtp.release();
    await stack.until('both rows sent', async () =>
      (await rowsNow(rows)).every((row) => row.status === 'sent'),
    );
    await stack.settle(LEASE_MS + 1_000);
    expect(reminderMails().length - mailsBefore).toBe(2);
    for (const row of await rowsNow(rows)) expect(row.attempts).toBe(1);
  });

  describe('with PostgreSQL unreachable from the worker during the SMTP exchange', () => {
    let proxy: CuttableTcpProxy;

    beforeAll(async () => {
      const database = new URL(stack.config.databaseUrl);
      proxy = new CuttableTcpProxy(database.hostname, Number(database.port || 5432));
      database.hostname = '127.0.0.1';
      database.port = String(await proxy.start());
      await stack.worker?.close();
      await stack.startWorker({ ...stack.config, databaseUrl: database.toString() });
    });

    afterAll(async () => {
      proxy.restore();
      await proxy.stop();
    });

    it('records a mail the server accepted once PostgreSQL is back, and sends it only once', async () => {
      const { rows, mailsBefore } = await angersRemindedNow('2033-07-04', 2, { hold: true });
      // The first delivery of a worker just started through the proxy: slower on a loaded machine.
      await stack.until(
        'both mails in the hands of the mail server',
        () => stack.smtp.heldCount === 2,
        30_000,
      );
      proxy.cutOff();
      stack.smtp.release();
      await stack.until('the server accepted both', () => reminderMails().length - mailsBefore === 2);
      await stack.settle(1_500);
      expect((await rowsNow(rows)).map((row) => row.status)).toEqual(['pending', 'pending']);

      proxy.restore();
      await stack.until('both rows recorded sent', async () =>
        (await rowsNow(rows)).every((row) => row.status === 'sent'),
      );
      await stack.settle(LEASE_MS);
      expect(reminderMails().length - mailsBefore).toBe(2);
      for (const row of await rowsNow(rows)) {
        expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      }
    });

    it('records an attempt that failed while PostgreSQL was unreachable once it is back', async () => {
      const { rows, mailsBefore } = await angersRemindedNow('2033-08-01', 2, { hold: true });
      await stack.until('both mails in the hands of the hanging server', () => stack.smtp.heldCount === 2);
      proxy.cutOff();
      // The server never answers: the attempts time out while their outcome cannot be written.
      await stack.until('the attempts given up', () => stack.smtp.heldCount === 0, SOCKET_TIMEOUT_MS * 2);
      await stack.settle(300);
      proxy.restore();
      await stack.until('both failed attempts recorded', async () =>
        (await rowsNow(rows)).every((row) => /timeout/i.test(row.lastError ?? '')),
      );
      // The failed attempt is on record (its error above); on a loaded machine the queue's retry may already
      // have claimed the row again, counting its own attempt: hence at least one, and two at the end.
      for (const row of await rowsNow(rows)) {
        expect(row.status).toBe('pending');
        expect(row.attempts).toBeGreaterThanOrEqual(1);
      }

      stack.smtp.release();
      await stack.until('both rows sent', async () =>
        (await rowsNow(rows)).every((row) => row.status === 'sent'),
      );
      await stack.settle(500);
      expect(reminderMails().length - mailsBefore).toBe(2);
      for (const row of await rowsNow(rows)) {
        expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      }
    });
  });
});
