import { isolatedRedisUrl, proposePlan, ReminderStack } from './support/reminder-stack';

/** This spec's own Redis database, where the worker finds nothing the API could not add. */
const REDIS_DATABASE = 13;

/**
 * The API writes while Redis is unreachable: the lifecycle write and its reminder schedule commit in
 * PostgreSQL all the same, and the worker's reconciliation creates the missing jobs when it starts.
 */
describe('dialogue reminders scheduled while Redis is down', () => {
  // Nothing listens on port 1: every Redis command of the API waits, then gives up.
  const stack = new ReminderStack();

  beforeAll(async () => {
    await stack.start({ REDIS_URL: 'redis://127.0.0.1:1/0' }, { worker: false });
  });

  afterAll(async () => {
    await stack.stop();
  });

  it('commits the write and its reminders, and the worker creates their jobs when it starts', async () => {
    stack.clock.set(new Date('2032-09-06T10:00:00Z'));
    const world = await stack.world();
    const startedAt = Date.now();
    await proposePlan(world, { technicians: { every: 2, unit: 'week' } }); // due 20 September
    // The request waited for Redis a bounded time, no more.
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const rows = await stack.reminders(world.partnershipId);
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.status === 'pending')).toBe(true);

    // A week later (08:59:59.5 in Paris), a worker starts on a Redis that answers: its start-up
    // reconciliation gives every pending row its job, and the week-before reminders go.
    stack.clock.set(new Date('2032-09-13T06:59:59.500Z'));
    await stack.startWorker({ ...stack.config, redisUrl: isolatedRedisUrl(REDIS_DATABASE) });
    const officer = world.a.staff.officer.email;
    await stack.until('the reminder of the Angers officer', () =>
      stack.smtp.accepted.some(
        (mail) => mail.to.includes(officer) && mail.messageId.startsWith('<reminder-'),
      ),
    );
  });
});
