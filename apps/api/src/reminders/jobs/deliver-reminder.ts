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
  interfaceLanguageOf,
} from '@passerelle/domain';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { GroupedStatements, type GroupedOutcome } from '../../common/database/grouped-statements';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { SMTP_TRANSPORT } from '../../mail/smtp-transport';
import type { DeliverReminderJobPayload } from '../../queues/queue-names';
import type { UserEntity } from '../../users/user.entity';
import { reminderMail } from '../reminder-mail';
import { nextSendInstant, reminderMailContentOf } from '../reminder-mail-content';
import { receivesReminder } from '../reminder-recipients';
import { HeldClaim } from './held-claim';
import { PartnershipSnapshotCache } from './partnership-snapshot-cache';
import { GROUPING, ReminderClaims, type NotificationValues } from './reminder-claims';

/** A job that found the row claimed looks again this long after the claim's end. */
const CLAIM_END_GRACE_MS = 100;

export type DeliveryOutcome = 'sent' | 'not-pending' | 'cancelled' | 'skipped';

/** A pending row with what its delivery needs: the recipient and their organisation's time zone. */
interface DeliverableReminder {
  readonly id: string;
  readonly key: string;
  readonly kind: ReminderKind;
  readonly partnershipId: string;
  readonly organisationId: string;
  readonly recipientId: string;
  readonly audience: string | null;
  readonly visitId: string | null;
  readonly conventionId: string | null;
  readonly fundingSubjectId: string | null;
  readonly subjectDate: string;
  readonly notifyAt: Date;
  readonly sendAt: Date;
  readonly recipient: Pick<
    UserEntity,
    'id' | 'email' | 'displayName' | 'role' | 'preferredLanguage' | 'disabledAt' | 'reminderOptOuts'
  >;
  readonly timeZone: string;
  /** The partnership's revision when the row was read: which decoded snapshot is current. */
  readonly partnershipRevision: number;
}

/** The columns `loadPending` reads, as PostgreSQL names them. */
interface PendingRow {
  id: string;
  key: string;
  kind: string;
  partnership_id: string;
  organisation_id: string;
  recipient_id: string;
  audience: string | null;
  visit_id: string | null;
  convention_id: string | null;
  funding_subject_id: string | null;
  subject_date: string;
  notify_at: Date;
  send_at: Date;
  email: string;
  display_name: string;
  role: UserEntity['role'];
  preferred_language: string;
  disabled_at: Date | null;
  reminder_opt_outs: string[];
  time_zone: string;
  revision: number;
}

/**
 * Delivers one reminder row, safe to run any number of times for the same row. Only a pending row is
 * delivered, and only by the delivery that claimed it: the claim is committed before the SMTP exchange and
 * renewed during it, so a second job for the row (a duplicate, a job re-added after Redis lost it) waits for
 * the claim to end and then finds the row sent; only a claim left to lapse — its worker died — is taken
 * over, which may send that mail again (with the same Message-ID). No transaction stays open and no row
 * lock is held while the mail server answers. A job that comes too early, or at night for the recipient,
 * goes back to wait (BullMQ `DelayedError`).
 */
