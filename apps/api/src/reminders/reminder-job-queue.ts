import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CLOCK, type Clock } from '../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { QUEUES, REMINDER_JOBS, type DeliverReminderJobPayload } from '../queues/queue-names';
import type { ReminderJobChanges, ScheduledJob } from './reminder-job-changes';

/** Jobs added or removed per Redis round trip. */
const BATCH_SIZE = 500;

/** Failed jobs stay visible in the queue's counts this long (the row in PostgreSQL stays for good). */
const FAILED_JOB_RETENTION_SECONDS = 30 * 24 * 3600;

/** The delivery job of a reminder row: one id per row, so adding it twice keeps one job. */
export function reminderJobId(reminderId: string): string {
  return `reminder-${reminderId}`;
}

export interface ReminderQueueCounts {
  waiting: number;
  delayed: number;
  active: number;
  failed: number;
}

/**
 * The `reminders` queue seen from the schedule: one delayed job per pending row, due at its `notifyAt`. The
 * rows in PostgreSQL are the truth; these jobs only wake the worker at the right time, so losing one costs a
 * delay until the next reconciliation, never a reminder.
 */
@Injectable()
export class ReminderJobQueue {
  constructor(
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue<DeliverReminderJobPayload>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Follows a committed transaction's changes: jobs of cancelled or replaced rows go, new ones come. */
  async apply(changes: ReminderJobChanges): Promise<void> {
    const scheduled = [...changes.scheduled.values()];
    await this.remove([
      ...changes.cancelled,
      ...scheduled.filter((job) => job.replace).map((job) => job.reminderId),
    ]);
    await this.add(scheduled);
  }

  /** Adds the jobs; BullMQ ignores an id that is already waiting, delayed or active. */
  async add(jobs: readonly Omit<ScheduledJob, 'replace'>[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += BATCH_SIZE) {
      await this.queue.addBulk(
        jobs.slice(start, start + BATCH_SIZE).map((job) => ({
          name: REMINDER_JOBS.deliver,
          data: { version: 1 as const, reminderId: job.reminderId },
          opts: this.jobOptions(job),
        })),
      );
    }
  }

  /** Removes the jobs of these rows where they are not running (a running one finds its row changed). */
  async remove(reminderIds: readonly string[]): Promise<void> {
    for (let start = 0; start < reminderIds.length; start += BATCH_SIZE) {
      await Promise.all(
        reminderIds.slice(start, start + BATCH_SIZE).map((id) => this.queue.remove(reminderJobId(id))),
      );
    }
  }

  /**
   * For reconciliation: which of these rows have no job in Redis (`missing`), and which have one that is
   * finished although the row is still pending (`stale`: it failed while PostgreSQL could not record it).
   */
  async inspect(reminderIds: readonly string[]): Promise<{ missing: string[]; stale: string[] }> {
    if (reminderIds.length === 0) return { missing: [], stale: [] };
    // BullMQ's connection is an ioredis client; its own typing hides the commands a pipeline offers.
    const client = (await this.queue.client) as unknown as Redis;
    const pipeline = client.pipeline();
    for (const id of reminderIds) {
      pipeline.exists(this.queue.toKey(reminderJobId(id)));
      pipeline.zscore(this.queue.toKey('failed'), reminderJobId(id));
      pipeline.zscore(this.queue.toKey('completed'), reminderJobId(id));
    }
    const answers = (await pipeline.exec()) ?? [];
    const answer = (index: number) => answers[index]?.[1];
    const missing: string[] = [];
    const stale: string[] = [];
    reminderIds.forEach((id, index) => {
      if (answer(3 * index) === 0) missing.push(id);
      else if (answer(3 * index + 1) !== null || answer(3 * index + 2) !== null) stale.push(id);
    });
    return { missing, stale };
  }

  async counts(): Promise<ReminderQueueCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'failed');
    return {
      waiting: counts.waiting ?? 0,
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  private jobOptions(job: Omit<ScheduledJob, 'replace'>): JobsOptions {
    const { attempts, backoffMs } = this.config.reminders;
    return {
      jobId: reminderJobId(job.reminderId),
      delay: Math.max(0, job.notifyAt.getTime() - this.clock.now().getTime()),
      attempts,
      backoff: { type: 'exponential', delay: backoffMs },
      // A completed job is gone, so that a row made pending again (an admin's retry) can get a new one.
      removeOnComplete: true,
      removeOnFail: { age: FAILED_JOB_RETENTION_SECONDS },
    };
  }
}
