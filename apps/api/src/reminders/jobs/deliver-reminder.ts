import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  calendarDateAt,
  canOptOutOfReminder,
  computeReminderSchedule,
  isReminderKind,
  reminderInputFrom,
  type ReminderSituation,
  type ReminderKind,
} from '@passerelle/domain';
import { DelayedError, type Job } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { SMTP_TRANSPORT } from '../../mail/smtp-transport';
import type { OrganisationEntity } from '../../organisations/organisation.entity';
import type { DeliverReminderJobPayload } from '../../queues/queue-names';
import type { UserEntity } from '../../users/user.entity';
import { reminderLanguageOf, reminderMail } from '../reminder-mail';
import { nextSendInstant, reminderMailContentOf } from '../reminder-mail-content';
import { receivesReminder } from '../reminder-recipients';
import { ReminderEntity } from '../reminder.entity';
import { PartnershipSnapshotCache } from './partnership-snapshot-cache';

export type DeliveryOutcome = 'sent' | 'not-pending' | 'cancelled' | 'skipped';

/** A pending row with what its delivery needs: the recipient and their organisation (time zone). */
type DeliverableReminder = ReminderEntity & {
  kind: ReminderKind;
  recipient: UserEntity;
  organisation: OrganisationEntity;
  /** The partnership's revision when the row was read: which decoded snapshot is current. */
  partnershipRevision: number;
};

/**
 * Delivers one reminder row, safe to run any number of times for the same row: only a pending row is
 * delivered, the in-app notification is unique per reminder, and the mail is sent while the row is locked
 * and marked sent in the same transaction — a second job for the row waits on the lock, then finds it sent.
 * A job that comes too early, or at night for the recipient, goes back to wait (BullMQ `DelayedError`).
 */
