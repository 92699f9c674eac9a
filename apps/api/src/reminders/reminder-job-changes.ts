import type { EntityManager, QueryRunner } from 'typeorm';

/** A reminder row whose delivery job must exist in Redis once the transaction has committed. */
export interface ScheduledJob {
  readonly reminderId: string;
  readonly notifyAt: Date;
  /** The row existed before (revived or moved): its old job, if any, goes first. */
  readonly replace: boolean;
}

/** What a transaction changed in the reminder schedule, for the queue to follow after the commit. */
export interface ReminderJobChanges {
  readonly scheduled: Map<string, ScheduledJob>;
  readonly cancelled: Set<string>;
}

/** Where the changes wait on the transaction's query runner (`queryRunner.data`, meant for subscribers). */
const STASH_KEY = 'reminderJobChanges';

/**
 * Notes job changes on the transaction, to be applied by `ReminderJobsAfterCommit` once it commits: Redis
 * never sees a reminder that was rolled back. Returns false outside a transaction (nothing to wait for: the
 * periodic reconciliation then creates the jobs).
 */
export function recordJobChanges(
  manager: EntityManager,
  changes: { scheduled?: readonly ScheduledJob[]; cancelled?: readonly string[] },
): boolean {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return false;
  const stash = ((runner.data as Record<string, ReminderJobChanges | undefined>)[STASH_KEY] ??= {
    scheduled: new Map(),
    cancelled: new Set(),
  });
  for (const reminderId of changes.cancelled ?? []) {
    stash.scheduled.delete(reminderId);
    stash.cancelled.add(reminderId);
  }
  for (const job of changes.scheduled ?? []) {
    // Cancelled then scheduled again in one transaction: the old job goes, a new one comes.
    const replace = job.replace || stash.cancelled.delete(job.reminderId);
    stash.scheduled.set(job.reminderId, { ...job, replace });
  }
  return true;
}

/** Takes (and clears) the changes noted on this query runner. */
export function takeJobChanges(runner: QueryRunner): ReminderJobChanges | undefined {
  const data = runner.data as Record<string, ReminderJobChanges | undefined>;
  const changes = data[STASH_KEY];
  delete data[STASH_KEY];
  return changes;
}
