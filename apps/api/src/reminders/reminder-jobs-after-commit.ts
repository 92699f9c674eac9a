import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { takeJobChanges, type ReminderJobChanges } from './reminder-job-changes';
import { ReminderJobQueue } from './reminder-job-queue';

/**
 * How long a committed write waits for Redis before answering anyway. The reminders are safe in PostgreSQL
 * whatever Redis does; a slow or absent Redis must not hold the request (reconciliation adds the jobs later).
 */
const QUEUE_WAIT_MS = 2_000;

/**
 * Applies the job changes a transaction noted (see `recordJobChanges`) once it has committed: a delivery job
 * never exists for a row that was rolled back, and a cancelled row's job is removed within the request that
 * cancelled it. Failures are logged, never thrown: the write has already committed.
 */
@Injectable()
export class ReminderJobsAfterCommit implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(ReminderJobsAfterCommit.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ReminderJobQueue,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    // Still active: only a savepoint was released, and the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const changes = takeJobChanges(event.queryRunner);
    if (changes) await this.applyWithin(changes, QUEUE_WAIT_MS);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) takeJobChanges(event.queryRunner);
  }

  private async applyWithin(changes: ReminderJobChanges, waitMs: number): Promise<void> {
    const counts = { scheduled: changes.scheduled.size, cancelled: changes.cancelled.size };
    const applied = this.jobs.apply(changes).then(
      () => 'applied' as const,
      (error: unknown) => {
        this.logger.warn({ err: error, ...counts }, 'reminder jobs not updated; reconciliation will');
        return 'failed' as const;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), waitMs);
    });
    const outcome = await Promise.race([applied, late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      this.logger.warn(counts, 'Redis is slow: reminder jobs are still being updated in the background');
    }
  }
}
