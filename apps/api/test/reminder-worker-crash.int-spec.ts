import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ReminderEntity } from '../src/reminders/reminder.entity';
import { CuttableTcpProxy } from './support/cuttable-tcp-proxy';
import { isolatedRedisUrl, ReminderStack, type World } from './support/reminder-stack';

/** This spec's own Redis database (see the failures spec). */
const REDIS_DATABASE = 12;
/**
 * Short enough that a dead worker's jobs, and its claims on the rows it was sending, are taken over within a
 * few seconds.
 */
const CRASH_SETTINGS = {
  REMINDER_CONCURRENCY: '2',
  REMINDER_LOCK_DURATION_MS: '1000',
  REMINDER_STALLED_INTERVAL_MS: '300',
  SMTP_SOCKET_TIMEOUT_MS: '2500',
  REMINDER_LEASE_MS: '3000',
};

/**
 * A worker process killed (SIGKILL) in the middle of a batch of reminders — two sent, two being sent — and
 * another worker taking over: every reminder is sent exactly once. The killed worker is the real entry point
 * (`dist/worker.js`) in a child process, on the system clock: the reminders are due now.
 */
describe('dialogue reminders when the worker is killed', () => {
  const stack = new ReminderStack();
  let child: ChildProcess | undefined;
  let childOutput = '';

  beforeAll(async () => {
    await stack.start({ REDIS_URL: isolatedRedisUrl(REDIS_DATABASE), ...CRASH_SETTINGS }, { worker: false });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await stack.stop();
  });

  function startWorkerProcess(databaseUrl = stack.config.databaseUrl): ChildProcess {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: stack.config.redisUrl,
      SMTP_URL: stack.config.smtpUrl,
      MAIL_FROM: stack.config.mailFrom,
      QUEUE_PREFIX: stack.config.queuePrefix,
      PUBLIC_URL: stack.config.publicUrl,
      REMINDER_RECONCILE_INTERVAL_MS: '3600000',
      // Only the reminders go to this spec's mail server: the inbox digests would take its connections.
      INBOX_DIGEST_INTERVAL_MS: '0',
      ...CRASH_SETTINGS,
    };
    const worker = spawn(process.execPath, [join(__dirname, '..', 'dist', 'worker.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout?.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
    worker.stderr?.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
    return worker;
  }

  /** A zone where it is now about noon: the reminders are due now and outside anyone's quiet hours. */
  function zoneAtNoon(): string {
    const offset = 12 - new Date().getUTCHours();
    return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  }

  /** A partnership whose overdue exchange has ten recipients (four officers and an elected official a side). */
  async function tenRemindersDueNow(): Promise<{ world: World; rows: ReminderEntity[] }> {
    const zone = zoneAtNoon();
    const world: World = await stack.world({ timeZoneA: zone, timeZoneB: zone });
    for (const authority of [world.a, world.b]) {
      for (let index = 0; index < 3; index += 1) await stack.factory.user(authority.id, 'officer');
    }
    await stack.planAgreedOn(world, new Date(Date.now() - 60 * 86_400_000));
    const rows = await stack.reminders(world.partnershipId);
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.kind === 'dialogue-overdue')).toBe(true);
    return { world, rows };
  }

  const sentCountOf = (partnershipId: string) => () =>
    stack.dataSource.manager.countBy(ReminderEntity, { partnershipId, status: 'sent' });

  /** The child worker's progress: two mails accepted, two more held by the server (its output if not). */
  async function untilTwoSentAndTwoHeld(sentCount: () => Promise<number>): Promise<void> {
    await stack
      .until(
        'two reminders sent and two more in the hands of the mail server',
        async () => (await sentCount()) === 2 && stack.smtp.heldCount === 2,
        20_000,
      )
      .catch((error: unknown) => {
        throw new Error(`${String(error)}\nworker output:\n${childOutput}`);
      });
  }

  it('sends every reminder exactly once when a worker dies mid-batch and another takes over', async () => {
    stack.smtp.holdAfter = 2;
    const { world, rows } = await tenRemindersDueNow();

    child = startWorkerProcess();
    const sentCount = sentCountOf(world.partnershipId);
    await untilTwoSentAndTwoHeld(sentCount);

    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    // The two mails in flight were never acknowledged: the mail server drops them with their connections.
    await stack.until('the dead worker’s connections closed', () => stack.smtp.heldCount === 0);
    stack.smtp.release();

    await stack.startWorker();
    await stack.until('every reminder sent', async () => (await sentCount()) === 10, 20_000);
    await stack.settle(500);
    const mails = stack.smtp.accepted.filter((mail) => mail.messageId.startsWith('<reminder-'));
    expect(mails).toHaveLength(10);
    expect(mails.map((mail) => mail.messageId).sort()).toEqual(
      rows.map((row) => `<reminder-${row.id}@passerelle.test>`).sort(),
    );
  });
  it('re-sends at most the mails in flight, under their own Message-ID, when a worker dies after the server accepted them', async () => {
    // The in-process worker of the previous case would share the queue: this case has the child's alone.
    await stack.worker?.close();
    stack.worker = undefined;
    // The child reaches PostgreSQL through a proxy this case cuts: mails accepted, their outcome not written.
    const database = new URL(stack.config.databaseUrl);
    const proxy = new CuttableTcpProxy(database.hostname, Number(database.port || 5432));
    database.hostname = '127.0.0.1';
    database.port = String(await proxy.start());
    try {
      stack.smtp.holdAfter = stack.smtp.accepted.length + 2;
      const { world, rows } = await tenRemindersDueNow();
      const sentCount = sentCountOf(world.partnershipId);
      const messageIds = new Set(rows.map((row) => `<reminder-${row.id}@passerelle.test>`));
      const mailsOfWorld = () => stack.smtp.accepted.filter((mail) => messageIds.has(mail.messageId));

      child = startWorkerProcess(database.toString());
      await untilTwoSentAndTwoHeld(sentCount);
      proxy.cutOff();
      stack.smtp.release();
      await stack.until('the server accepted the two in flight', () => mailsOfWorld().length === 4);
      // The worker dies knowing the server took them, before it could write so.
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      proxy.restore();

      await stack.startWorker();
      await stack.until('every reminder sent', async () => (await sentCount()) === 10, 20_000);
      await stack.settle(500);
      const sends = new Map<string, number>();
      for (const mail of mailsOfWorld()) sends.set(mail.messageId, (sends.get(mail.messageId) ?? 0) + 1);
      expect([...sends.keys()].sort()).toEqual([...messageIds].sort());
      // Only the two in flight at the crash went twice, each under its own Message-ID (a reader's mail
      // program shows one); every other reminder once.
      const twice = [...sends.values()].filter((count) => count === 2);
      expect(twice.length).toBeLessThanOrEqual(2);
      expect([...sends.values()].every((count) => count <= 2)).toBe(true);
      expect(mailsOfWorld().length).toBe(10 + twice.length);
    } finally {
      await proxy.stop();
    }
  });
});
