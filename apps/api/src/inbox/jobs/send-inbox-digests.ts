import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  calendarDateAt,
  isInQuietHours,
  type InboxItemKind,
  type ReminderKind,
  interfaceLanguageOf,
} from '@passerelle/domain';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { returnedRows } from '../../common/database/returned-rows';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import { SMTP_TRANSPORT } from '../../mail/smtp-transport';
import type { UserRole } from '../../users/user-role';
import { inboxDigestMail } from '../inbox-digest-mail';
import { inboxItemPath } from '../inbox-pages';
import { InboxReader, inboxRoleOf, type InboxEntry } from '../inbox-reader';

/** The reminder a person may have turned off that also covers an inbox item of this kind. */
const REMINDER_KIND_OF_ITEM: Partial<Record<InboxItemKind, ReminderKind>> = {
  'dialogue-exchange-due': 'dialogue-due',
  'visit-report-due': 'visit-report-missing',
};

interface Recipient {
  id: string;
  organisation_id: string;
  role: UserRole;
  email: string;
  display_name: string;
  preferred_language: string;
  reminder_opt_outs: string[];
  time_zone: string;
  /** When the person's last digest went, if any. */
  last_mailed_at: Date | null;
}

const RECIPIENTS_SQL = `SELECT app_user.id, app_user.organisation_id, app_user.role, app_user.email,
      app_user.display_name, app_user.preferred_language, app_user.reminder_opt_outs,
      organisation.time_zone,
      (SELECT sent_at FROM inbox_digest WHERE inbox_digest.user_id = app_user.id) AS last_mailed_at
    FROM app_user JOIN organisation ON organisation.id = app_user.organisation_id
    WHERE app_user.disabled_at IS NULL AND app_user.role IN ('admin', 'officer', 'elected')
    ORDER BY app_user.id`;

/**
 * Tells each person, once a day at most, what has come to wait in their inbox since they were last told:
 * the items are noticed (`inbox_notice`) as the job sees them, and one mail lists the ones no digest listed
 * yet — outside the person's quiet hours, in their language, without the kinds whose reminders they turned
 * off. Safe to run twice: a listed item is marked mailed, and a person mailed today waits for tomorrow.
 */
