import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { Inject, Injectable } from '@nestjs/common';
import {
  computeReminderSchedule,
  reminderInputFrom,
  type ReminderSituation,
  type Reminder,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock/clock';
import { returnedRows } from '../common/database/returned-rows';
import { loadFundingDeadlines } from '../lifecycle/funding-deadlines.query';
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

interface PartySchedule {
  readonly organisationId: string;
  readonly reminders: readonly Reminder[];
}

/** A user of a party who may receive its reminders. */
interface Recipient {
  readonly id: string;
  readonly organisationId: string;
  readonly role: string;
}

/** Instants as JSON gives them. */
interface Times {
  notify_at: string;
  send_at: string;
}

/** Each reminder of each party for each of its users who receives it. */
function wantedRows(
  schedules: readonly PartySchedule[],
  recipients: readonly Recipient[],
  snapshot: ReminderSituation,
): WantedRow[] {
  return schedules.flatMap(({ organisationId, reminders }) =>
    reminders.flatMap((reminder) =>
      recipients
        .filter(
          (user) => user.organisationId === organisationId && receivesReminder(user, reminder, snapshot),
        )
        .map((user) => ({ reminder, recipientId: user.id, organisationId })),
    ),
  );
}

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

  async schedule(manager: EntityManager, snapshot: ReminderSituation): Promise<ScheduleOutcome> {
    const now = this.clock.now();
    const partnershipId = snapshot.partnership.id;
    // A caller holding a whole snapshot has no funding deadlines in it: they are rows of their own.
    const situation: ReminderSituation = snapshot.fundingDeadlines
      ? snapshot
      : { ...snapshot, fundingDeadlines: await loadFundingDeadlines(manager, partnershipId) };
    const schedules = this.partySchedules(situation, now);
    const { recipients, existing } = await this.currentState(manager, partnershipId, schedules);
    const wanted = wantedRows(schedules, recipients, situation);
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

  /** For each party, the reminders its situation calls for, in its organisation's time zone. */
  private partySchedules(snapshot: ReminderSituation, now: Date): PartySchedule[] {
    return snapshot.partnership.parties.map((party) => {
      const timeZone =
        snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.timeZone ??
        'UTC';
      return {
        organisationId: party.organisationId,
        reminders: computeReminderSchedule(reminderInputFrom(snapshot, timeZone, party.organisationId), now, {
          quietHours: this.config.reminders.quietHours,
        }),
      };
    });
  }

  /**
   * In one statement: the active users of the parties that have reminders to come (who may receive them),
   * the partnership's pending rows, and its cancelled ones the schedules call for again.
   */
  private async currentState(
    manager: EntityManager,
    partnershipId: string,
    schedules: readonly PartySchedule[],
  ): Promise<{ recipients: Recipient[]; existing: ExistingRow[] }> {
    const reminded = schedules.filter((schedule) => schedule.reminders.length > 0);
    const keys = [
      ...new Set(reminded.flatMap((schedule) => schedule.reminders.map((reminder) => reminder.key))),
    ];
    const [state] = await manager.query<
      Array<{ recipients: Recipient[]; existing: Array<Omit<ExistingRow, 'notify_at' | 'send_at'> & Times> }>
    >(
      `SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'organisationId', organisation_id,
                                                         'role', role)), '[]')
                 FROM app_user WHERE organisation_id = ANY($2::uuid[]) AND disabled_at IS NULL) AS recipients,
              (SELECT coalesce(json_agg(json_build_object('id', id, 'key', key, 'recipient_id', recipient_id,
                                                         'status', status, 'notify_at', notify_at,
                                                         'send_at', send_at)), '[]')
                 FROM reminder
                WHERE partnership_id = $1
                  AND (status = 'pending' OR (status = 'cancelled' AND key = ANY($3::varchar[])))) AS existing`,
      [partnershipId, reminded.map((schedule) => schedule.organisationId), keys],
    );
    return {
      recipients: state?.recipients ?? [],
      existing: (state?.existing ?? []).map((row) => ({
        ...row,
        notify_at: new Date(row.notify_at),
        send_at: new Date(row.send_at),
      })),
    };
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
                             convention_id, subject_date, offset_days, notify_at, send_at, funding_subject_id)
       SELECT v.key, v.recipient_id, v.organisation_id, $1, v.kind, v.audience, v.visit_id, v.convention_id,
              v.subject_date, v.offset_days, v.notify_at, v.send_at, v.funding_subject_id
         FROM unnest($2::varchar[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::varchar[],
                     $8::varchar[], $9::date[], $10::int[], $11::timestamptz[], $12::timestamptz[],
                     $13::varchar[])
           AS v(key, recipient_id, organisation_id, kind, audience, visit_id, convention_id, subject_date,
                offset_days, notify_at, send_at, funding_subject_id)
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
        column((row) => row.reminder.fundingSubjectId),
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