@Injectable()
export class DeliverReminder {
  private readonly logger = new Logger(DeliverReminder.name);
  private readonly snapshots: PartnershipSnapshotCache;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMTP_TRANSPORT) private readonly transport: Transporter,
    partnerships: PartnershipRepository,
  ) {
    this.snapshots = new PartnershipSnapshotCache(partnerships);
  }

  async process(job: Job<DeliverReminderJobPayload>, token: string | undefined): Promise<DeliveryOutcome> {
    if (job.data.version !== 1) {
      throw new Error(`unsupported deliver-reminder payload version ${String(job.data.version)}`);
    }
    const reminderId = job.data.reminderId;
    try {
      const outcome = await this.deliver(job, token, reminderId);
      this.logger.debug({ reminderId, outcome }, 'reminder job done');
      return outcome;
    } catch (error) {
      if (error instanceof DelayedError) throw error;
      await this.recordFailedAttempt(job, reminderId, error);
      throw error;
    }
  }

  private async deliver(
    job: Job<DeliverReminderJobPayload>,
    token: string | undefined,
    reminderId: string,
  ): Promise<DeliveryOutcome> {
    const reminder = await this.load(reminderId);
    if (!reminder) return 'not-pending';
    const now = this.clock.now();
    if (now < reminder.notifyAt) return this.postpone(job, token, reminder.notifyAt, now);
    const timeZone = reminder.organisation.timeZone;
    const snapshot = await this.snapshots.get(
      this.dataSource.manager,
      reminder.partnershipId,
      reminder.partnershipRevision,
    );
    if (!isStillCalledFor(reminder, snapshot, timeZone, now)) {
      // The plan changed and the cancellation has not reached this row yet: it never goes out.
      await this.close(reminder.id, 'cancelled', now, null);
      return 'cancelled';
    }
    const refusal = refusalOf(reminder, snapshot);
    if (refusal) {
      await this.close(reminder.id, 'skipped', now, refusal);
      return 'skipped';
    }
    const sendAt = nextSendInstant(reminder.sendAt, now, timeZone, this.config.reminders.quietHours);
    if (now < sendAt) {
      await this.notifyInApp(reminder);
      return this.postpone(job, token, sendAt, now);
    }
    try {
      return await this.sendHoldingTheRow(reminder, snapshot);
    } catch (error) {
      // The failed send rolled the notification back with it; the in-app one must not wait for the mail.
      await this.notifyInApp(reminder).catch((notifyError: unknown) =>
        this.logger.error({ err: notifyError, reminderId }, 'could not add the in-app notification'),
      );
      throw error;
    }
  }

  /** The pending row, its recipient and organisation, and the partnership's revision, in one query. */
  private async load(reminderId: string): Promise<DeliverableReminder | null> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(ReminderEntity, 'reminder')
      .innerJoinAndSelect('reminder.recipient', 'recipient')
      .innerJoinAndSelect('reminder.organisation', 'organisation')
      .innerJoin('reminder.partnership', 'partnership')
      .addSelect('partnership.revision', 'partnership_revision')
      .where('reminder.id = :reminderId AND reminder.status = :status', { reminderId, status: 'pending' })
      .getRawAndEntities<{ partnership_revision: number }>();
    const [reminder] = entities;
    if (!reminder || !raw[0]) return null;
    if (!isReminderKind(reminder.kind)) throw new Error(`reminder ${reminderId} has an unknown kind`);
    return { ...reminder, partnershipRevision: raw[0].partnership_revision } as DeliverableReminder;
  }

  /** Back to the delayed set until `until` (clock time), without counting an attempt. */
  private async postpone(
    job: Job<DeliverReminderJobPayload>,
    token: string | undefined,
    until: Date,
    now: Date,
  ): Promise<never> {
    await job.moveToDelayed(Date.now() + (until.getTime() - now.getTime()), token);
    throw new DelayedError();
  }

  /** The in-app notification appears at `notifyAt`, even when the mail waits for the morning. */
  private async notifyInApp(reminder: DeliverableReminder): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (reminder_id) DO NOTHING`,
      notificationValues(reminder),
    );
  }

  /**
   * Locks the row, sends the mail, marks the row sent, commits. If the process dies after the SMTP server
   * accepted the mail and before the commit, the row is still pending and the mail goes again (with the same
   * Message-ID): the one window where "once" becomes "at least once".
   */
  private sendHoldingTheRow(
    reminder: DeliverableReminder,
    snapshot: ReminderSituation,
  ): Promise<DeliveryOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // One round trip: lock the row if still pending and, only then, add the in-app notification.
      const held: unknown[] = await manager.query(
        `WITH held AS (SELECT id FROM reminder WHERE id = $2 AND status = 'pending' FOR UPDATE),
              notified AS (
                INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
                SELECT $1, held.id, $3, $4, $5 FROM held
                ON CONFLICT (reminder_id) DO NOTHING)
         SELECT id FROM held`,
        notificationValues(reminder),
      );
      if (held.length === 0) return 'not-pending';
      const now = this.clock.now();
      const mail = reminderMail(
        reminder.recipient.email,
        reminderLanguageOf(reminder.recipient.preferredLanguage),
        reminderMailContentOf({
          reminder,
          recipientName: reminder.recipient.displayName,
          snapshot,
          today: calendarDateAt(now, reminder.organisation.timeZone),
          publicUrl: this.config.publicUrl,
        }),
      );
      const info = (await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: this.messageIdOf(reminder.id),
      })) as { messageId?: string };
      await manager.query(
        `UPDATE reminder SET status = 'sent', sent_at = $2, attempts = attempts + 1, updated_at = now()
          WHERE id = $1`,
        [reminder.id, now],
      );
      this.logger.log(
        { reminderId: reminder.id, kind: reminder.kind, messageId: info.messageId },
        'reminder sent',
      );
      return 'sent';
    });
  }

  private async close(
    reminderId: string,
    status: 'cancelled' | 'skipped',
    now: Date,
    reason: string | null,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminder SET status = $2, closed_at = $3, last_error = COALESCE($4, last_error), updated_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [reminderId, status, now, reason],
    );
    this.logger.log({ reminderId, status, reason }, 'reminder not sent');
  }

  /**
   * Counts the failed attempt on the row; after the job's last attempt the row is failed, for the
   * organisation's admins to see and retry. Best effort: if PostgreSQL is what failed, the row stays pending
   * and reconciliation gives it a new job.
   */
  private async recordFailedAttempt(
    job: Job<DeliverReminderJobPayload>,
    reminderId: string,
    error: unknown,
  ): Promise<void> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    try {
      await this.dataSource.query(
        `UPDATE reminder
            SET attempts = attempts + 1, last_error = $2, updated_at = now(),
                status = CASE WHEN $3::boolean THEN 'failed' ELSE status END,
                closed_at = CASE WHEN $3::boolean THEN $4::timestamptz ELSE closed_at END
          WHERE id = $1 AND status = 'pending'`,
        [reminderId, message, lastAttempt, this.clock.now()],
      );
    } catch (recordError) {
      this.logger.error({ err: recordError, reminderId }, 'could not record a failed reminder attempt');
    }
    this.logger.warn(
      { reminderId, attempt: job.attemptsMade + 1, lastAttempt, error: message },
      lastAttempt ? 'reminder failed for good' : 'reminder attempt failed; it will be retried',
    );
  }

  /** Deterministic, so that a mail sent twice (the crash window above) is recognisable as one. */
  private messageIdOf(reminderId: string): string {
    return `<reminder-${reminderId}@${new URL(this.config.publicUrl).hostname}>`;
  }
}

/** user_id, reminder_id, partnership_id, kind, created_at: the notification appears at `notifyAt`. */
function notificationValues(reminder: DeliverableReminder): unknown[] {
  return [reminder.recipientId, reminder.id, reminder.partnershipId, reminder.kind, reminder.notifyAt];
}

/** The reminder's key is still in the partnership's schedule as it stands now. */
function isStillCalledFor(
  reminder: DeliverableReminder,
  snapshot: ReminderSituation,
  timeZone: string,
  now: Date,
): boolean {
  return computeReminderSchedule(reminderInputFrom(snapshot, timeZone), now).some(
    (scheduled) => scheduled.key === reminder.key,
  );
}

/** Why this recipient does not get this reminder any more, if they don't. */
function refusalOf(reminder: DeliverableReminder, snapshot: ReminderSituation): string | null {
  const recipient = reminder.recipient;
  if (recipient.disabledAt) return 'skipped: the recipient’s account is disabled';
  if (canOptOutOfReminder(reminder.kind) && recipient.reminderOptOuts.includes(reminder.kind)) {
    return 'skipped: the recipient opted out of this kind of reminder';
  }
  if (!receivesReminder(recipient, reminder, snapshot)) {
    return 'skipped: the recipient’s role no longer receives this reminder';
  }
  return null;
}
