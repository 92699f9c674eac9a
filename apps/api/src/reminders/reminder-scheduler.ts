import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { Inject, Injectable } from '@nestjs/common';
import {
  computeReminderSchedule,
  reminderInputFrom,
  type PartnershipSnapshot,
  type Reminder,
} from '@passerelle/domain';
import { In, IsNull, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock/clock';
import { UserEntity } from '../users/user.entity';
import { recordJobChanges, type ScheduledJob } from './reminder-job-changes';
import { receivesReminder } from './reminder-recipients';

/** One reminder for one recipient, as the partnership's current situation calls for it. */
interface WantedRow {
  readonly reminder: Reminder;
  readonly recipientId: string;
  readonly organisationId: string;
}

interface ExistingRow {
  id: string;
  key: string;
  recipient_id: string;
  status: 'pending' | 'cancelled';
  notify_at: Date;
  send_at: Date;
}

export interface ScheduleOutcome {
  readonly inserted: number;
  /** Cancelled rows the situation calls for again (a suspended partnership resumed). */
  readonly revived: number;
  /** Pending rows whose time changed (the recipient's organisation moved time zone). */
  readonly moved: number;
  readonly cancelled: number;
}

const pairOf = (key: string, recipientId: string) => `${key}\u0000${recipientId}`;

/**
 * Keeps the `reminder` table in line with a partnership's situation, in the caller's transaction (the same
 * one as the lifecycle write that changed the situation): for each party, the domain's schedule in that
 * organisation's time zone, fanned out to its users by role. New reminders still to come are inserted, ones
 * the situation no longer calls for are cancelled; the delivery jobs follow after the commit
 * (`ReminderJobsAfterCommit`). The caller holds the partnership's row lock, so two runs never interleave.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    // Only the reminder settings: the demo loader builds a scheduler outside the application too.
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'reminders'>,
  ) {}

  async schedule(manager: EntityManager, snapshot: PartnershipSnapshot): Promise<ScheduleOutcome> {
    const now = this.clock.now();
    const partnershipId = snapshot.partnership.id;
    const wanted = await this.wantedRows(manager, snapshot, now);
    const existing = await this.existingRows(manager, partnershipId, wanted);
    const existingByPair = new Map(existing.map((row) => [pairOf(row.key, row.recipient_id), row]));
    const wantedPairs = new Set(wanted.map((row) => pairOf(row.reminder.key, row.recipientId)));

    const toInsert: WantedRow[] = [];
    const toRevive: Array<{ id: string; row: WantedRow }> = [];
    const toMove: Array<{ id: string; row: WantedRow }> = [];
    for (const row of wanted) {
      const found = existingByPair.get(pairOf(row.reminder.key, row.recipientId));
      // Reminders whose mail time has passed are obsolete, unless a row already carries them (a retry).
      const stillToCome = row.reminder.sendAt >= now;
      if (!found) {
        if (stillToCome) toInsert.push(row);
      } else if (found.status === 'cancelled') {
        if (stillToCome) toRevive.push({ id: found.id, row });
      } else if (found.notify_at > now && !sameTimes(found, row.reminder)) {
        toMove.push({ id: found.id, row });
      }
    }
    const toCancel = existing
      .filter((row) => row.status === 'pending' && !wantedPairs.has(pairOf(row.key, row.recipient_id)))
      .map((row) => row.id);

    const inserted = await this.insert(manager, partnershipId, toInsert);
    const reset = await this.resetTimes(manager, [...toRevive, ...toMove]);
    const cancelled = await this.cancel(manager, toCancel, now);
    recordJobChanges(manager, {
      cancelled,
      scheduled: [
        ...inserted.map((row): ScheduledJob => ({ ...row, replace: false })),
        ...reset.map((row): ScheduledJob => ({ ...row, replace: true })),
      ],
    });
    return {
      inserted: inserted.length,
      revived: toRevive.length,
      moved: toMove.length,
      cancelled: cancelled.length,
    };
  }

  private async wantedRows(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    now: Date,
  ): Promise<WantedRow[]> {
    const schedules = snapshot.partnership.parties.map((party) => {
      const timeZone =
        snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.timeZone ??
        'UTC';
      return {
        organisationId: party.organisationId,
        reminders: computeReminderSchedule(reminderInputFrom(snapshot, timeZone), now, {
          quietHours: this.config.reminders.quietHours,
        }),
      };
    });
    if (schedules.every((schedule) => schedule.reminders.length === 0)) return [];
    const users = await manager.find(UserEntity, {
      select: { id: true, organisationId: true, role: true },
      where: {
        organisationId: In(schedules.map((schedule) => schedule.organisationId)),
        disabledAt: IsNull(),
      },
    });
    return schedules.flatMap(({ organisationId, reminders }) =>
      reminders.flatMap((reminder) =>
        users
          .filter(
            (user) => user.organisationId === organisationId && receivesReminder(user, reminder, snapshot),
          )
          .map((user) => ({ reminder, recipientId: user.id, organisationId })),
      ),
    );
  }

  /** Pending rows of the partnership, and cancelled ones the situation calls for again. */
  private existingRows(
    manager: EntityManager,
    partnershipId: string,
    wanted: readonly WantedRow[],
  ): Promise<ExistingRow[]> {
    const keys = [...new Set(wanted.map((row) => row.reminder.key))];
    return manager.query(
      `SELECT id, key, recipient_id, status, notify_at, send_at FROM reminder
        WHERE partnership_id = $1 AND (status = 'pending' OR (status = 'cancelled' AND key = ANY($2::varchar[])))`,
      [partnershipId, keys],
    );
  }

  private async insert(
    manager: EntityManager,
    partnershipId: string,
    rows: readonly WantedRow[],
  ): Promise<Array<{ reminderId: string; notifyAt: Date }>> {
    if (rows.length === 0) return [];
    const column = <T>(pick: (row: WantedRow) => T) => rows.map(pick);
    const inserted: Array<{ id: string; notify_at: Date }> = await manager.query(
      `INSERT INTO reminder (key, recipient_id, organisation_id, partnership_id, kind, audience, visit_id,
                             convention_id, subject_date, offset_days, notify_at, send_at)
       SELECT v.key, v.recipient_id, v.organisation_id, $1, v.kind, v.audience, v.visit_id, v.convention_id,
              v.subject_date, v.offset_days, v.notify_at, v.send_at
         FROM unnest($2::varchar[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::varchar[],
                     $8::varchar[], $9::date[], $10::int[], $11::timestamptz[], $12::timestamptz[])
           AS v(key, recipient_id, organisation_id, kind, audience, visit_id, convention_id, subject_date,
                offset_days, notify_at, send_at)
       ON CONFLICT (key, recipient_id) DO NOTHING
       RETURNING id, notify_at`,
      [
        partnershipId,
        column((row) => row.reminder.key),
        column((row) => row.recipientId),
        column((row) => row.organisationId),
        column((row) => row.reminder.kind),
        column((row) => row.reminder.audience),
        column((row) => row.reminder.visitId),
        column((row) => row.reminder.conventionId),
        column((row) => row.reminder.subjectDate),
        column((row) => row.reminder.offsetDays),
        column((row) => row.reminder.notifyAt.toISOString()),
        column((row) => row.reminder.sendAt.toISOString()),
      ],
    );
    return inserted.map((row) => ({ reminderId: row.id, notifyAt: row.notify_at }));
  }

  /** Revives cancelled rows and moves pending ones to the times the situation now gives them. */
  private async resetTimes(
    manager: EntityManager,
    rows: ReadonlyArray<{ id: string; row: WantedRow }>,
  ): Promise<Array<{ reminderId: string; notifyAt: Date }>> {
    if (rows.length === 0) return [];
    const updated: unknown = await manager.query(
      `UPDATE reminder AS r
            SET status = 'pending', notify_at = v.notify_at, send_at = v.send_at, attempts = 0,
                last_error = NULL, closed_at = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(id, notify_at, send_at)
          WHERE r.id = v.id AND r.status IN ('pending', 'cancelled')
      RETURNING r.id, r.notify_at`,
      [
        rows.map(({ id }) => id),
        rows.map(({ row }) => row.reminder.notifyAt.toISOString()),
        rows.map(({ row }) => row.reminder.sendAt.toISOString()),
      ],
    );
    return returnedRows(updated as Array<{ id: string; notify_at: Date }>).map((row) => ({
      reminderId: row.id,
      notifyAt: row.notify_at,
    }));
  }

  private async cancel(manager: EntityManager, ids: readonly string[], now: Date): Promise<string[]> {
    if (ids.length === 0) return [];
    const result: unknown = await manager.query(
      `UPDATE reminder SET status = 'cancelled', closed_at = $2, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = 'pending'
    RETURNING id`,
      [ids, now.toISOString()],
    );
    return returnedRows(result as Array<{ id: string }>).map((row) => row.id);
  }
}

function sameTimes(row: ExistingRow, reminder: Reminder): boolean {
  return (
    row.notify_at.getTime() === reminder.notifyAt.getTime() &&
    row.send_at.getTime() === reminder.sendAt.getTime()
  );
}

/**
 * TypeORM's PostgreSQL driver answers an UPDATE … RETURNING with `[rows, affectedCount]` and an INSERT or
 * SELECT with the rows alone.
 */
export function returnedRows<T>(result: T[] | [T[], number]): T[] {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}
