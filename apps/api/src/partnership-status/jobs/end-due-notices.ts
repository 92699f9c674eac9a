import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRuptureDue } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { ReminderScheduler } from '../../reminders/reminder-scheduler';
import { StatusNoticesService } from '../status-notices.service';

/**
 * Partnerships whose notice may be over: the effective day has come in some time zone (a day's margin
 * either side of UTC), the domain deciding in the partnership's own (`isRuptureDue`).
 */
const CANDIDATES_SQL = `SELECT id FROM partnership
    WHERE status <> 'terminated' AND rupture->>'stage' = 'notice'
      AND (rupture->>'effectiveOn')::date <= (CURRENT_DATE + 1)
    ORDER BY id`;

/**
 * Ends the partnerships whose rupture notice is over (`EndRuptureNotice`), each in a transaction of its own
 * under its row lock, then tells every party. Safe to run twice: a partnership already ended is no longer
 * a candidate, and one whose notice runs on is left as it is.
 */
@Injectable()
export class EndDueNotices {
  private readonly logger = new Logger(EndDueNotices.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly partnerships: PartnershipRepository,
    private readonly audit: AuditTrail,
    private readonly notices: StatusNoticesService,
    private readonly reminders: ReminderScheduler,
  ) {}

  async run(): Promise<{ candidates: number; ended: number }> {
    const rows: Array<{ id: string }> = await this.dataSource.query(CANDIDATES_SQL);
    let ended = 0;
    for (const { id } of rows) {
      try {
        if (await this.endIfDue(id)) ended += 1;
      } catch (error) {
        // One partnership's failure must not keep the others serving a notice that is over.
        this.logger.error(
          { err: error, partnershipId: id },
          'could not end a partnership at the end of notice',
        );
      }
    }
    this.logger.log({ candidates: rows.length, ended }, 'notices over ended');
    return { candidates: rows.length, ended };
  }

  private async endIfDue(partnershipId: string): Promise<boolean> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const locked = await this.partnerships.load(manager, partnershipId, { lock: true });
      if (!isRuptureDue(locked.snapshot, now)) return null;
      const done = await this.partnerships.execute(
        manager,
        partnershipId,
        { type: 'EndRuptureNotice' },
        {
          now,
          locked,
        },
      );
      // A terminated partnership reminds nobody: its pending reminders are cancelled with the end.
      await this.reminders.schedule(
        manager,
        await this.partnerships.loadReminderSituation(manager, partnershipId),
      );
      // No user acted: the trail records the end under the proposing party, whose deliberation it carries out.
      await this.audit.record(manager, {
        organisationId: locked.snapshot.partnership.rupture?.proposedBy,
        entityType: 'partnership',
        entityId: partnershipId,
        action: 'lifecycle.PartnershipTerminated',
        after: { reason: locked.snapshot.partnership.rupture?.reason, endOfNotice: true },
      });
      return done;
    });
    if (!outcome) return false;
    await this.notices.notifyEveryParty(outcome.snapshot, outcome.revision);
    return true;
  }
}