@Injectable()
export class DeliverReminder {
  private readonly logger = new Logger(DeliverReminder.name);
  private readonly snapshots: PartnershipSnapshotCache;
  private readonly claims: ReminderClaims;
  private readonly pendingRows: GroupedStatements<string, DeliverableReminder | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SMTP_TRANSPORT) private readonly transport: Transporter,
    partnerships: PartnershipRepository,
  ) {
    this.snapshots = new PartnershipSnapshotCache(partnerships);
    this.claims = new ReminderClaims(dataSource, config.reminders.leaseMs);
    this.pendingRows = new GroupedStatements((ids) => this.loadPending(ids), GROUPING);
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
      if (!(error instanceof DelayedError) && !(error instanceof UnrecoverableError)) {
        // Before a claim (PostgreSQL unreachable, say) no mail was attempted: BullMQ retries the job, and
        // reconciliation gives the still pending row a new one if the job runs out of attempts.
        this.logger.warn({ err: error, reminderId, jobAttempt: job.attemptsMade + 1 }, 'reminder job failed');
      }
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
    const timeZone = reminder.timeZone;
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
    return this.claimAndSend(job, token, reminder, snapshot);
  }

  /**
   * The pending row, its recipient and organisation, and the partnership's revision. Concurrent deliveries'
   * rows are read together, in one statement.
   */
  private load(reminderId: string): Promise<DeliverableReminder | null> {
    return this.pendingRows.call(reminderId);
  }

  private async loadPending(
    reminderIds: readonly string[],
  ): Promise<ReadonlyArray<GroupedOutcome<DeliverableReminder | null>>> {
    const rows: PendingRow[] = await this.dataSource.query(
      `SELECT reminder.id, reminder.key, reminder.kind, reminder.partnership_id, reminder.organisation_id,
              reminder.recipient_id, reminder.audience, reminder.visit_id, reminder.convention_id,
              reminder.funding_subject_id, reminder.subject_date::text AS subject_date, reminder.notify_at,
              reminder.send_at, recipient.email, recipient.display_name, recipient.role,
              recipient.preferred_language, recipient.disabled_at, recipient.reminder_opt_outs,
              organisation.time_zone, partnership.revision
         FROM reminder
         JOIN app_user recipient ON recipient.id = reminder.recipient_id
         JOIN organisation ON organisation.id = reminder.organisation_id
         JOIN partnership ON partnership.id = reminder.partnership_id
        WHERE reminder.id = ANY($1::uuid[]) AND reminder.status = 'pending'`,
      [[...new Set(reminderIds)]],
    );
    const found = new Map(rows.map((row) => [row.id, row]));
    return reminderIds.map((reminderId): GroupedOutcome<DeliverableReminder | null> => {
      const row = found.get(reminderId);
      if (!row) return { ok: null };
      if (!isReminderKind(row.kind))
        return { error: new Error(`reminder ${reminderId} has an unknown kind`) };
      return { ok: deliverableOf(row, row.kind) };
    });
  }

  /** Back to the delayed set until `until` (clock time), without counting an attempt. */
  private async postpone(
    job: Job<DeliverReminderJobPayload>,
    token: string | undefined,
    until: Date,
    now: Date,
  ): Promise<never> {
    return this.waitFor(job, token, until.getTime() - now.getTime());
  }

  private async waitFor(
    job: Job<DeliverReminderJobPayload>,
    token: string | undefined,
    ms: number,
  ): Promise<never> {
    await job.moveToDelayed(Date.now() + ms, token);
    throw new DelayedError();
  }

  /** The in-app notification appears at `notifyAt`, even when the mail waits for the morning. */
  private async notifyInApp(reminder: DeliverableReminder): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (reminder_id) DO NOTHING`,
      [...notificationValues(reminder)],
    );
  }

  /**
   * Claims the row (committed), sends the mail with no transaction open, records the outcome (committed).
   * A row another delivery holds is looked at again when that claim ends.
   */
  private async claimAndSend(
    job: Job<DeliverReminderJobPayload>,
    token: string | undefined,
    reminder: DeliverableReminder,
    snapshot: ReminderSituation,
  ): Promise<DeliveryOutcome> {
    const claimedAt = performance.now();
    const claim = await this.claims.claim(notificationValues(reminder));
    if (!claim) {
      const why = await this.claims.whyUnclaimable(reminder.id);
      if (why.reason === 'not-pending') return 'not-pending';
      // Just after the claim ends: by then its delivery has recorded the row sent, or its worker died.
      return this.waitFor(job, token, why.waitMs + CLAIM_END_GRACE_MS);
    }
    const held = new HeldClaim(this.claims, claim, this.config.reminders.leaseMs, this.logger, claimedAt);
    try {
      return await this.sendClaimed(held, reminder, snapshot);
    } finally {
      held.release();
    }
  }

  private async sendClaimed(
    held: HeldClaim,
    reminder: DeliverableReminder,
    snapshot: ReminderSituation,
  ): Promise<DeliveryOutcome> {
    const claim = held.claim;
    let info: { messageId?: string };
    try {
      info = (await this.transport.sendMail(this.mailOf(reminder, snapshot))) as { messageId?: string };
    } catch (error) {
      const message = errorMessageOf(error);
      const maxAttempts = this.config.reminders.attempts;
      let failed = false;
      await held.record(async () => {
        failed = await this.claims.recordFailure(claim, message, maxAttempts, this.clock.now());
      });
      this.logger.warn(
        { reminderId: reminder.id, attempt: claim.attempts, failed, error: message },
        failed ? 'reminder failed for good' : 'reminder attempt failed; it will be retried',
      );
      // The row says when to stop: its attempts count every try, jobs re-added by reconciliation included.
      if (failed) throw new UnrecoverableError(message);
      throw error;
    }
    const sentAt = this.clock.now();
    await held.record(() => this.claims.recordSent(claim, sentAt));
    this.logger.log(
      { reminderId: reminder.id, kind: reminder.kind, attempt: claim.attempts, messageId: info.messageId },
      'reminder sent',
    );
    return 'sent';
  }

  /** The mail in the language the recipient's account reads, with its stable Message-ID. */
  private mailOf(reminder: DeliverableReminder, snapshot: ReminderSituation) {
    const now = this.clock.now();
    const mail = reminderMail(
      reminder.recipient.email,
      interfaceLanguageOf(reminder.recipient.preferredLanguage),
      reminderMailContentOf({
        reminder,
        recipientName: reminder.recipient.displayName,
        snapshot,
        today: calendarDateAt(now, reminder.timeZone),
        publicUrl: this.config.publicUrl,
      }),
    );
    return {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: reminderMessageId(reminder.id, this.config.publicUrl),
    };
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
}

function deliverableOf(row: PendingRow, kind: ReminderKind): DeliverableReminder {
  return {
    id: row.id,
    key: row.key,
    kind,
    partnershipId: row.partnership_id,
    organisationId: row.organisation_id,
    recipientId: row.recipient_id,
    audience: row.audience,
    visitId: row.visit_id,
    conventionId: row.convention_id,
    fundingSubjectId: row.funding_subject_id,
    subjectDate: row.subject_date,
    notifyAt: row.notify_at,
    sendAt: row.send_at,
    recipient: {
      id: row.recipient_id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      preferredLanguage: row.preferred_language,
      disabledAt: row.disabled_at,
      reminderOptOuts: row.reminder_opt_outs,
    },
    timeZone: row.time_zone,
    partnershipRevision: row.revision,
  };
}

/**
 * The reminder's Message-ID, the same on every attempt and every worker: `<reminder-<id>@<PUBLIC_URL
 * host>>`. Receivers and archives recognise a mail sent again after a crash as the same message.
 */
export function reminderMessageId(reminderId: string, publicUrl: string): string {
  return `<reminder-${reminderId}@${new URL(publicUrl).hostname}>`;
}

function errorMessageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/** user_id, reminder_id, partnership_id, kind, created_at: the notification appears at `notifyAt`. */
function notificationValues(reminder: DeliverableReminder): NotificationValues {
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
