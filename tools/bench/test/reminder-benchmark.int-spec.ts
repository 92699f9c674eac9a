import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@passerelle/api/test/support/test-database';
import { runReminderBenchmark, type ReminderBenchResult } from '../src/reminder-bench/reminder-benchmark';

// Starting a Nest context of the API and the built worker process: well past five seconds.
jest.setTimeout(120_000);

const REMINDERS = 200;

/**
 * The reminders benchmark of `pnpm bench` on 200 reminders, so that the harness cannot rot: the real
 * scheduler writes exactly N pending reminders and their jobs, the built worker delivers every one of them
 * once to the sink, and the bare BullMQ baseline runs. Speed is for `pnpm bench`, never here.
 */
describe('reminders benchmark (smoke run)', () => {
  let database: TestDatabase;
  let result: ReminderBenchResult;

  beforeAll(async () => {
    const redisUrl = process.env.TEST_REDIS_URL;
    if (!redisUrl) throw new Error('TEST_REDIS_URL is not set: run the specs through `npm test`.');
    database = await createTestDatabase();
    result = await runReminderBenchmark({
      databaseUrl: database.url,
      redisUrl,
      queuePrefix: `{bench-${randomBytes(4).toString('hex')}}`,
      options: { reminders: REMINDERS, concurrency: 2 },
    });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('delivers exactly as many mails as it scheduled reminders, each row marked sent', () => {
    expect(result.mailsAccepted).toBe(REMINDERS);
    expect(result.rowsSent).toBe(REMINDERS);
    expect(result.partnerships).toBe(2);
  });

  it('measures scheduling, delivery, the worker’s memory and the bare BullMQ baseline', () => {
    expect(result.schedulingSeconds).toBeGreaterThan(0);
    expect(result.mailsPerSecond).toBeGreaterThan(0);
    expect(result.workerPeakRssMiB).toBeGreaterThan(0);
    expect(result.bareJobsPerSecond).toBeGreaterThan(0);
  });
});