@Injectable()
export class SendInboxDigests {
  private readonly logger = new Logger(SendInboxDigests.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SMTP_TRANSPORT) private readonly transport: Transporter,
    private readonly reader: InboxReader,
  ) {}

  async run(): Promise<{ recipients: number; mailed: number }> {
    const recipients: Recipient[] = await this.dataSource.query(RECIPIENTS_SQL);
    let mailed = 0;
    for (const recipient of recipients) {
      if (inboxRoleOf(recipient.role) === null) continue;
      try {
        if (await this.digestFor(recipient)) mailed += 1;
      } catch (error) {
        // One person's failure (a refused address) must not keep the others' digests back: next run retries.
        this.logger.warn({ err: error, userId: recipient.id }, 'inbox digest not sent');
      }
    }
    this.logger.log({ recipients: recipients.length, mailed }, 'inbox digests');
    return { recipients: recipients.length, mailed };
  }

  private async digestFor(recipient: Recipient): Promise<boolean> {
    const now = this.clock.now();
    const entries = await this.reader.entriesFor(this.dataSource.manager, {
      userId: recipient.id,
      organisationId: recipient.organisation_id,
      role: recipient.role,
    });
    const wanted = entries.filter(({ item }) => {
      const reminder = REMINDER_KIND_OF_ITEM[item.kind];
      return reminder === undefined || !recipient.reminder_opt_outs.includes(reminder);
    });
    await this.notice(recipient.id, wanted, now);
    if (isInQuietHours(now, recipient.time_zone, this.config.reminders.quietHours)) return false;
    const today = calendarDateAt(now, recipient.time_zone);
    if (recipient.last_mailed_at && calendarDateAt(recipient.last_mailed_at, recipient.time_zone) === today)
      return false;
    const unmailed: Array<{ item_key: string }> = await this.dataSource.query(
      `SELECT item_key FROM inbox_notice WHERE user_id = $1 AND mailed_at IS NULL`,
      [recipient.id],
    );
    const keys = new Set(unmailed.map((row) => row.item_key));
    const fresh = wanted.filter(({ item }) => keys.has(item.key));
    if (fresh.length === 0) return false;
    const base = this.config.publicUrl;
    await this.transport.sendMail({
      from: this.config.mailFrom,
      ...inboxDigestMail(
        recipient.email,
        recipient.display_name,
        interfaceLanguageOf(recipient.preferred_language),
        fresh.map(({ item, partnershipTitle }) => ({
          kind: item.kind,
          partnershipTitle,
          subjectLabel: item.subjectLabel,
          dueOn: item.dueOn,
          link: `${base}${inboxItemPath(item)}`,
        })),
        `${base}/a-faire`,
      ),
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE inbox_notice SET mailed_at = $3 WHERE user_id = $1 AND item_key = ANY($2::varchar[])`,
        [recipient.id, fresh.map(({ item }) => item.key), now],
      );
      await manager.query(
        `INSERT INTO inbox_digest (user_id, sent_at) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET sent_at = EXCLUDED.sent_at`,
        [recipient.id, now],
      );
    });
    return true;
  }

  /**
   * Notes the items seen for the first time, each with its in-app notification, and forgets those that no
   * longer wait (done, or gone) — their notifications marked read, as nothing is left to do — so that an
   * item that comes back later is news again. One transaction: an item is noticed with its notification or
   * not at all, and a run that fails half-way notices it again next time.
   */
  private async notice(userId: string, entries: readonly InboxEntry[], now: Date): Promise<void> {
    const keys = entries.map(({ item }) => item.key);
    await this.dataSource.transaction(async (manager) => {
      const noticed: Array<{ item_key: string }> = await manager.query(
        `INSERT INTO inbox_notice (user_id, item_key, partnership_id, noticed_at)
           SELECT $1, key, partnership, $4 FROM unnest($2::varchar[], $3::uuid[]) AS item(key, partnership)
         ON CONFLICT (user_id, item_key) DO NOTHING
         RETURNING item_key`,
        [userId, keys, entries.map(({ item }) => item.partnershipId), now],
      );
      const fresh = new Set(noticed.map((row) => row.item_key));
      const items = entries.filter(({ item }) => fresh.has(item.key)).map(({ item }) => item);
      await manager.query(INSERT_INBOX_NOTIFICATIONS_SQL, [
        userId,
        items.map((item) => item.key),
        items.map((item) => item.partnershipId),
        items.map((item) => item.kind),
        items.map((item) => item.subjectLabel),
        items.map((item) => item.dueOn),
        items.map((item) => inboxItemPath(item)),
        now,
      ]);
      const settled = returnedRows<{ item_key: string }>(
        await manager.query(
          `DELETE FROM inbox_notice WHERE user_id = $1 AND NOT (item_key = ANY($2::varchar[])) RETURNING item_key`,
          [userId, keys],
        ),
      );
      await manager.query(
        `UPDATE notification SET read_at = $3
           WHERE user_id = $1 AND inbox_item_key = ANY($2::varchar[]) AND read_at IS NULL`,
        [userId, settled.map((row) => row.item_key), now],
      );
    });
  }
}

/** One in-app notification per item noticed: what the bell needs to word it and link to where it is done. */
const INSERT_INBOX_NOTIFICATIONS_SQL = `INSERT INTO notification
      (user_id, inbox_item_key, partnership_id, kind, subject_label, due_on, path, created_at)
    SELECT $1, key, partnership, kind, label, due, path, $8
      FROM unnest($2::varchar[], $3::uuid[], $4::varchar[], $5::text[], $6::date[], $7::varchar[])
        AS item(key, partnership, kind, label, due, path)`;
