import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueAudience, Visit } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { ReminderEntity } from '../reminders/reminder.entity';
import type {
  NotificationKind,
  NotificationPageView,
  NotificationQueryDto,
  NotificationView,
  NotificationVisitView,
  UnreadNotificationCountView,
} from './dto/notification.dto';
import { NotificationEntity } from './notification.entity';
import { UNREAD_COUNT_SQL } from './notification-statements';

const DEFAULT_LIMIT = 50;

/** A notification joined with its reminder (if it is a reminder's) and partnership, as read from PostgreSQL. */
interface NotificationRow {
  id: string;
  kind: string;
  partnership_id: string;
  partnership_title: string;
  reminder_id: string | null;
  audience: string | null;
  visit_id: string | null;
  convention_id: string | null;
  subject_date: string | null;
  offset_days: number | null;
  inbox_item_key: string | null;
  subject_label: string | null;
  due_on: string | null;
  path: string | null;
  /** An inbox item's notification: whether the item still waits for the reader. */
  still_waiting: boolean;
  created_at: Date;
  read_at: Date | null;
  /** created_at to the microsecond, for an exact keyset cursor (a JS Date keeps milliseconds only). */
  cursor_at: string;
}

/**
 * The signed-in user's in-app notifications (one per delivered reminder, written by the reminder worker, and
 * one per item come to wait in their inbox, written by the inbox digest job):
 * listing, unread count, marking read. Only ever the user's own: anyone else's is "not found".
 *
 * Marking read is not audited: it is the reader's own inbox state, like a session's last activity, not a
 * change to a shared record.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipRepository,
  ) {}

  /** Newest first, one keyset page at a time. */
  async page(actor: Actor, query: NotificationQueryDto): Promise<NotificationPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const builder = this.rowsOf(actor);
    if (query.cursor) {
      const position = decodeCursor(query.cursor);
      builder.andWhere('(notification.created_at, notification.id) < (:at, :id)', {
        at: position.at,
        id: position.id,
      });
    }
    const rows = await builder
      .orderBy('notification.created_at', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .limit(limit + 1)
      .getRawMany<NotificationRow>();
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    return {
      items: await this.toViews(pageRows),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.cursor_at, id: last.id }) : null,
    };
  }

  async unreadCount(actor: Actor): Promise<UnreadNotificationCountView> {
    const [row]: Array<{ unread: number }> = await this.dataSource.query(UNREAD_COUNT_SQL, [actor.userId]);
    return { unread: row?.unread ?? 0 };
  }

  /** Marks one notification read (again: the first reading time is kept). */
  async markRead(actor: Actor, notificationId: string): Promise<NotificationView> {
    if (!isUuid(notificationId)) throw notFound(notificationId);
    await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id: notificationId, userId: actor.userId })
      .execute();
    const row = await this.rowsOf(actor)
      .andWhere('notification.id = :id', { id: notificationId })
      .getRawOne<NotificationRow>();
    if (!row) throw notFound(notificationId);
    const [view] = await this.toViews([row]);
    return view!;
  }

  /** Marks every notification received so far read. */
  async markAllRead(actor: Actor): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId: actor.userId })
      .execute();
  }

  private rowsOf(actor: Actor) {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .leftJoin(ReminderEntity, 'reminder', 'reminder.id = notification.reminder_id')
      .innerJoin(PartnershipEntity, 'partnership', 'partnership.id = notification.partnership_id')
      .select('notification.id', 'id')
      .addSelect('notification.kind', 'kind')
      .addSelect('notification.partnership_id', 'partnership_id')
      .addSelect('partnership.title', 'partnership_title')
      .addSelect('notification.reminder_id', 'reminder_id')
      .addSelect('reminder.audience', 'audience')
      .addSelect('reminder.visit_id', 'visit_id')
      .addSelect('reminder.convention_id', 'convention_id')
      .addSelect("to_char(reminder.subject_date, 'YYYY-MM-DD')", 'subject_date')
      .addSelect('reminder.offset_days', 'offset_days')
      .addSelect('notification.inbox_item_key', 'inbox_item_key')
      .addSelect('notification.subject_label', 'subject_label')
      .addSelect("to_char(notification.due_on, 'YYYY-MM-DD')", 'due_on')
      .addSelect('notification.path', 'path')
      .addSelect(
        `EXISTS (SELECT 1 FROM inbox_notice WHERE inbox_notice.user_id = notification.user_id
           AND inbox_notice.item_key = notification.inbox_item_key)`,
        'still_waiting',
      )
      .addSelect('notification.created_at', 'created_at')
      .addSelect('notification.read_at', 'read_at')
      .addSelect(
        `to_char(notification.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
        'cursor_at',
      )
      .where('notification.user_id = :userId', { userId: actor.userId });
  }

  private async toViews(rows: NotificationRow[]): Promise<NotificationView[]> {
    const visits = await this.visitsOf(rows);
    return rows.map((row) => ({
      id: row.id,
      source: row.reminder_id === null ? 'inbox' : 'reminder',
      kind: row.kind as NotificationKind,
      partnership: { id: row.partnership_id, title: row.partnership_title },
      audience: row.audience as DialogueAudience | null,
      visit: row.visit_id ? (visits.get(row.visit_id) ?? null) : null,
      conventionId: row.convention_id,
      subjectDate: row.subject_date,
      offsetDays: row.offset_days,
      inboxItem:
        row.inbox_item_key === null
          ? null
          : {
              subjectLabel: row.subject_label ?? '',
              dueOn: row.due_on,
              path: row.path ?? '',
              stillWaiting: row.still_waiting,
            },
      createdAt: row.created_at.toISOString(),
      readAt: row.read_at ? row.read_at.toISOString() : null,
    }));
  }

  /** The visits the rows are about, as recorded now in their partnerships' lifecycle records. */
  private async visitsOf(rows: NotificationRow[]): Promise<Map<string, NotificationVisitView>> {
    const partnershipIds = [...new Set(rows.filter((row) => row.visit_id).map((row) => row.partnership_id))];
    const snapshots = await this.partnerships.loadManyAsTheyStand(this.dataSource.manager, partnershipIds);
    const visits = snapshots.flatMap((snapshot) => snapshot.visits);
    return new Map(visits.map((visit) => [visit.id, toVisitView(visit)]));
  }
}

function toVisitView(visit: Visit): NotificationVisitView {
  return {
    id: visit.id,
    purpose: visit.purpose,
    startsOn: visit.startsOn,
    endsOn: visit.endsOn,
    cancelled: visit.cancelled,
  };
}

function notFound(notificationId: string): ProblemException {
  return new ProblemException('RESOURCE.NOT_FOUND', `No notification ${notificationId}.`);
}
