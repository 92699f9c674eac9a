import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReminderJobQueue } from '../reminder-job-queue';

/** Pending rows compared with Redis per round trip. */
const BATCH_SIZE = 500;

export interface ReconciliationReport {
  /** Pending rows in PostgreSQL. */
  pending: number;
  /** Rows that had no job in Redis (lost with a flush, or never added because Redis was down). */
  missing: number;
  /** Rows whose job had finished (failed) while the row stayed pending. */
  stale: number;
}

/**
 * Makes Redis hold a delivery job for every pending reminder: walks the pending rows in PostgreSQL (the
 * source of truth) and re-adds the jobs that are missing, under their deterministic ids — BullMQ keeps one
 * job per id, so running this beside live jobs, or twice at once, duplicates nothing.
 */
@Injectable()
export class ReconcileReminders {
  private readonly logger = new Logger(ReconcileReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: ReminderJobQueue,
  ) {}

  async run(trigger: string): Promise<ReconciliationReport> {
    const report: ReconciliationReport = { pending: 0, missing: 0, stale: 0 };
    let after: { notifyAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await this.pendingAfter(after);
      if (rows.length === 0) break;
      const notifyAtOf = new Map(rows.map((row) => [row.id, row.notify_at]));
      const { missing, stale } = await this.jobs.inspect(rows.map((row) => row.id));
      await this.jobs.remove(stale);
      await this.jobs.add(
        [...missing, ...stale].map((id) => ({ reminderId: id, notifyAt: notifyAtOf.get(id)! })),
      );
      report.pending += rows.length;
      report.missing += missing.length;
      report.stale += stale.length;
      const last = rows[rows.length - 1]!;
      after = { notifyAt: last.notify_at, id: last.id };
    }
    this.logger.log({ trigger, ...report }, 'reminder jobs reconciled with the schedule');
    return report;
  }

  private pendingAfter(
    after: { notifyAt: Date; id: string } | null,
  ): Promise<Array<{ id: string; notify_at: Date }>> {
    return after
      ? this.dataSource.query(
          `SELECT id, notify_at FROM reminder
            WHERE status = 'pending' AND (notify_at, id) > ($1, $2)
            ORDER BY notify_at, id LIMIT $3`,
          [after.notifyAt, after.id, BATCH_SIZE],
        )
      : this.dataSource.query(
          `SELECT id, notify_at FROM reminder WHERE status = 'pending' ORDER BY notify_at, id LIMIT $1`,
          [BATCH_SIZE],
        );
  }
}
