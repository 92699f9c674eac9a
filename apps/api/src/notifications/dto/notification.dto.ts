import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIALOGUE_AUDIENCES,
  INBOX_ITEM_KINDS,
  REMINDER_KINDS,
  type DialogueAudience,
  type InboxItemKind,
  type ReminderKind,
} from '@passerelle/domain';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';

export class NotificationQueryDto extends KeysetPageQueryDto {}

export const NOTIFICATION_SOURCES = ['reminder', 'inbox'] as const;
export type NotificationSource = (typeof NOTIFICATION_SOURCES)[number];

/** A reminder's kind, or an inbox item's: some words are both (a call closing), told apart by the source. */
export type NotificationKind = ReminderKind | InboxItemKind;
const NOTIFICATION_KINDS = [...new Set<NotificationKind>([...REMINDER_KINDS, ...INBOX_ITEM_KINDS])];

export class NotificationPartnershipView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;
}

/** The visit a visit reminder is about, as it stands now (it may have been cancelled since). */
export class NotificationVisitView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty()
  cancelled: boolean;
}

/** The inbox item a notification announces, as it was when it came to wait. */
export class NotificationInboxItemView {
  @ApiProperty({ description: 'The record in its authors’ words, or the dialogue audience’s code.' })
  subjectLabel: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ description: 'Path of the web app page where it is acted on.' })
  path: string;

  @ApiProperty({ description: 'Whether it still waits for the reader (false once done, by anyone).' })
  stillWaiting: boolean;
}

/**
 * One in-app notification: the data of the reminder or the inbox item it announces, for the web app to word
 * in the reader's language (no ready-made sentence, so that the interface language decides).
 */
export class NotificationView {
  @ApiProperty()
  id: string;

  @ApiProperty({
    enum: NOTIFICATION_SOURCES,
    description: 'A delivered reminder, or an item come to wait in the reader’s inbox.',
  })
  source: NotificationSource;

  @ApiProperty({
    enum: NOTIFICATION_KINDS,
    description: 'A reminder kind or an inbox item kind (see `source`).',
  })
  kind: NotificationKind;

  @ApiProperty({ type: NotificationPartnershipView })
  partnership: NotificationPartnershipView;

  @ApiProperty({
    enum: DIALOGUE_AUDIENCES,
    nullable: true,
    description: 'Dialogue reminders: the audience whose exchange is due.',
  })
  audience: DialogueAudience | null;

  @ApiProperty({
    type: NotificationVisitView,
    nullable: true,
    description: 'Visit reminders: the visit (null if it is no longer recorded).',
  })
  visit: NotificationVisitView | null;

  @ApiProperty({ type: String, nullable: true, description: 'Convention reminders: the convention.' })
  conventionId: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description:
      'Reminders: the day the reminder is about: the exchange’s due date, the visit’s first day (last day for a missing report), the convention’s expiry or the renewal objection deadline.',
  })
  subjectDate: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Reminders: days before the subject date the reminder was set for (negative: after it).',
  })
  offsetDays: number | null;

  @ApiProperty({
    type: NotificationInboxItemView,
    nullable: true,
    description: 'Inbox items: the item announced.',
  })
  inboxItem: NotificationInboxItemView | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt: string | null;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView], description: 'Newest first.' })
  items: NotificationView[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null at the end.',
  })
  nextCursor: string | null;
}

export class UnreadNotificationCountView {
  @ApiProperty({ minimum: 0 })
  unread: number;
}
