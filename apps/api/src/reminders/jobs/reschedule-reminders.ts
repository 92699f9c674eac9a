import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { ReminderScheduler } from '../reminder-scheduler';

/**
 * Recomputes every active partnership's schedule. Lifecycle writes keep the schedule current as the plan
 * changes; this catches what changes with time alone — a reminder that enters the schedule's horizon (a
 * convention's expiry years ahead) — and repairs whatever a past bug or manual edit left behind.
 */
@Injectable()
export class RescheduleReminders {
  private readonly logger = new Logger(RescheduleReminders.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipRepository,
    private readonly scheduler: ReminderScheduler,
  ) {}

  async run(): Promise<{ partnerships: number; inserted: number; cancelled: number }> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM partnership WHERE status = 'active' ORDER BY id`,
    );
    const totals = { partnerships: rows.length, inserted: 0, cancelled: 0 };
    for (const { id } of rows) {
      // Under the partnership's row lock, like a lifecycle write: the two never interleave.
      const outcome = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1 FROM partnership WHERE id = $1 FOR UPDATE', [id]);
        return this.scheduler.schedule(manager, await this.partnerships.loadReminderSituation(manager, id));
      });
      totals.inserted += outcome.inserted + outcome.revived;
      totals.cancelled += outcome.cancelled;
    }
    this.logger.log(totals, 'reminder schedules recomputed');
    return totals;
  }
}
